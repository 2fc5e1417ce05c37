import { storedAnnotationCount } from './annotation-count';
import type { MarginDatabase } from './create-database';
import { type IndexedEntry, type LibraryIndex, libraryIndex, type WordMask } from './library-index';
import type { AnnotationRecord, HighlightColour, StoredDocument } from './records';
import { queryWords } from './terms';

/** Filters and order of the library view. Every filter given must hold. */
export type LibraryQuery = {
  /** Full-text: every word is a prefix of a word of the quote, the note or the article's title. */
  text?: string;
  tag?: string;
  site?: string;
  colour?: HighlightColour;
  entityKey?: string;
  documentId?: string;
  /** `createdAt` range in epoch ms: `from` inclusive, `to` exclusive. */
  from?: number;
  to?: number;
  sort?: 'createdAt' | 'updatedAt';
  order?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
};

/** One row of the library: the annotation and its article. */
export type LibraryItem = { annotation: AnnotationRecord; document: StoredDocument | undefined };

/** A page of results and the number of all matches. */
export type LibraryPage = { items: LibraryItem[]; total: number };

async function withDocuments(db: MarginDatabase, list: AnnotationRecord[]): Promise<LibraryItem[]> {
  const ids = [...new Set(list.map((a) => a.documentId))];
  const docs = await db.documents.bulkGet(ids);
  const byId = new Map<string, StoredDocument>();
  for (const d of docs) if (d) byId.set(d.id, d);
  return list.map((annotation) => ({ annotation, document: byId.get(annotation.documentId) }));
}

/** Whether a query has a filter that only the in-memory index answers. */
function needsIndex(q: LibraryQuery, words: readonly string[]): boolean {
  return (
    words.length > 0 ||
    q.tag !== undefined ||
    q.site !== undefined ||
    q.colour !== undefined ||
    q.entityKey !== undefined ||
    q.documentId !== undefined
  );
}

/**
 * A test of one entry against the query's filters. Each search word must start a term of the entry's
 * quote or note, or of its article's title: its mask tells which (see {@link LibraryIndex.masks}).
 */
function matcher(
  q: LibraryQuery,
  masks: readonly WordMask[],
  tagged: Uint8Array | undefined,
): (e: IndexedEntry) => boolean {
  const from = q.from ?? Number.NEGATIVE_INFINITY;
  const to = q.to ?? Number.POSITIVE_INFINITY;
  return (e) => {
    if (tagged && tagged[e.at] === 0) return false;
    const { entry, doc } = e;
    if (q.documentId !== undefined && doc.documentId !== q.documentId) return false;
    if (q.site !== undefined && doc.site !== q.site) return false;
    if (entry.createdAt < from || entry.createdAt >= to) return false;
    if (q.colour !== undefined && entry.colour !== q.colour) return false;
    if (q.entityKey !== undefined && !entry.entityKeys.includes(q.entityKey)) return false;
    for (const m of masks) if (m.entries[e.at] === 0 && m.titles[e.docAt] === 0) return false;
    return true;
  };
}

/** One page of matches: their entries in order, and the number of all matches. */
type IndexPage = { entries: IndexedEntry[]; total: number };

/**
 * One page of matches and the number of all, from the in-memory index: its entries are kept sorted,
 * so one pass in sort order both counts and collects the page.
 */
function pageFromIndex(
  entries: readonly IndexedEntry[],
  test: (e: IndexedEntry) => boolean,
  desc: boolean,
  offset: number,
  limit: number,
): IndexPage {
  const page: IndexedEntry[] = [];
  let total = 0;
  const n = entries.length;
  for (let i = 0; i < n; i++) {
    const e = entries[desc ? n - 1 - i : i] as IndexedEntry;
    if (!test(e)) continue;
    if (total >= offset && page.length < limit) page.push(e);
    total += 1;
  }
  return { entries: page, total };
}

/** Whether search words and a tag are the query's only filters (the common case, answered by masks). */
function onlyWordsOrTag(q: LibraryQuery): boolean {
  return (
    q.site === undefined &&
    q.colour === undefined &&
    q.entityKey === undefined &&
    q.documentId === undefined &&
    q.from === undefined &&
    q.to === undefined
  );
}

