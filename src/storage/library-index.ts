import Dexie from 'dexie';
import type { MarginDatabase } from './create-database';
import type { SearchEntry, SearchRecord } from './records';
import { decodeSearchRecord } from './search-records';
import { scanMark, WordIndex } from './word-index';

/** A document as the index holds it: its record's fields and its decoded entries. */
export type IndexedDocument = Omit<SearchRecord, 'fields' | 'createdAt' | 'updatedAt' | 'words'> & {
  entries: SearchEntry[];
};

/**
 * One annotation in the in-memory index, with its document (title words, site); `at` is its position
 * in the index's flat list and `docAt` its document's, for the masks of {@link WordMask}.
 */
export type IndexedEntry = { entry: SearchEntry; doc: IndexedDocument; at: number; docAt: number };

/** For one query word: which entries (by `at`) and which titles (by `docAt`) hold a term it starts. */
export type WordMask = { entries: Uint8Array; titles: Uint8Array };

/** Every entry and document in `at` / `docAt` order, and their word strings once asked for. */
type FlatIndex = {
  entries: IndexedEntry[];
  docs: IndexedDocument[];
  /** Each entry's `docAt`, by `at`: word matches are combined over typed arrays only. */
  docAt: Int32Array;
  texts?: { entries: string[]; titles: string[] };
};

/** Lets the page paint and handle input between slices of work. */
function defaultPause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The library's in-memory index: every `search` record, and their entries sorted by each sort key.
 *
 * Why in memory: Chromium reads an IndexedDB index entry in ~25–37 µs, so a filter matching tens of
 * thousands of annotations (a common word prefix, a big tag) cannot be counted from an index under
 * 50 ms, while a pass over 100,000 entries in memory takes a few milliseconds (search words through
 * {@link WordIndex}, built in slices in the background after a change, words being scanned for until
 * then; masks combined over typed arrays). The index is loaded once per page (5,000 records for
 * 100,000 annotations) and refreshed before every query by reading only the records whose `rev` is
 * above the highest seen, which is one empty index read when nothing changed.
 */
export class LibraryIndex {
  private readonly docs = new Map<string, IndexedDocument>();
  private seenRev = Number.NEGATIVE_INFINITY;
  private sorted: Partial<Record<'createdAt' | 'updatedAt', IndexedEntry[]>> = {};
  private sortedAt: Partial<Record<'createdAt' | 'updatedAt', Uint32Array>> = {};
  /** Every entry, in document order; rebuilt after a change, with what derives from it. */
  private flat: FlatIndex | null = null;
  private words: { entries: WordIndex; titles: WordIndex } | null = null;
  /** The word index being built, and for which entries. */
  private building: { flat: FlatIndex; done: Promise<void> } | null = null;
  private byTag: Map<string, number[]> | null = null;

  /** The highest `rev` applied. */
  get rev(): number {
    return this.seenRev;
  }

  /** Applies records read from the table (newer than those held replace them). */
  apply(records: readonly SearchRecord[]): void {
    if (records.length === 0) return;
    for (const r of records) {
      const held = this.docs.get(r.documentId);
      if (!held || held.rev <= r.rev) {
        const { documentId, rev, site, titleWords } = r;
        this.docs.set(documentId, { documentId, rev, site, titleWords, entries: decodeSearchRecord(r) });
      }
      if (r.rev > this.seenRev) this.seenRev = r.rev;
    }
    this.sorted = {};
    this.sortedAt = {};
    this.flat = null;
    this.words = null;
    this.building = null;
    this.byTag = null;
  }

  private all(): FlatIndex {
    if (this.flat) return this.flat;
    const entries: IndexedEntry[] = [];
    const docs = [...this.docs.values()];
    docs.forEach((doc, docAt) => {
      for (const entry of doc.entries) entries.push({ entry, doc, at: entries.length, docAt });
    });
    const docAt = new Int32Array(entries.length);
    for (const e of entries) docAt[e.at] = e.docAt;
    this.flat = { entries, docs, docAt };
    return this.flat;
  }

  /**
   * The masks of some query words (each a prefix of a term of the entry's quote and note, or title).
   * Until the word index is built (see {@link prepare}), the words are scanned for, and its build is
   * started in the background: a query never waits for the whole index.
   */
  masks(queryWords: readonly string[]): WordMask[] {
    const { entries, docs } = this.all();
    const words = this.words;
    if (queryWords.length > 0 && !words) void this.buildWords(defaultPause).catch(() => undefined);
    return queryWords.map((w) => {
      const mask = { entries: new Uint8Array(entries.length), titles: new Uint8Array(docs.length) };
      if (words) {
        words.entries.mark(w, mask.entries);
        words.titles.mark(w, mask.titles);
      } else {
        scanMark(this.texts().entries, w, mask.entries);
        scanMark(this.texts().titles, w, mask.titles);
      }
      return mask;
    });
  }

  /**
   * Which entries (by `at`) match every query word, in their quote and note or their article's title:
   * the masks of {@link masks} combined over typed arrays, a fraction of a millisecond per word.
   */
  wordMatch(queryWords: readonly string[]): Uint8Array {
    const { docAt } = this.all();
    const out = new Uint8Array(docAt.length).fill(1);
    for (const m of this.masks(queryWords)) {
      const { entries, titles } = m;
      for (let i = 0; i < out.length; i++) {
        if (out[i] === 1 && entries[i] === 0 && titles[docAt[i] as number] === 0) out[i] = 0;
      }
    }
    return out;
  }

  /** The entry at a position of the flat list. */
  entryAt(at: number): IndexedEntry {
    return this.all().entries[at] as IndexedEntry;
  }

