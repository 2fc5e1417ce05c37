/**
 * Margin's database as plain data (DESIGN.md "Data model"), so export and import stay pure: no Dexie here.
 * The record types are the storage records themselves (`src/core/model/records.ts`).
 * Times the extension records are epoch milliseconds; `publishedAt` is the page's ISO 8601 string; text is NFC.
 */

/**
 * The newest schema version a backup may name (the newest Dexie version in `src/storage/schema`).
 * Version 2 backups carry no `terms`; version 1 backups still import (their `terms` are dropped and the
 * search data derived again).
 */
export const SCHEMA_VERSION = 3;

/**
 * The schema version whose tables a {@link Library}, and so a backup, holds: the version a backup is
 * stamped with. Version 3 changed only how the database keeps article texts (a table of its own); a
 * library carries each text on its document, as version 2 stored it, so it stays 2, and a Margin that
 * reads up to version 2 imports this one's backups. Raise it when a table a backup holds changes shape.
 * (Builds of version 3 stamped their backups 3; they read the same.)
 */
export const LIBRARY_VERSION = 2;

export {
  type AnchorState,
  type AnnotationRecord,
  type AnnotationSelector as Selector,
  type DocumentRecord,
  type EntityRecord,
  HIGHLIGHT_COLOURS,
  type HighlightColour,
  type MentionRecord,
  type SettingRecord,
  type TagRecord,
  type TextPositionSelector,
  type TextQuoteSelector,
  type TitleSeen,
  type TrackedEntityType,
} from '../model/records';

import type {
  AnnotationRecord,
  DocumentRecord,
  EntityRecord,
  MentionRecord,
  SettingRecord,
  TagRecord,
} from '../model/records';

/** Every table of the database as arrays, plus the schema version they follow. */
export type Library = {
  schemaVersion: number;
  documents: DocumentRecord[];
  annotations: AnnotationRecord[];
  entities: EntityRecord[];
  mentions: MentionRecord[];
  tags: TagRecord[];
  settings: SettingRecord[];
};

/** The names of the tables, in the order they are written and validated. */
export const TABLES = ['documents', 'annotations', 'entities', 'mentions', 'tags', 'settings'] as const;

/** A table name of {@link Library}. */
export type TableName = (typeof TABLES)[number];

/** An empty library. */
export function emptyLibrary(): Library {
  return {
    schemaVersion: LIBRARY_VERSION,
    documents: [],
    annotations: [],
    entities: [],
    mentions: [],
    tags: [],
    settings: [],
  };
}
