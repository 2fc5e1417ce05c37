import { parseBackup } from '@/src/core/export/backup';
import { planImport } from '@/src/core/export/plan-import';
import { parseHypothesisExport } from '@/src/core/import/hypothesis';
import type { MarginDatabase } from '@/src/storage/create-database';
import { InvalidRequestError } from '@/src/storage/errors';
import {
  applyImportWrites,
  type ImportFormat,
  type ImportResult,
  readLibrary,
} from '@/src/storage/library-transfer';
import { termsOf } from '@/src/storage/terms';

/**
 * Imports a Margin JSON backup or a Hypothesis export: parse and validate, plan the merge against the
 * current database (idempotent, matching documents by URL), and write it, all in one transaction, so a
 * bad file or a full disk leaves the library as it was.
 *
 * @throws InvalidRequestError naming the problems when the file does not validate
 */
export function createImportService(db: MarginDatabase) {
  return {
    async importLibrary(text: string, format: ImportFormat): Promise<ImportResult> {
      const parsed = format === 'hypothesis' ? parseHypothesisExport(text, { termsOf }) : parseBackup(text);
      if (!parsed.ok) {
        const more = parsed.errors.length > 5 ? ` (and ${parsed.errors.length - 5} more)` : '';
        throw new InvalidRequestError(
          `The file cannot be imported: ${parsed.errors.slice(0, 5).join('; ')}${more}`,
        );
      }
      return db.transaction(
        'rw',
        [db.documents, db.annotations, db.entities, db.mentions, db.tags, db.settings, db.search],
        async () => {
          const existing = await readLibrary(db);
          const plan = planImport(existing, parsed.value);
          const count = existing.annotations.length + plan.summary.annotations.added;
          if (!plan.empty) await applyImportWrites(db, plan.put, count);
          return {
            summary: plan.summary,
            skipped: plan.skipped,
            warnings: parsed.warnings,
            empty: plan.empty,
          };
        },
      );
    },
  };
}