  /**
   * Every entry's `at`, in ascending order of `sort`, ties by id (as an IndexedDB index orders them).
   * Sorting positions by a typed array of keys is ~3× faster than sorting the entry objects.
   */
  orderedAt(sort: 'createdAt' | 'updatedAt'): Uint32Array {
    const held = this.sortedAt[sort];
    if (held) return held;
    const entries = this.all().entries;
    const keys = new Float64Array(entries.length);
    for (let i = 0; i < entries.length; i++) keys[i] = (entries[i] as IndexedEntry).entry[sort];
    const order = new Uint32Array(entries.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => {
      const d = (keys[a] as number) - (keys[b] as number);
      if (d !== 0) return d;
      return (entries[a] as IndexedEntry).entry.id < (entries[b] as IndexedEntry).entry.id ? -1 : 1;
    });
    this.sortedAt[sort] = order;
    return order;
  }

  /** The word strings of every entry and every title, in `at` and `docAt` order. */
  private texts(): { entries: string[]; titles: string[] } {
    const flat = this.all();
    flat.texts ??= {
      entries: flat.entries.map((e) => e.entry.words),
      titles: flat.docs.map((d) => d.titleWords),
    };
    return flat.texts;
  }

  /**
   * Builds the word index of the entries held now, a slice at a time; dropped if the index changes
   * meanwhile (the next query starts another). One build at a time.
   */
  private buildWords(pause: () => Promise<void>): Promise<void> {
    const flat = this.all();
    if (this.words) return Promise.resolve();
    if (this.building?.flat === flat) return this.building.done;
    const done = (async () => {
      const { entries, titles } = this.texts();
      const built = {
        entries: await WordIndex.build(entries, pause),
        titles: await WordIndex.build(titles, pause),
      };
      if (this.flat === flat) this.words = built;
    })().finally(() => {
      if (this.building?.flat === flat) this.building = null;
    });
    this.building = { flat, done };
    return done;
  }

  /**
   * Which entries (by `at`) carry a tag. Why not `tags.includes` per entry: tag names read back from
   * IndexedDB are distinct string objects, each compared by content, which made a pass over 100,000
   * entries take 20–120 ms in Chromium; a list per tag is built once per change.
   */
  tagMask(tag: string): Uint8Array {
    const mask = new Uint8Array(this.all().entries.length);
    for (const at of this.tagLists().get(tag) ?? []) mask[at] = 1;
    return mask;
  }

  /** Per tag, the entries (by `at`) that carry it; built once per change. */
  private tagLists(): Map<string, number[]> {
    if (this.byTag) return this.byTag;
    const byTag = new Map<string, number[]>();
    for (const e of this.all().entries)
      for (const t of e.entry.tags) {
        const list = byTag.get(t);
        if (list) list.push(e.at);
        else byTag.set(t, [e.at]);
      }
    this.byTag = byTag;
    return byTag;
  }

  /**
   * Builds what the first search or tag filter needs, ahead of it (see {@link warmLibraryIndex}): the
   * sort order and tag lists at once, then the word index a slice at a time, pausing between slices.
   */
  async prepare(pause: () => Promise<void> = defaultPause): Promise<void> {
    this.ordered('createdAt');
    this.tagLists();
    await pause();
    await this.buildWords(pause);
  }

  /** Every entry in ascending order of `sort` (see {@link orderedAt}). */
  ordered(sort: 'createdAt' | 'updatedAt'): IndexedEntry[] {
    const held = this.sorted[sort];
    if (held) return held;
    const entries = this.all().entries;
    const all = Array.from(this.orderedAt(sort), (i) => entries[i] as IndexedEntry);
    this.sorted[sort] = all;
    return all;
  }
}

const indexes = new WeakMap<MarginDatabase, LibraryIndex>();
/** Each database's first load of every search record, shared by whoever asks while it runs. */
const firstLoads = new WeakMap<MarginDatabase, Promise<void>>();

/**
 * Reads every search record into the index once (~25 MB at 100,000 annotations, about half a second in
 * Chromium). Outside any caller's transaction, so one read serves all: the side panel warms the index
 * while the first search may already be asking for it, and before, each ran its own whole read. A
 * failed load is tried again by the next caller.
 */
function loadAll(db: MarginDatabase, index: LibraryIndex): Promise<void> {
  let load = firstLoads.get(db);
  if (!load) {
    load = Dexie.ignoreTransaction(() => db.search.toArray()).then((records) => index.apply(records));
    load.catch(() => firstLoads.delete(db));
    firstLoads.set(db, load);
  }
  return load;
}

/**
 * The index of a database, brought up to date: the first call reads every search record (once, however
 * many ask at a time), later ones only those changed since. Call inside the query's transaction (or a
 * live query): the catch-up read of the records above the index's `rev` runs there, so the result is
 * consistent with the records loaded after it, and a change to `search` wakes the live query.
 */
export async function libraryIndex(db: MarginDatabase): Promise<LibraryIndex> {
  let index = indexes.get(db);
  if (!index) {
    index = new LibraryIndex();
    indexes.set(db, index);
  }
  // waitFor keeps the caller's transaction alive (and its live-query zone) while the shared read runs.
  // Until the first load has applied records the index's rev is unset (a table with none leaves it so, and
  // the load, done, is answered at once).
  if (index.rev === Number.NEGATIVE_INFINITY) await Dexie.waitFor(loadAll(db, index));
  index.apply(await db.search.where('rev').above(index.rev).toArray());
  return index;
}

/**
 * Loads the index ahead of the first search or filter (the Library view calls it once it has shown its
 * first rows), so typing a query does not wait for the first load.
 */
export async function warmLibraryIndex(db: MarginDatabase): Promise<void> {
  const index = await db.transaction('r', db.search, () => libraryIndex(db));
  await index.prepare();
}
