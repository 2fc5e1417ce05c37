import { parseBackup } from '@/src/core/export/backup';
import { planImport } from '@/src/core/export/plan-import';
import { parseHypothesisExport } from '@/src/core/import/hypothesis';
import { jsonErrorOffset, lineAndColumn } from '@/src/core/import/json-error-offset';
import type { MarginDatabase } from '@/src/storage/create-database';
import { InvalidRequestError } from '@/src/storage/errors';
import {
  applyImportWrites,
  type ImportFormat,
  type ImportResult,
  importTables,
  readLibrary,
} from '@/src/storage/library-transfer';

/** Where a running import is: checking the file (parse and plan), or writing its annotations. */
export type ImportProgress = { stage: 'checking' } | { stage: 'writing'; done: number; total: number };

/** Options of one import: progress reports, and a way to stop it before anything is written. */
export type ImportOptions = {
  onProgress?: (progress: ImportProgress) => void;
  /** Asked after parsing and after planning; true stops the import (nothing written) with {@link ImportCancelled}. */
  cancelled?: () => boolean;
};

/** Thrown when the file is not JSON at all; `message` says where (line and column) and why. */
export class NotJsonError extends InvalidRequestError {
  override name = 'NotJsonError';
}

/** Thrown when {@link ImportOptions.cancelled} said so before writing began. */
export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

/**
 * Imports a Margin JSON backup or a Hypothesis export: parse and validate, plan the merge against the
 * current database (idempotent, matching documents by URL), and write it, all in one transaction, so a
 * bad file, a full disk, a cancel or a stopped service worker leaves the library as it was.
 *
 * @throws NotJsonError when the file is not JSON, saying where
 * @throws InvalidRequestError naming the problems when the file does not validate
 * @throws ImportCancelled when `options.cancelled()` answered true before writing
 */
export function createImportService(db: MarginDatabase) {
  return {
    async importLibrary(
      text: string,
      format: ImportFormat,
      options: ImportOptions = {},
    ): Promise<ImportResult> {
      const { onProgress, cancelled = () => false } = options;
      onProgress?.({ stage: 'checking' });
      const parsed = format === 'hypothesis' ? parseHypothesisExport(text) : parseBackup(text);
      if (!parsed.ok) {
        placeJsonError(text, parsed.errors);
        if (parsed.errors.length === 1 && parsed.errors[0]?.startsWith('not valid JSON')) {
          throw new NotJsonError(parsed.errors[0]);
        }
        const more = parsed.errors.length > 5 ? ` (and ${parsed.errors.length - 5} more)` : '';
        throw new InvalidRequestError(
          `The file cannot be imported: ${parsed.errors.slice(0, 5).join('; ')}${more}`,
        );
      }
      if (cancelled()) throw new ImportCancelled('The import was cancelled.');
      return db.transaction('rw', importTables(db), async () => {
        const existing = await readLibrary(db);
        const plan = planImport(existing, parsed.value);
        // Checked and reported in one synchronous step: a cancel either lands before it (nothing is
        // written) or finds the import writing.
        if (cancelled()) throw new ImportCancelled('The import was cancelled.');
        const total = plan.put.annotations.length;
        onProgress?.({ stage: 'writing', done: 0, total });
        const count = existing.annotations.length + plan.summary.annotations.added;
        if (!plan.empty) {
          // Once for the whole plan: each call re-derives the search records of the documents it touches.
          await applyImportWrites(db, plan.put, count, (done) =>
            onProgress?.({ stage: 'writing', done, total }),
          );
        }
        onProgress?.({ stage: 'writing', done: total, total });
        return {
          summary: plan.summary,
          skipped: plan.skipped,
          warnings: parsed.warnings,
          empty: plan.empty,
        };
      });
    },
  };
}

/** The service's type, for the transfer that runs it. */
export type ImportService = ReturnType<typeof createImportService>;

/**
 * When the parser could not say where a file stops being JSON (V8 gives no position for an unexpected
 * token), finds the place and says it as "line L, column C", in the parser's own words otherwise.
 */
function placeJsonError(text: string, errors: string[]): void {
  const unplaced = 'not valid JSON: ';
  if (errors.length !== 1 || !errors[0]?.startsWith(unplaced)) return;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const offset = jsonErrorOffset(body);
  if (offset < 0) return;
  const { line, column } = lineAndColumn(body, offset);
  errors[0] = `not valid JSON at line ${line}, column ${column}: ${errors[0].slice(unplaced.length)}`;
}
