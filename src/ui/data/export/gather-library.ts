import { LIBRARY_VERSION, type Library } from '@/src/core/export/library';
import { withTexts } from '@/src/storage/article-texts';
import type { MarginDatabase } from '@/src/storage/create-database';
import { queryLibrary } from '@/src/storage/library-query';
import { readLibrary } from '@/src/storage/library-transfer';
import type { AnnotationRecord, DocumentRecord, StoredDocument } from '@/src/storage/records';
import type { LibraryFilter } from '../library-filter';
import { toLibraryQuery } from '../library-filter';

/** What to export: one article, the Library's current filter, or everything. */
export type ExportScope =
  | { kind: 'article'; documentId: string }
  | { kind: 'filter'; filter: LibraryFilter }
  | { kind: 'all' };

/** Progress of a long gather: rows read so far and the expected total. */
export type Progress = (done: number, total: number) => void;

const CHUNK = 2000;

/** Entities and tags referenced by some annotations (so a partial export still names them). */
async function related(db: MarginDatabase, annotations: readonly AnnotationRecord[]) {
  const keys = [...new Set(annotations.flatMap((a) => a.entityKeys))];
  const tagNames = [...new Set(annotations.flatMap((a) => a.tags))];
  const [entities, tags] = await Promise.all([db.entities.bulkGet(keys), db.tags.bulkGet(tagNames)]);
  return {
    entities: entities.filter((e) => e !== undefined),
    tags: tags.filter((t) => t !== undefined),
  };
}

/**
 * Reads the records of a scope into a {@link Library}. "all" is every table, as a backup holds it
 * (see readLibrary); a partial scope holds its annotations, their documents and the entities and tags
 * they refer to (no mentions or settings). Reads in chunks and reports progress, so the panel shows
 * how far it got on 100,000 annotations.
 */
export async function gatherLibrary(
  db: MarginDatabase,
  scope: ExportScope,
  onProgress?: Progress,
): Promise<Library> {
  if (scope.kind === 'all') return readLibrary(db, { onProgress });

  let annotations: AnnotationRecord[];
  let documents: DocumentRecord[];
  if (scope.kind === 'article') {
    annotations = await db.annotations.where('documentId').equals(scope.documentId).toArray();
    const doc = await db.documents.get(scope.documentId);
    documents = await withTexts(db, doc ? [doc] : []);
    onProgress?.(annotations.length, annotations.length);
  } else {
    const query = toLibraryQuery(scope.filter);
    annotations = [];
    const docs = new Map<string, StoredDocument>();
    for (let offset = 0; ; offset += CHUNK) {
      const page = await queryLibrary(db, { ...query, offset, limit: CHUNK });
      for (const item of page.items) {
        annotations.push(item.annotation);
        if (item.document) docs.set(item.document.id, item.document);
      }
      onProgress?.(annotations.length, page.total);
      if (page.items.length < CHUNK) break;
    }
    documents = await withTexts(db, [...docs.values()]);
  }
  const { entities, tags } = await related(db, annotations);
  return {
    schemaVersion: LIBRARY_VERSION,
    documents,
    annotations,
    entities,
    mentions: [],
    tags,
    settings: [],
  };
}
