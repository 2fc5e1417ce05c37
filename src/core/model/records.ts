/**
 * Record types for every table of the Margin database (see `../shared/docs/DESIGN.md`, data model).
 *
 * Conventions, kept by every repository:
 * - ids are `crypto.randomUUID()`;
 * - times the extension records (created, updated, visited, seen) are epoch milliseconds;
 *   the article's own publication date is kept as the page gave it, an ISO 8601 string (sortable);
 * - all text is NFC;
 * - `terms` fields are derived search words (see `termsOf`), never shown.
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
  /** A copy of the extracted article text (absent when the page was never analysed). */
  text?: string;
  firstVisitedAt: number;
  /** Indexed. */
  lastVisitedAt: number;
  /** Search words of the title (and site name); indexed `*terms`. */
  terms: string[];
};

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
  /** Search words of quote, note and the article's title (see `annotationTerms`); indexed `*terms`. */
  terms: string[];
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
