/**
 * Issue 4 bench entry, injected into the side panel page (so it shares the extension's `margin` IndexedDB):
 * a generated library's backup imported with the background's import service (the same code, run in the
 * page), the baselines (`JSON.stringify` / `JSON.parse` of the raw tables) and in-page re-import. The export
 * itself is driven through the side panel's own UI by bench/export-chromium.bench.mjs.
 */
import { createImportService } from '@/src/background/services/import-service';
import { exportBackup, parseBackup } from '@/src/core/export/backup';
import { SCHEMA_VERSION } from '@/src/core/export/library';
import { createDatabase } from '@/src/storage/create-database';
import { EXPORT_FORMATS } from '@/src/ui/data/export/formats';
import { gatherLibrary } from '@/src/ui/data/export/gather-library';
import { generate } from './library-generate';

const db = createDatabase('margin');
const TABLES = ['documents', 'annotations', 'entities', 'mentions', 'tags', 'settings'] as const;

const now = () => performance.now();

let prepared = '';

/**
 * Generates a library (Vietnamese and English quotes, notes, ~200 tags) and keeps its JSON backup text in
 * the page, for the import to be timed on; nothing is written.
 */
export function prepare(docs: number, annotations: number) {
  const t0 = now();
  const lib = generate(docs, annotations);
  prepared = exportBackup(
    { schemaVersion: SCHEMA_VERSION, ...lib, entities: [], mentions: [], settings: [] },
    new Date(),
  );
  return { chars: prepared.length, ms: now() - t0 };
}

/** Baseline import: `JSON.parse` of the prepared backup, nothing validated or written. */
export function rawParsePrepared() {
  const t0 = now();
  const data = JSON.parse(prepared);
  return { parseMs: now() - t0, annotations: data.annotations.length as number };
}

/**
 * Imports the prepared backup with the background's import service (parse and validate, plan against the
 * database, write in one transaction), here in the page; `parseMs` is `parseBackup` alone, timed before.
 */
export async function importPrepared() {
  let t0 = now();
  const parsed = parseBackup(prepared);
  const parseMs = now() - t0;
  if (!parsed.ok) throw new Error(parsed.errors.slice(0, 3).join('\n'));
  t0 = now();
  const result = await createImportService(db).importLibrary(prepared, 'margin-backup');
  const importMs = now() - t0;
  prepared = '';
  return { parseMs, importMs, empty: result.empty, annotations: result.summary.annotations };
}

/** Empties every table (one transaction). */
export async function clear(): Promise<void> {
  await db.transaction('rw', TABLES.map((t) => db[t]) as never, () =>
    Promise.all(TABLES.map((t) => db[t].clear())),
  );
}

/** Rows per table (the slow, exact count). */
export async function counts(): Promise<Record<string, number>> {
  const n = await Promise.all(TABLES.map((t) => db[t].count()));
  return Object.fromEntries(TABLES.map((t, i) => [t, n[i]]));
}

/** Baseline export: every table read whole (`toArray`), then `JSON.stringify` of the raw tables. */
export async function rawExport() {
  const t0 = now();
  const tables = await Promise.all(TABLES.map((t) => db[t].toArray()));
  const t1 = now();
  const text = JSON.stringify(Object.fromEntries(TABLES.map((t, i) => [t, tables[i]])));
  const t2 = now();
  return { readMs: t1 - t0, stringifyMs: t2 - t1, chars: text.length };
}

/**
 * What the side panel's "Export → Everything → JSON backup" runs, step by step, without the click and the
 * file: gather (with progress), render, and the Blob the download is made from.
 */
export async function ourExport() {
  const format = EXPORT_FORMATS.find((f) => f.id === 'json');
  if (!format?.render) throw new Error('no JSON backup format');
  let progress = 0;
  const t0 = now();
  const library = await gatherLibrary(db, { kind: 'all' }, () => progress++);
  const t1 = now();
  const text = format.render(library, new Date());
  const t2 = now();
  const blob = new Blob([text], { type: `${format.mime};charset=utf-8` });
  const t3 = now();
  return {
    gatherMs: t1 - t0,
    renderMs: t2 - t1,
    blobMs: t3 - t2,
    progressCalls: progress,
    chars: text.length,
    bytes: blob.size,
  };
}

