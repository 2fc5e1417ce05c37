/**
 * Record types for every table of the Margin database (see `../shared/docs/DESIGN.md`, data model).
 *
 * Conventions, kept by every repository:
 * - ids are `crypto.randomUUID()`;
 * - times the extension records (created, updated, visited, seen) are epoch milliseconds;
 *   the article's own publication date is kept as the page gave it, an ISO 8601 string (sortable);
 * - all text is NFC;
 * - search words are derived data, kept apart in `search` (one {@link SearchRecord} per document), never
 *   in the records themselves from schema version 2 on.
 */

import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';
import type { EntityType } from '../entities/types';

export type { TextPositionSelector, TextQuoteSelector };

/** Any selector Margin stores. */
export type AnnotationSelector = TextQuoteSelector | TextPositionSelector;

/** How an annotation was last found in its page: exactly, approximately, or not at all. */
export type AnchorState = 'anchored' | 'fuzzy' | 'orphan';

/** The highlight colours the toolbar offers. */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
/** One of {@link HIGHLIGHT_COLOURS}. */
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** `documents`: one article, whatever URL it was reached by. */
export type DocumentRecord = {
  id: string;
  /** Normalised URL variants (visited without tracking parameters, canonical, og:url); indexed `*urls`. */
  urls: string[];
  /** The best URL to open it again: canonical when known, else the visited URL. */
  url: string;
  /** Host name, lower-cased, without `www.` (see `siteOf`); indexed. */
  site: string;
  /** The site's own name (og:site_name), when given. */
  siteName?: string;
  title: string;
  byline?: string;
  /** ISO 8601 as published by the page; indexed. */
  publishedAt?: string;
  lang?: string;
  excerpt?: string;
  /** Hash of the extracted article text, to tell when the article changed. */
  textHash?: string;
  /**
   * A copy of the extracted article text (absent when the page was never analysed), as a backup and
   * the export formats carry it. Since schema version 3 the database keeps it apart, in `texts` (see
   * `ArticleTextRecord`), never on the stored document.
   */
  text?: string;
  firstVisitedAt: number;
  /** Indexed. */
  lastVisitedAt: number;
  /**
   * Schema version 1 only: search words of the title, then indexed `*terms`. Version 2 dropped them
   * (see `schema/v2.ts`); backups from version 1 still carry them, and imports drop them.
   */
  terms?: string[];
};

/**
 * A document as the database stores it since schema version 3: never with its text (that is in `texts`),
 * so the compiler refuses a {@link DocumentRecord} that may carry one; `splitTexts` makes one.
 */
export type StoredDocument = Omit<DocumentRecord, 'text'> & { text?: undefined };

/**
 * `texts` (schema version 3): the copy of an article's extracted text, keyed by its document. Kept out of
 * `documents` because every list of rows reads its documents whole, and a text is 5–50 kB.
 */
export type ArticleTextRecord = { documentId: string; text: string };

/** `annotations`: a user highlight with its note and tags. */
export type AnnotationRecord = {
  id: string;
  /** Indexed. */
  documentId: string;
  /** Selectors over the extracted article text: a TextQuote and a TextPosition. */
  selectors: AnnotationSelector[];
  /** The same passage described over `document.body` text, for pages whose article root moves. */
  bodySelectors?: AnnotationSelector[];
  /** The quoted text (NFC). */
  quote: string;
  /** The user's note, plain text (never rendered as markup). */
  note: string;
  /** Tag names; indexed `*tags`. */
  tags: string[];
  colour: HighlightColour;
  /** Keys of the entities the quote mentions; indexed `*entityKeys` (library filter by entity). */
  entityKeys: string[];
  /** The article's text hash when the annotation was made: differs from the document's when the text changed. */
  textHash?: string;
  /** Indexed. */
  createdAt: number;
  /** Indexed. */
  updatedAt: number;
  /** Result of the last re-anchoring; absent until the page reported it. */
  anchorState?: AnchorState;
  anchorCheckedAt?: number;
  /**
   * Schema version 1 only: search words of quote, note and title, then indexed `*terms` (~38 index
   * entries per annotation). Version 2 keeps them in `search` instead; imports drop them.
   */
  terms?: string[];
};

