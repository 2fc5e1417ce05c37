/**
 * Plain-data mirror of Margin's database (DESIGN.md, "Data model"), so export and import stay pure:
 * no Dexie here. The storage layer's record types are meant to be structurally compatible with these.
 * Times are ISO 8601 strings; text is NFC.
 */

/** The schema version this code writes into backups (the Dexie version of `src/storage`). */
export const SCHEMA_VERSION = 1;

/** W3C TextQuoteSelector over the article text (prefix/suffix up to 32 characters). */
export type TextQuoteSelector = {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
};

/** W3C TextPositionSelector over the article text, in UTF-16 code units (JavaScript string offsets). */
export type TextPositionSelector = { type: 'TextPositionSelector'; start: number; end: number };

/** The selectors Margin stores for an annotation. */
export type Selector = TextQuoteSelector | TextPositionSelector;

/** How an annotation last anchored on its page. */
export type AnchoringState = 'anchored' | 'fuzzy' | 'orphan';

/** One article, whatever URL it was reached by. */
export type DocumentRecord = {
  id: string;
  /** URL variants: canonical, og:url, the visited URL without tracking parameters. The first is preferred. */
  urls: string[];
  title: string;
  siteName?: string;
  byline?: string;
  /** ISO date or date-time as published by the site. */
  publishedAt?: string;
  lang?: string;
  excerpt?: string;
  /** Hash of the extracted text, to notice when the article changed. */
  textHash?: string;
  /** A copy of the extracted article text (NFC); TextPosition selectors count into it. */
  text?: string;
  firstVisitedAt: string;
  lastVisitedAt: string;
};

/** A user highlight, with its note and tags. */
export type AnnotationRecord = {
  id: string;
  documentId: string;
  selectors: Selector[];
  quote: string;
  note: string;
  tags: string[];
  color: string;
  createdAt: string;
  updatedAt: string;
  /** Absent until the annotation has been anchored once (e.g. just imported). */
  anchoring?: AnchoringState;
};

/** A title an official was given, with when it was first and last seen. */
export type EntityTitleRecord = { text: string; firstSeenAt: string; lastSeenAt: string };

/** An official or organisation tracked across sites. */
export type EntityRecord = {
  key: string;
  name: string;
  type: 'official' | 'person' | 'org' | 'date';
  aliases: string[];
  titles: EntityTitleRecord[];
  /** Number of mentions seen. */
  count: number;
  firstSeenAt: string;
  lastSeenAt: string;
};

/** Where an entity appears: one row per entity and document. */
export type MentionRecord = {
  entityKey: string;
  documentId: string;
  count: number;
  /** Titles the entity is given in that article. */
  titles: string[];
  /** UTF-16 offset of the first mention in the article text. */
  firstPosition: number;
  /** A short sample of text around the first mention. */
  context: string;
};

/** Tag metadata. */
export type TagRecord = { name: string; color?: string; count: number; createdAt: string };

/** One setting: any JSON value under a key. */
export type SettingRecord = { key: string; value: unknown };

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

/** An empty library at the current schema version. */
export function emptyLibrary(): Library {
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: [],
    annotations: [],
    entities: [],
    mentions: [],
    tags: [],
    settings: [],
  };
}
