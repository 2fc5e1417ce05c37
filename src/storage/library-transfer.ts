import type { Library } from '@/src/core/export/library';
import type { TableWrites } from '@/src/core/export/plan-import';
import { ANNOTATION_COUNT_KEY } from './annotation-count';
import type { MarginDatabase } from './create-database';
import type { AnnotationRecord, DocumentRecord } from './records';
import { CURRENT_SCHEMA_VERSION } from './schema/versions';
import { annotationTerms } from './terms';

/** Which kind of file is imported. */
export type ImportFormat = 'margin-backup' | 'hypothesis';

/** What an import did. */
export type ImportResult = {
  /** Per table: records added and records updated. */
  summary: Record<string, { added: number; updated: number }>;
  /** Records left out and why; warnings from reading the file. */
  skipped: string[];
  warnings: string[];
  /** True when the file added nothing new (e.g. imported twice). */
  empty: boolean;
};

/** Every table as arrays (for backups and import planning). Call inside a transaction for a consistent copy. */
export async function readLibrary(db: MarginDatabase): Promise<Library> {
  const [documents, annotations, entities, mentions, tags, settings] = await Promise.all([
    db.documents.toArray(),
    db.annotations.toArray(),
    db.entities.toArray(),
    db.mentions.toArray(),
    db.tags.toArray(),
    db.settings.toArray(),
  ]);
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    documents,
    annotations,
    entities,
    mentions,
    tags,
    // The stored count is a cache of this database, not data to carry elsewhere.
    settings: settings.filter((s) => s.key !== ANNOTATION_COUNT_KEY),
  } as Library;
}

/**
 * Writes an import plan's records (insert or replace by key). Annotation search terms are re-derived
 * here, whatever the file carried, and the stored annotation count is recomputed. Call inside a
 * transaction over every table so an import is all or nothing.
 */
export async function applyImportWrites(db: MarginDatabase, put: TableWrites): Promise<void> {
  const docs = put.documents as DocumentRecord[];
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  const missing = [...new Set(put.annotations.map((a) => a.documentId).filter((id) => !titles.has(id)))];
  for (const d of await db.documents.bulkGet(missing)) if (d) titles.set(d.id, d.title);
  const annotations = (put.annotations as AnnotationRecord[]).map((a) => ({
    ...a,
    terms: annotationTerms(a.quote, a.note, titles.get(a.documentId)),
  }));
  await db.documents.bulkPut(docs);
  await db.annotations.bulkPut(annotations);
  await db.entities.bulkPut(put.entities as never);
  await db.mentions.bulkPut(put.mentions as never);
  await db.tags.bulkPut(put.tags as never);
  await db.settings.bulkPut(put.settings.filter((s) => s.key !== ANNOTATION_COUNT_KEY));
  await db.settings.put({ key: ANNOTATION_COUNT_KEY, value: await db.annotations.count() });
}
