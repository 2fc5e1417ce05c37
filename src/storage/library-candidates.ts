import type { PromiseExtended } from 'dexie';
import type { MarginDatabase } from './create-database';
import type { LibraryQuery } from './library-query';

/** Ids of annotations with a word (of quote, note or article title) starting with `word`; key-only. */
function idsForWord(db: MarginDatabase, word: string): PromiseExtended<Set<string>> {
  return db.annotations
    .where('terms')
    .startsWith(word)
    .primaryKeys()
    .then((ids) => new Set(ids));
}

function intersect(sets: Set<string>[]): Set<string> {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return new Set();
  const out = new Set<string>();
  for (const id of smallest) if (rest.every((s) => s.has(id))) out.add(id);
  return out;
}

/**
 * The ids matching the index-backed filters of a query (tag, entity, colour, site, document, search
 * words), by intersecting key-only index reads; `null` when the query has none of these filters.
 * Filters are read first, then search words longest (usually rarest) first; reading stops once fewer
 * than `enough` candidates remain: the caller then loads those and checks every word on the records.
 * The `createdAt` range is not applied here (the caller walks that index).
 */
export async function candidateIds(
  db: MarginDatabase,
  q: LibraryQuery,
  words: string[],
  enough = 0,
): Promise<Set<string> | null> {
  // Dexie's own promises only (see `keys`): a native async step lets IndexedDB commit the transaction.
  const reads: PromiseExtended<Set<string>>[] = [];
  // `.then` on Dexie's own promise keeps the work inside the transaction's zone; wrapping it in a native
  // Promise.resolve() lets IndexedDB commit the transaction before the next read ("committed too early").
  const keys = (p: PromiseExtended<string[]>) => p.then((ids) => new Set(ids));
  if (q.documentId) reads.push(keys(db.annotations.where('documentId').equals(q.documentId).primaryKeys()));
  if (q.tag) reads.push(keys(db.annotations.where('tags').equals(q.tag).primaryKeys()));
  if (q.entityKey) reads.push(keys(db.annotations.where('entityKeys').equals(q.entityKey).primaryKeys()));
  if (q.colour) reads.push(keys(db.annotations.where('colour').equals(q.colour).primaryKeys()));
  if (q.site) {
    const site = q.site;
    reads.push(
      db.documents
        .where('site')
        .equals(site)
        .primaryKeys()
        .then((docIds) =>
          docIds.length ? db.annotations.where('documentId').anyOf(docIds).primaryKeys() : [],
        )
        .then((ids) => new Set(ids)),
    );
  }
  if (reads.length === 0 && words.length === 0) return null;
  // Filters first: when they leave few candidates, no search word needs reading from the index.
  let ids = reads.length > 0 ? intersect(await Promise.all(reads)) : null;
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    if (ids !== null && ids.size < enough) break;
    const hits = await idsForWord(db, w);
    ids = ids === null ? hits : intersect([ids, hits]);
  }
  return ids ?? new Set();
}
