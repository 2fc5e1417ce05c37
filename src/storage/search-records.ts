import { groupByDocumentId } from '@/src/core/model/group-by-document';
import type { MarginDatabase } from './create-database';
import { putInSlices } from './put-in-slices';
import type { AnnotationRecord, DocumentRecord, HighlightColour, SearchEntry, SearchRecord } from './records';
import { searchWords } from './terms';

/**
 * The write side of the `search` table (schema v2): one {@link SearchRecord} per annotated document,
 * holding what the library filters and searches on. Every write path calls {@link syncSearch} inside
 * its own transaction (which must include `search` and `documents`), so the derived records never
 * drift from the annotations. Updates are incremental: the document's record is read and the changed
 * entries replaced, without reading its annotations.
 */

/** The search entry of an annotation (its quote and note words; the title's are kept per document). */
export function searchEntryOf(a: AnnotationRecord): SearchEntry {
  return {
    id: a.id,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    colour: a.colour,
    tags: a.tags,
    entityKeys: a.entityKeys,
    words: searchWords(a.quote, a.note),
  };
}

/** The stored form of a document's entries (see {@link SearchRecord}). */
export function encodeSearchRecord(
  head: Pick<SearchRecord, 'documentId' | 'rev' | 'site' | 'titleWords'>,
  entries: readonly SearchEntry[],
): SearchRecord {
  return {
    ...head,
    fields: JSON.stringify([
      entries.map((e) => e.id),
      entries.map((e) => e.colour),
      entries.map((e) => e.tags),
      entries.map((e) => e.entityKeys),
    ]),
    createdAt: entries.map((e) => e.createdAt),
    updatedAt: entries.map((e) => e.updatedAt),
    words: entries.map((e) => e.words).join('\n'),
  };
}

/** The entries of a stored record (the inverse of {@link encodeSearchRecord}). */
export function decodeSearchRecord(r: SearchRecord): SearchEntry[] {
  const [ids, colours, tags, entityKeys] = JSON.parse(r.fields) as [
    string[],
    HighlightColour[],
    string[][],
    string[][],
  ];
  const words = r.words.split('\n');
  return ids.map((id, i) => ({
    id,
    createdAt: r.createdAt[i] as number,
    updatedAt: r.updatedAt[i] as number,
    colour: colours[i] as HighlightColour,
    tags: tags[i] ?? [],
    entityKeys: entityKeys[i] ?? [],
    words: words[i] ?? '',
  }));
}

/** The title's search words of a document. */
export function titleWordsOf(doc: Pick<DocumentRecord, 'title'> | undefined): string {
  return searchWords(doc?.title);
}

/**
 * The next change number: above every stored one and at least the clock, so numbers keep increasing
 * even when the table was emptied (a reader that saw a higher number would miss new records).
 */
export async function nextRev(db: MarginDatabase): Promise<number> {
  const [last] = await db.search.orderBy('rev').reverse().limit(1).keys();
  return Math.max(Date.now(), typeof last === 'number' ? last + 1 : 0);
}

/** What changed for the search records. */
export type SearchChanges = {
  /** Annotations written (new or changed). */
  put?: readonly AnnotationRecord[];
  /** Annotations deleted. */
  removed?: readonly Pick<AnnotationRecord, 'id' | 'documentId'>[];
  /** Documents whose title may have changed; their records (if any) get the new title words. */
  documents?: readonly DocumentRecord[];
};

/**
 * Brings the search records of the documents concerned up to date. Call inside the write's transaction
 * (over `search` and `documents` at least). A document given only in `documents` gets a record only if
 * it had one (a visit to an unannotated page writes nothing here).
 */
export async function syncSearch(db: MarginDatabase, changes: SearchChanges): Promise<void> {
  const puts = groupByDocumentId(changes.put);
  const removals = groupByDocumentId(changes.removed);
  const docsGiven = new Map((changes.documents ?? []).map((d) => [d.id, d]));
  const ids = [...new Set([...puts.keys(), ...removals.keys(), ...docsGiven.keys()])];
  if (ids.length === 0) return;
  const existing = await db.search.bulkGet(ids);
  const needDocs = ids.filter((id, i) => !docsGiven.has(id) && existing[i] === undefined);
  const loaded = needDocs.length > 0 ? await db.documents.bulkGet(needDocs) : [];
  loaded.forEach((d, i) => {
    if (d) docsGiven.set(needDocs[i] as string, d);
  });
  const rev = await nextRev(db);
  const out: SearchRecord[] = [];
  ids.forEach((id, i) => {
    const old = existing[i];
    if (!old && !puts.has(id)) return;
    const doc = docsGiven.get(id);
    const entries = new Map((old ? decodeSearchRecord(old) : []).map((e) => [e.id, e]));
    for (const r of removals.get(id) ?? []) entries.delete(r.id);
    for (const a of puts.get(id) ?? []) entries.set(a.id, searchEntryOf(a));
    const head = {
      documentId: id,
      rev,
      site: doc?.site ?? old?.site ?? '',
      titleWords: doc ? titleWordsOf(doc) : (old?.titleWords ?? ''),
    };
    out.push(encodeSearchRecord(head, [...entries.values()]));
  });
  await putInSlices(db.search, out, { slice: SEARCH_SLICE });
}

/** Search records per `bulkPut`: each holds a document's entries, so fewer than other rows. */
export const SEARCH_SLICE = 500;

/**
 * Builds every search record from the annotations and documents given (the v2 upgrade; tests). Pure:
 * the caller writes them.
 */
export function buildSearchRecords(
  documents: readonly Pick<DocumentRecord, 'id' | 'site' | 'title'>[],
  annotations: readonly AnnotationRecord[],
  rev: number,
): SearchRecord[] {
  const docs = new Map(documents.map((d) => [d.id, d]));
  return [...groupByDocumentId(annotations)].map(([documentId, list]) => {
    const doc = docs.get(documentId);
    const head = { documentId, rev, site: doc?.site ?? '', titleWords: titleWordsOf(doc) };
    return encodeSearchRecord(head, list.map(searchEntryOf));
  });
}
