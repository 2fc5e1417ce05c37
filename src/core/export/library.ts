/**
 * Plain-data mirror of Margin's database (DESIGN.md "Data model"; `src/storage/records.ts`), so export and
 * import stay pure: no Dexie here. These types are kept structurally identical to the storage records
 * (tests/core/export/storage-compat.test.ts checks both directions), because core may not import storage.
 * Times the extension records are epoch milliseconds; `publishedAt` is the page's ISO 8601 string; text is NFC.
 */

/** The schema version this code reads and writes (the newest Dexie version in `src/storage/schema`). */
export const SCHEMA_VERSION = 1;

/** W3C TextQuoteSelector over the article text: prefix/suffix up to 32 characters ('' at either end of the text). */
export type TextQuoteSelector = {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
};

/** W3C TextPositionSelector over the article text, in UTF-16 code units (JavaScript string offsets). */
export type TextPositionSelector = { type: 'TextPositionSelector'; start: number; end: number };

/** The selectors Margin stores for an annotation. */
export type Selector = TextQuoteSelector | TextPositionSelector;

/** How an annotation last anchored on its page. */
export type AnchorState = 'anchored' | 'fuzzy' | 'orphan';

/** The highlight colours Margin offers (same list as storage's HIGHLIGHT_COLOURS). */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
/** One of {@link HIGHLIGHT_COLOURS}. */
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** One article, whatever URL it was reached by. */
export type DocumentRecord = {
  id: string;
  /** Normalised URL variants (visited without tracking parameters, canonical, og:url). */
  urls: string[];
  /** The best URL to open it again. */
  url: string;
  /** Host name without `www.`. */
  site: string;
  siteName?: string;
  title: string;
  byline?: string;
  /** ISO 8601 as published by the page. */
  publishedAt?: string;
  lang?: string;
  excerpt?: string;
  textHash?: string;
  /** A copy of the extracted article text (NFC); TextPosition selectors count into it. */
  text?: string;
  firstVisitedAt: number;
  lastVisitedAt: number;
  /** Derived search words (storage's `termsOf`). */
  terms: string[];
};

/** A user highlight, with its note and tags. */
export type AnnotationRecord = {
  id: string;
  documentId: string;
  selectors: Selector[];
  /** The same passage over `document.body` text. */
  bodySelectors?: Selector[];
  quote: string;
  /** Plain text, never markup. */
  note: string;
  tags: string[];
  colour: HighlightColour;
  entityKeys: string[];
  textHash?: string;
  createdAt: number;
  updatedAt: number;
  /** Absent until the page reported an anchoring (e.g. just imported). */
  anchorState?: AnchorState;
  anchorCheckedAt?: number;
  terms: string[];
};

/** Entity kinds tracked across documents (dates are not). */
export type TrackedEntityType = 'official' | 'person' | 'org';

/** A title an official was given. */
export type TitleSeen = { text: string; firstSeenAt: number; lastSeenAt: number; documentCount: number };

/** An official, person or organisation tracked across sites. */
export type EntityRecord = {
  key: string;
  type: TrackedEntityType;
  name: string;
  aliases: string[];
  titles: TitleSeen[];
  documentCount: number;
  mentionCount: number;
  firstSeenAt: number;
  lastSeenAt: number;
  trackedAt?: number;
};

/** Where an entity appears: one row per entity and document. */
export type MentionRecord = {
  entityKey: string;
  documentId: string;
  site: string;
  type: TrackedEntityType;
  name: string;
  count: number;
  titles: string[];
  firstPosition: number;
  context: string;
  seenAt: number;
};

/** Tag metadata. */
export type TagRecord = { name: string; colour?: string; count: number; createdAt: number };

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
