import type { PromiseExtended } from 'dexie';
import type { MarginDatabase } from './create-database';
import type { LibraryQuery } from './library-query';
import type { AnnotationRecord } from './records';

function intersect(sets: Set<string>[]): Set<string> {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return new Set();
  const out = new Set<string>();
  for (const id of smallest) if (rest.every((s) => s.has(id))) out.add(id);
  return out;
}

/** A range of an `annotations` index. */
type AnnotationRange = ReturnType<MarginDatabase['annotations']['toCollection']>;

/** One index range read for a filter or a word: its ids, and how to read its records in one batch. */
type Source = { ids: Set<string>; records: () => Promise<AnnotationRecord[]> };

/** Candidates of a query: their ids, and the smallest index range they were read from (if any). */
export type Candidates = { ids: Set<string>; smallest: Source | undefined };

/**
 * The ids matching the index-backed filters of a query (tag, entity, colour, site, document, search
 * words), by intersecting key-only index reads; `null` when the query has none of these filters.
 * Filters are read first, then search words longest (usually rarest) first; reading stops once fewer
 * than `enough` candidates remain: the caller then loads those and checks every word on the records.
 * The `createdAt` range is not applied here (the caller walks that index).
 */
export async function candidates(
  db: MarginDatabase,
  q: LibraryQuery,
  words: string[],
  enough = 0,
): Promise<Candidates | null> {
  // Dexie's own promises only: a native async step lets IndexedDB commit the transaction. `.then` on
  // Dexie's own promise keeps the work inside the transaction's zone; wrapping it in a native
  // Promise.resolve() lets IndexedDB commit the transaction before the next read ("committed too early").
  const reads: PromiseExtended<Source>[] = [];
  const read = (range: () => AnnotationRange) =>
    range()
      .primaryKeys()
      .then((ids) => ({ ids: new Set(ids), records: () => range().toArray() }));
  if (q.documentId) {
    const id = q.documentId;
    reads.push(read(() => db.annotations.where('documentId').equals(id)));
  }
  if (q.tag) {
    const tag = q.tag;
    reads.push(read(() => db.annotations.where('tags').equals(tag)));
  }
  if (q.entityKey) {
    const key = q.entityKey;
    reads.push(read(() => db.annotations.where('entityKeys').equals(key)));
  }
  if (q.colour) {
    const colour = q.colour;
    reads.push(read(() => db.annotations.where('colour').equals(colour)));
  }
  if (q.site) {
    const site = q.site;
    reads.push(
      db.documents
        .where('site')
        .equals(site)
        .primaryKeys()
        .then((docIds) => {
          const range = () => db.annotations.where('documentId').anyOf(docIds);
          return docIds.length ? range().primaryKeys() : [];
        })
        .then((ids) => ({ ids: new Set(ids), records: () => load(db, [...ids]) })),
    );
  }
  if (reads.length === 0 && words.length === 0) return null;
  const sources = reads.length > 0 ? await Promise.all(reads) : [];
  // Filters first: when they leave few candidates, no search word needs reading from the index.
  let ids = sources.length > 0 ? intersect(sources.map((s) => s.ids)) : null;
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    if (ids !== null && ids.size < enough) break;
    const source = await read(() => db.annotations.where('terms').startsWith(w));
    sources.push(source);
    ids = ids === null ? source.ids : intersect([ids, source.ids]);
  }
  const smallest = sources.reduce<Source | undefined>(
    (min, s) => (min === undefined || s.ids.size < min.ids.size ? s : min),
    undefined,
  );
  return { ids: ids ?? new Set(), smallest };
}

/** The records of some ids, one request each (those missing left out). */
export async function load(db: MarginDatabase, ids: readonly string[]): Promise<AnnotationRecord[]> {
  return (await db.annotations.bulkGet([...ids])).filter((a): a is AnnotationRecord => a !== undefined);
}

/**
 * A batch read returns a record for a fraction of a single read's cost (Chromium, 100,000 annotations:
 * ~50 µs against ~200 µs), so the candidates' smallest index range is read whole, with the records
 * outside the intersection, while it holds at most this many times the candidates.
 */
const BATCH_READ_FACTOR = 3;

/** The candidates' records, read in one batch from their smallest index range when that is cheaper. */
export async function loadCandidates(db: MarginDatabase, c: Candidates): Promise<AnnotationRecord[]> {
  const { ids, smallest } = c;
  if (!smallest || smallest.ids.size > BATCH_READ_FACTOR * ids.size) return load(db, [...ids]);
  // A range of the multi-entry `terms` index holds a record once per matching term.
  const seen = new Set<string>();
  return (await smallest.records()).filter((a) => {
    if (!ids.has(a.id) || seen.has(a.id)) return false;
    seen.add(a.id);
    return true;
  });
}

/** The ids of {@link candidates}. */
export async function candidateIds(
  db: MarginDatabase,
  q: LibraryQuery,
  words: string[],
  enough = 0,
): Promise<Set<string> | null> {
  return (await candidates(db, q, words, enough))?.ids ?? null;
}