/** One annotation as the library's in-memory index needs it: its filters, sort keys and search words. */
export type SearchEntry = {
  id: string;
  createdAt: number;
  updatedAt: number;
  colour: HighlightColour;
  tags: string[];
  entityKeys: string[];
  /** Search words of quote and note (see `searchWords`): each preceded by a space, so `' ' + prefix` finds it. */
  words: string;
};

/**
 * `search`: the derived search data of one document's annotations, keyed by `documentId`. One record
 * per document (not per annotation) because Chromium's IndexedDB costs ~170 µs per record written or
 * read whatever its size, and its entries stored as columns of strings and numbers rather than an
 * object each, because reading 100,000 small objects back costs 3–4× more than the same data in
 * columns (both measured at 100,000 annotations). See `search-records.ts` for the encoding. Written by
 * the repositories in the same transaction as the annotations they describe; never exported.
 */
export type SearchRecord = {
  documentId: string;
  /** Increases on every write (indexed), so a reader refreshes only what changed since it last looked. */
  rev: number;
  site: string;
  /** Search words of the article's title, in the form of {@link SearchEntry.words}. */
  titleWords: string;
  /** JSON of the entries' `[ids, colours, tags, entityKeys]` (any text is safe in JSON). */
  fields: string;
  createdAt: number[];
  updatedAt: number[];
  /** The entries' `words`, joined by newlines (words hold only letters, digits and apostrophes). */
  words: string;
};

/** One title (office) an official was given, with when it was seen. */
export type TitleSeen = {
  text: string;
  /** Seen times: the article's publication time when known, else the visit time (epoch ms). */
  firstSeenAt: number;
  lastSeenAt: number;
  /** Number of documents that gave this title. */
  documentCount: number;
};

/** Entity kinds tracked across documents (dates are not). */
export type TrackedEntityType = Exclude<EntityType, 'date'>;

/** `entities`: an official, person or organisation tracked across sites. */
export type EntityRecord = {
  /** The recogniser's canonical key. */
  key: string;
  /** Indexed. An entity once seen as an official stays one. */
  type: TrackedEntityType;
  /** Canonical (display) name: the longest name seen. */
  name: string;
  /** Every surface name seen; indexed `*aliases`. */
  aliases: string[];
  titles: TitleSeen[];
  /** Documents that mention it. */
  documentCount: number;
  /** Mentions summed over documents. */
  mentionCount: number;
  firstSeenAt: number;
  /** Indexed. */
  lastSeenAt: number;
  /** Set when the user chose "Track"; indexed. */
  trackedAt?: number;
};

/** `mentions`: where an entity appears; key `[entityKey+documentId]`. */
export type MentionRecord = {
  entityKey: string;
  documentId: string;
  /** The document's site, copied here so "mentioned on N sites" needs no join. */
  site: string;
  type: TrackedEntityType;
  /** The name as written in this document. */
  name: string;
  count: number;
  /** Titles given in this document. */
  titles: string[];
  /** UTF-16 offset of the first mention in the article text. */
  firstPosition: number;
  /** A short passage around the first mention. */
  context: string;
  /** When seen (see {@link TitleSeen.firstSeenAt}). */
  seenAt: number;
};

/** `tags`: tag metadata. */
export type TagRecord = {
  name: string;
  colour?: string;
  /** Annotations carrying the tag, kept by the annotation and tag repositories. */
  count: number;
  createdAt: number;
};

/** `settings`: one key/value pair; see `settings-repository.ts` for the typed view. */
export type SettingRecord = {
  key: string;
  value: unknown;
};