/** A file input of our own, for the baseline to read the same file the side panel is given. */
export function addBaselineInput(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.id = 'export-bench-file';
  input.style.display = 'none';
  document.body.append(input);
}

/** Baseline import: the chosen file read as text and `JSON.parse`d, nothing validated or written. */
export async function rawImport() {
  const input = document.getElementById('export-bench-file') as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) throw new Error('no file chosen');
  const t0 = now();
  const text = await file.text();
  const t1 = now();
  const data = JSON.parse(text);
  const t2 = now();
  return { readMs: t1 - t0, parseMs: t2 - t1, annotations: data.annotations.length as number };
}

/** The chosen file's text (the side panel reads it the same way). */
async function chosenText(): Promise<string> {
  const input = document.getElementById('export-bench-file') as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) throw new Error('no file chosen');
  return file.text();
}

/**
 * What the background's import service runs for a Margin backup (parse and validate, then plan against the
 * database and write, in one transaction), run here in the page on the chosen file.
 */
export async function ourImportInPage() {
  const text = await chosenText();
  const t0 = now();
  const result = await createImportService(db).importLibrary(text, 'margin-backup');
  return {
    importMs: now() - t0,
    empty: result.empty,
    annotations: result.summary.annotations,
    documents: result.summary.documents,
  };
}

/**
 * The floor any import pays: the chosen file's tables `JSON.parse`d and written as they are with `bulkPut`,
 * in one transaction, nothing validated, planned or derived.
 */
export async function rawWrite() {
  const data = JSON.parse(await chosenText());
  const t0 = now();
  await db.transaction('rw', TABLES.map((t) => db[t]) as never, async () => {
    for (const t of TABLES) await db[t].bulkPut(data[t]);
  });
  return { writeMs: now() - t0 };
}

/** JS heap in use (Chromium's `performance.memory`), in bytes. */
export function heapUsed(): number {
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

/** Closes this page's connection so another page can open or delete the database. */
export function close(): void {
  db.close();
}

/**
 * The import service's steps, timed one by one, on the prepared backup, into the (empty) database: parse,
 * read + plan, search terms, writes; and the floor: the same rows `bulkPut` as they are.
 */
export async function importBreakdown() {
  const { planImport } = await import('@/src/core/export/plan-import');
  const { readLibrary } = await import('@/src/storage/library-transfer');
  const { annotationTerms } = await import('@/src/storage/terms');
  const out: Record<string, number> = {};
  let t = now();
  const parsed = parseBackup(prepared);
  if (!parsed.ok) throw new Error('bad backup');
  out.parse = now() - t;
  t = now();
  const plan = planImport(await readLibrary(db), parsed.value);
  out.readPlan = now() - t;
  t = now();
  const titles = new Map(plan.put.documents.map((d) => [d.id, d.title]));
  const withTerms = plan.put.annotations.map((a) => ({
    ...a,
    terms: annotationTerms(a.quote, a.note, titles.get(a.documentId)),
  }));
  out.terms = now() - t;
  t = now();
  await db.transaction('rw', TABLES.map((x) => db[x]) as never, async () => {
    await db.documents.bulkPut(plan.put.documents);
    for (let i = 0; i < withTerms.length; i += 2000) await db.annotations.bulkPut(withTerms.slice(i, i + 2000));
    await db.tags.bulkPut(plan.put.tags);
  });
  out.write = now() - t;
  return out;
}

export async function writeVariant(kind: string) {
  const parsed = parseBackup(prepared);
  if (!parsed.ok) throw new Error('bad backup');
  await clear();
  const rows = parsed.value.annotations.map((a) => (kind === 'noterms' ? { ...a, terms: [] } : a));
  const t = now();
  await db.transaction('rw', TABLES.map((x) => db[x]) as never, async () => {
    await db.documents.bulkPut(parsed.value.documents);
    for (let i = 0; i < rows.length; i += 2000) await db.annotations.bulkPut(rows.slice(i, i + 2000));
  });
  return { kind, ms: now() - t, terms: rows.reduce((s, a) => s + a.terms.length, 0) / rows.length };
}
