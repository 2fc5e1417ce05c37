import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  AnnotationRecord,
  ArticleTextRecord,
  EntityRecord,
  MentionRecord,
  SearchRecord,
  SettingRecord,
  StoredDocument,
  TagRecord,
} from './records';
import type { SchemaVersion } from './schema/schema-version';
import { SCHEMA_VERSIONS } from './schema/versions';

/** The Margin database: Dexie with one typed table per record type. */
export type MarginDatabase = Dexie & {
  /** Documents without their texts (schema v3): see `texts`. */
  documents: EntityTable<StoredDocument, 'id'>;
  annotations: EntityTable<AnnotationRecord, 'id'>;
  entities: EntityTable<EntityRecord, 'key'>;
  mentions: Table<MentionRecord, [string, string]>;
  tags: EntityTable<TagRecord, 'name'>;
  settings: EntityTable<SettingRecord, 'key'>;
  /** Derived search data, one record per annotated document (schema v2). */
  search: EntityTable<SearchRecord, 'documentId'>;
  /** Article texts, apart from their documents (schema v3). */
  texts: EntityTable<ArticleTextRecord, 'documentId'>;
};

/**
 * Declares every schema version on a new Dexie instance (the database opens lazily, on first use).
 *
 * @param name IndexedDB database name; tests pass a fresh one each.
 * @param versions the version history; only migration tests pass a different one.
 */
export function createDatabase(
  name = 'margin',
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): MarginDatabase {
  const db = new Dexie(name) as MarginDatabase;
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return db;
}