/** The entries (by `at`) matching the words and the tag, as one mask. */
function matchOf(index: LibraryIndex, words: readonly string[], tagged: Uint8Array | undefined): Uint8Array {
  if (words.length === 0) return tagged as Uint8Array;
  const match = index.wordMatch(words);
  if (tagged) for (let i = 0; i < match.length; i++) match[i] = (match[i] as number) & (tagged[i] as number);
  return match;
}

/**
 * One page of the entries a mask selects, in sort order, and their number: counted over the mask
 * (a typed array), then collected along the sort order until the page is full, so only the rows
 * shown are ever looked up as objects.
 */
function pageOfMatches(
  index: LibraryIndex,
  sort: 'createdAt' | 'updatedAt',
  match: Uint8Array,
  desc: boolean,
  offset: number,
  limit: number,
): IndexPage {
  let total = 0;
  for (let i = 0; i < match.length; i++) total += match[i] as number;
  const order = index.orderedAt(sort);
  const entries: IndexedEntry[] = [];
  const n = order.length;
  let seen = 0;
  for (let i = 0; i < n && entries.length < limit; i++) {
    const at = order[desc ? n - 1 - i : i] as number;
    if (match[at] === 0) continue;
    if (seen++ >= offset) entries.push(index.entryAt(at));
  }
  return { entries, total };
}

/** The records of a page from the index, in page order (rows deleted meanwhile left out). */
async function pageRecords(db: MarginDatabase, page: IndexPage): Promise<AnnotationRecord[]> {
  const found = await db.annotations.bulkGet(page.entries.map((e) => e.entry.id));
  return found.filter((a): a is AnnotationRecord => a !== undefined);
}

/**
 * The library: annotations across all documents, filtered, sorted, paginated, each with its document.
 *
 * How it stays fast on 100,000 annotations: the unfiltered view reads the stored count and one page of
 * the sort index; any other filter (search words, tag, site, colour, entity, document) is answered by a
 * scan of the in-memory index (see {@link libraryIndex}), and only the page's records are read.
 */
export async function queryLibrary(db: MarginDatabase, q: LibraryQuery): Promise<LibraryPage> {
  const sort = q.sort ?? 'createdAt';
  const desc = (q.order ?? 'desc') === 'desc';
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.max(0, q.limit ?? 50);
  const words = q.text ? queryWords(q.text) : [];
  const hasRange = q.from !== undefined || q.to !== undefined;

  return db.transaction('r', [db.annotations, db.documents, db.settings, db.search], async () => {
    if (q.text !== undefined && q.text.trim() !== '' && words.length === 0) return { items: [], total: 0 };

    if (!needsIndex(q, words) && (!hasRange || sort === 'createdAt')) {
      const from = q.from ?? Number.NEGATIVE_INFINITY;
      const to = q.to ?? Number.POSITIVE_INFINITY;
      const walk = () => {
        const base = hasRange
          ? db.annotations.where('createdAt').between(from, to, true, false)
          : db.annotations.orderBy(sort);
        return desc ? base.reverse() : base;
      };
      // The count and the page are independent reads: issued together, not one after the other.
      const [total, page] = await Promise.all([
        hasRange ? walk().count() : storedAnnotationCount(db).then((n) => n ?? walk().count()),
        walk().offset(offset).limit(limit).toArray(),
      ]);
      return { items: await withDocuments(db, page), total };
    }

    const index = await libraryIndex(db);
    const tagged = q.tag === undefined ? undefined : index.tagMask(q.tag);
    const page =
      onlyWordsOrTag(q) && (words.length > 0 || tagged)
        ? pageOfMatches(index, sort, matchOf(index, words, tagged), desc, offset, limit)
        : pageFromIndex(index.ordered(sort), matcher(q, index.masks(words), tagged), desc, offset, limit);
    // The index knows each row's document, so rows and their articles are read at once, not in turn.
    const [records, docs] = await Promise.all([
      pageRecords(db, page),
      db.documents.bulkGet([...new Set(page.entries.map((e) => e.doc.documentId))]),
    ]);
    const byId = new Map<string, StoredDocument>();
    for (const d of docs) if (d) byId.set(d.id, d);
    return {
      items: records.map((annotation) => ({ annotation, document: byId.get(annotation.documentId) })),
      total: page.total,
    };
  });
}
