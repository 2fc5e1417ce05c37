/**
 * Issue 7 bench entry, evaluated in an extension page so it shares the extension's IndexedDB:
 * writes a generated library into Margin's real `margin` database, then times `queryLibrary` with the
 * query the Library view builds (`toLibraryQuery` of its filter form, the window it fetches) against a
 * plain table scan of the same data.
 */
import { createDatabase } from '@/src/storage/create-database';
import { queryLibrary } from '@/src/storage/library-query';
import type { AnnotationRecord } from '@/src/storage/records';
import { annotationTerms, matchesAll, queryWords } from '@/src/storage/terms';
import { EMPTY_FILTER, type LibraryFilter, toLibraryQuery } from '@/src/ui/data/library-filter';
import { libraryPageRows } from '@/src/ui/sidepanel/library-window';
import { clearLibrary, type GeneratedLibrary, generate, TAGS, writeSlice } from './library-generate';

/** The rows the Library view asks for at once on this screen: two pages (see `libraryPageRows`). */
const WINDOW = 2 * libraryPageRows(screen.availHeight);

const db = createDatabase('margin');
let lib: GeneratedLibrary | null = null;

export { TAGS };

/** Generates the library in this page and empties the database; then call {@link write} until false. */
export async function prepare(docs: number, annotations: number) {
  // Documents carry their article text, as analysed pages do: the Library reads its rows' documents whole.
  lib = generate(docs, annotations, 7, true);
  await clearLibrary(db);
  return { documents: lib.documents.length, annotations: lib.annotations.length, tags: lib.tags.length };
}

/** Writes slice `slice` (its own transaction); whether more remain. */
export async function write(slice: number, chunk: number): Promise<boolean> {
  if (!lib) throw new Error('prepare() first');
  const more = await writeSlice(db, lib, slice, chunk);
  if (!more) lib = null;
  return more;
}

/** The filter form with some fields set, as the Library view holds it. */
const form = (patch: Partial<LibraryFilter>): LibraryFilter => ({ ...EMPTY_FILTER, ...patch });

/** One window of the Library, exactly as the view queries it; returns the total and the first ids. */
export async function library(patch: Partial<LibraryFilter>) {
  const page = await queryLibrary(db, { ...toLibraryQuery(form(patch)), offset: 0, limit: WINDOW });
  return { total: page.total, ids: page.items.slice(0, 20).map((i) => i.annotation.id) };
}

/**
 * Baseline: read every annotation (and, for a search, every article's title), filter, sort and slice
 * in JS, then load the window's articles. Search words are derived during the scan (schema v2 stores
 * none in the records): kept between scans, 100,000 annotations' words would weigh on the page's
 * garbage collector while `queryLibrary` is timed in the same page.
 */
export async function scan(patch: Partial<LibraryFilter>) {
  const q = toLibraryQuery(form(patch));
  const all = await db.annotations.toArray();
  const words = q.text ? queryWords(q.text) : [];
  const titles = new Map<string, string>();
  if (words.length > 0) await db.documents.each((d) => titles.set(d.id, d.title));
  const hit = all.filter(
    (a: AnnotationRecord) =>
      (!q.tag || a.tags.includes(q.tag)) &&
      (words.length === 0 || matchesAll(annotationTerms(a.quote, a.note, titles.get(a.documentId)), words)),
  );
  hit.sort((a, b) => b.createdAt - a.createdAt);
  const page = hit.slice(0, WINDOW);
  await db.documents.bulkGet([...new Set(page.map((a) => a.documentId))]);
  return { total: hit.length, ids: page.slice(0, 20).map((a) => a.id) };
}

/** How many annotations the database holds (the real count, not the stored one). */
export function count(): Promise<number> {
  return db.annotations.count();
}

/** Closes this page's connection. */
export function close() {
  db.close();
}
