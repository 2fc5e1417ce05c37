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
import { generate } from './library-generate';

const db = createDatabase('margin');
// Every table a backup carries (texts since schema v3: the baseline dumps what the export reads).
const TABLES = ['documents', 'texts', 'annotations', 'entities', 'mentions', 'tags', 'settings'] as const;

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

/** A file input of our own, for the baseline to read the same file the side panel is given. */
export function addBaselineInput(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.id = 'export-bench-file';
  input.style.display = 'none';
  document.body.append(input);
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
