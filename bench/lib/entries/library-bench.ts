/**
 * Issue 7 bench entry, injected into an extension page so it shares the extension's IndexedDB:
 * populate Margin's real database, then time `queryLibrary` (what the Library view calls) against a
 * plain table scan of the same data.
 */
import { createDatabase } from '@/src/storage/create-database';
import { type LibraryQuery, queryLibrary } from '@/src/storage/library-query';
import type { AnnotationRecord } from '@/src/storage/records';
import { matchesAll, queryWords } from '@/src/storage/terms';
import { populate, TAGS } from './library-generate';

const db = createDatabase('margin');

export { TAGS };

/** Writes the generated library into the extension's `margin` database. */
export function fill(docs: number, annotations: number) {
  return populate(db, docs, annotations);
}

/** One library page as the side panel asks for it (200 rows: two windows of 100). */
export async function library(q: LibraryQuery): Promise<number> {
  const page = await queryLibrary(db, { ...q, offset: 0, limit: 200 });
  return page.total;
}

/** Baseline: read every annotation and filter, sort and slice in JS. */
export async function scan(q: LibraryQuery): Promise<number> {
  const all = await db.annotations.toArray();
  const words = q.text ? queryWords(q.text) : [];
  const hit = all.filter(
    (a: AnnotationRecord) =>
      (!q.tag || a.tags.includes(q.tag)) && (!words.length || matchesAll(a.terms, words)),
  );
  hit.sort((a, b) => b.createdAt - a.createdAt);
  const page = hit.slice(0, 200);
  await db.documents.bulkGet([...new Set(page.map((a) => a.documentId))]);
  return hit.length;
}

/** Closes this page's connection so another page can open the database. */
export function close() {
  db.close();
}
