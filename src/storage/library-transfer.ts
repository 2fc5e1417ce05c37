import type { Table } from 'dexie';
import { LIBRARY_VERSION, type Library } from '@/src/core/export/library';
import type { TableWrites } from '@/src/core/export/plan-import';
import { ANNOTATION_COUNT_KEY, storedAnnotationCount } from './annotation-count';
import { joinTexts, splitTexts, TEXT_SLICE } from './article-texts';
import type { MarginDatabase } from './create-database';
import { putInSlices } from './put-in-slices';
import type {
  AnnotationRecord,
  ArticleTextRecord,
  DocumentRecord,
  EntityRecord,
  MentionRecord,
  SettingRecord,
  StoredDocument,
  TagRecord,
} from './records';
import { syncSearch } from './search-records';
import { forEachSlice } from './table-slices';

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

/** Rows read per request when reading with progress. */
const READ_CHUNK = 2000;

/** Progress of a long read: rows read so far and the expected total. */
export type ReadProgress = (done: number, total: number) => void;

/**
 * Every table as arrays (for backups and import planning), read in one transaction (the caller's when it
 * includes every table), so the copy is consistent. Without `onProgress` each table is read whole; with
 * it, in key order, `chunk` rows per request (default 2,000), reporting after each (100,000 annotations
 * take seconds to read).
 */
export async function readLibrary(
  db: MarginDatabase,
  options: { onProgress?: ReadProgress; chunk?: number } = {},
): Promise<Library> {
  const { onProgress, chunk = READ_CHUNK } = options;
  const tables = [
    db.documents,
    db.texts,
    db.annotations,
    db.entities,
    db.mentions,
    db.tags,
    db.settings,
  ] as const;
  const rows = await db.transaction('r', tables, async () => {
    if (!onProgress) return Promise.all(tables.map((t) => (t as Table).toArray()));
    // Counting walks a whole store in Chromium: the annotations' total is the stored count.
    const counts = await Promise.all(
      tables.map((t) =>
        t === db.annotations ? storedAnnotationCount(db).then((n) => n ?? t.count()) : (t as Table).count(),
      ),
    );
    const total = counts.reduce((a, b) => a + b, 0);
    let done = 0;
    const out: unknown[][] = [];
    for (const table of tables) {
      out.push(
        await readInChunks(table as Table, chunk, (n) => {
          done += n;
          onProgress(done, Math.max(done, total));
        }),
      );
    }
    return out;
  });
  const [documents, texts, annotations, entities, mentions, tags, settings] = rows as [
    StoredDocument[],
    ArticleTextRecord[],
    AnnotationRecord[],
    EntityRecord[],
    MentionRecord[],
    TagRecord[],
    SettingRecord[],
  ];
  return {
    schemaVersion: LIBRARY_VERSION,
    // A backup carries each article's text on its document, as before version 3 kept it apart.
    documents: joinTexts(documents, texts),
    annotations,
    entities,
    mentions,
    tags,
    // The stored count is a cache of this database, not data to carry elsewhere.
    settings: settings.filter((s) => s.key !== ANNOTATION_COUNT_KEY),
  };
}

/** A table in key order, `size` rows per request, reporting the rows read after each. */
async function readInChunks(table: Table, size: number, onRows: (n: number) => void): Promise<unknown[]> {
  const rows: unknown[] = [];
  await forEachSlice(table, size, (slice) => {
    for (const row of slice) rows.push(row);
    onRows(slice.length);
  });
  return rows;
}

/**
 * Every table an import writes, for the caller's transaction: the library tables and `search`, whose
 * records {@link applyImportWrites} derives.
 */
export function importTables(db: MarginDatabase) {
  return [db.documents, db.texts, db.annotations, db.entities, db.mentions, db.tags, db.settings, db.search];
}

/** A record without the `terms` of schema v1: derived data, never trusted from a file. */
function withoutTerms<T extends { terms?: string[] }>(row: T): T {
  if (row.terms === undefined) return row;
  const { terms: _terms, ...rest } = row;
  return rest as unknown as T;
}

/**
 * Stored annotations that the plan rewrites under another document: their entries must leave that
 * document's search record. Only the ids already stored are read (a key-only look-up first, so an
 * import into an empty library reads no record).
 */
async function movedAnnotations(
  db: MarginDatabase,
  rows: readonly AnnotationRecord[],
): Promise<Pick<AnnotationRecord, 'id' | 'documentId'>[]> {
  if (rows.length === 0) return [];
  const stored = await db.annotations
    .where(':id')
    .anyOf(rows.map((a) => a.id))
    .primaryKeys();
  if (stored.length === 0) return [];
  const target = new Map(rows.map((a) => [a.id, a.documentId]));
  const old = await db.annotations.bulkGet(stored);
  return old
    .filter((a): a is AnnotationRecord => a !== undefined && a.documentId !== target.get(a.id))
    .map(({ id, documentId }) => ({ id, documentId }));
}

/**
 * Writes an import plan's records (insert or replace by key). `terms` a file carries (v1 backups) are
 * dropped and the search records of the documents concerned are derived here from the records written,
 * and the stored annotation count is updated. Call inside a transaction over {@link importTables} so an
 * import is all or nothing; large tables are written in slices.
 *
 * Call it once for a whole plan, with `onAnnotations` for progress, rather than once per slice: each
 * call rewrites the search record of every document its annotations belong to.
 *
 * @param annotationCount the number of annotations once written, when the caller knows it (the planner
 *   does); otherwise they are counted, which walks the whole table in Chromium.
 */
export async function applyImportWrites(
  db: MarginDatabase,
  put: TableWrites,
  annotationCount?: number,
  onAnnotations?: (done: number, total: number) => void,
): Promise<void> {
  // A backup's documents carry their texts; the database keeps them apart (schema v3).
  const { documents: docs, texts } = splitTexts((put.documents as DocumentRecord[]).map(withoutTerms));
  const annotations = (put.annotations as AnnotationRecord[]).map(withoutTerms);
  const moved = await movedAnnotations(db, annotations);
  await putInSlices(db.documents, docs);
  await putInSlices(db.texts, texts, { slice: TEXT_SLICE });
  await putInSlices(db.annotations, annotations, {
    onSlice: (done) => onAnnotations?.(done, annotations.length),
  });
  await syncSearch(db, { put: annotations, removed: moved, documents: docs });
  await putInSlices(db.entities, put.entities);
  await putInSlices(db.mentions, put.mentions);
  await putInSlices(db.tags, put.tags);
  await db.settings.bulkPut(put.settings.filter((s) => s.key !== ANNOTATION_COUNT_KEY));
  const count = annotationCount ?? (await db.annotations.count());
  await db.settings.put({ key: ANNOTATION_COUNT_KEY, value: count });
}
