/**
 * Margin's one message protocol (@webext-core/messaging over `runtime.sendMessage` / `tabs.sendMessage`).
 *
 * Directions (who listens):
 * - **content → background** (`ContentToBackground`): the content script reports and asks about its page.
 *   Unprivileged: the page may have compromised it, so every payload is re-checked by
 *   `validateContentMessage` before use, and the background reads the page's URL from `sender.url`.
 * - **UI → background** (`UiToBackground`): popup, side panel, options. Destructive calls (tag rename,
 *   merge, delete, forget a site, settings, import) are accepted from extension pages only (a sender URL
 *   under `runtime.getURL('/')`, see `src/background/sender.ts`), and checked by `validateUiMessage`.
 *   The annotation edits of `ContentToBackground` are also open to the UI; from a content script they
 *   are limited to annotations of the sender's own page.
 * - **background → content** (`BackgroundToContent`): also sent by the popup straight to the tab with
 *   `sendMessage(type, data, tabId)`.
 *
 * Every reply is a {@link Reply}: `{ ok: true, value }` or `{ ok: false, error: { code, message } }`;
 * handlers never throw across the boundary. Payloads are plain JSON data (selectors, never DOM nodes).
 * Error codes: `invalid` (bad payload; the message names the field), `forbidden` (wrong sender or the
 * site is switched off), `not-found`, `storage` (database full or unavailable; nothing was saved),
 * `internal`. Size caps a content script must respect are in `limits.ts`.
 *
 * Usage:
 * ```ts
 * import { sendMessage } from '@/src/messaging/protocol';
 * const reply = await sendMessage('getPageState', { url: location.href, canonical, ogUrl });
 * if (reply.ok) paint(reply.value.annotations);
 * await sendMessage('scrollToAnnotation', { id }, tabId);   // popup / side panel → tab
 * ```
 * The reading side (popup, side panel) reads the database directly with Dexie `liveQuery`; writes go here.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { EntityType } from '@/src/core/entities/types';
import type { NewAnnotation } from '@/src/storage/annotation-repository';
import type { MentionInput } from '@/src/storage/entity-repository';
import type { ImportFormat, ImportResult } from '@/src/storage/library-transfer';
import type {
  AnchorState,
  AnnotationRecord,
  EntityRecord,
  HighlightColour,
  TagRecord,
} from '@/src/storage/records';
import type { Settings, SettingsPatch, SiteSettings } from '@/src/storage/settings';
import type { TagUndo } from '@/src/storage/tag-repository';

/** Why a call failed: bad input, not allowed, missing record, storage trouble, or a bug. */
export type ErrorCode = 'invalid' | 'forbidden' | 'not-found' | 'storage' | 'unavailable' | 'internal';

/** The reply of every message. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** Article metadata as extracted from the page (all strings NFC; the background re-normalises). */
export type ArticleInfo = {
  /** The URL the page was loaded at (the background prefers `sender.url`). */
  url: string;
  canonical?: string;
  ogUrl?: string;
  title: string;
  byline?: string;
  siteName?: string;
  /** ISO 8601, as found in the page. */
  publishedTime?: string;
  lang?: string;
  excerpt?: string;
  /** Hash of the extracted text, to notice edits between visits. */
  textHash?: string;
  /** The extracted article text (what selectors and mention positions refer to). */
  text?: string;
};

/** One entity of the page, summed over its mentions (what the entity repository records). */
export type EntityMentionInput = MentionInput;

/** How widely an entity is known outside the current document. */
export type EntityReach = { otherDocuments: number; otherSites: number; tracked: boolean };

/** Reply of `pageAnalysed`. */
export type PageAnalysedResult = {
  /** `null` when the article was not saved ("remember only annotated articles"). */
  documentId: string | null;
  /** For each entity key sent: how many OTHER saved documents and sites mention it. */
  entities: Record<string, EntityReach>;
};

/** The URLs a page gives for itself. */
export type PageRef = { url: string; canonical?: string; ogUrl?: string };

/** Reply of `getPageState`. */
export type PageState = {
  documentId: string | null;
  /** This document's annotations in reading order. */
  annotations: AnnotationRecord[];
  /** The document's current text hash, to tell annotations made on an older text. */
  textHash: string | null;
  site: SiteSettings;
  settings: Settings;
};

/** Payload of `createAnnotation`: the page (so highlighting works before or without analysis) and the passage. */
export type CreateAnnotationInput = Omit<NewAnnotation, 'documentId' | 'textHash'> & {
  page: Omit<ArticleInfo, 'text'>;
};

/** Payload of `updateAnnotation`: only the fields given change. */
export type UpdateAnnotationInput = {
  id: string;
  note?: string;
  tags?: string[];
  colour?: HighlightColour;
};

/** Result of deleting a tag, handed back to `restoreTag` to undo. */
/** Import: the kind of file and what importing it did. */
export type { ImportFormat, ImportResult, TagUndo };

/**
 * A committed import, as `importStatus` reports it: `checking` (parsing the file and planning the merge),
 * `writing` (`done` of `total` annotations written, in one transaction), then `done`, `failed` (the
 * file's problems or a storage error, worded for the reader; nothing was written) or `cancelled`.
 */
export type ImportJobStatus =
  | { stage: 'checking' }
  | { stage: 'writing'; done: number; total: number }
  | { stage: 'done'; result: ImportResult }
  | { stage: 'failed'; error: { code: ErrorCode; message: string } }
  | { stage: 'cancelled' };

/** What the content script knows about its page (`getTabArticle`, `analysePage`). */
export type TabArticleState = {
  status: 'article' | 'not-article' | 'disabled' | 'pending' | 'error';
  article?: Pick<ArticleInfo, 'url' | 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang'>;
  documentId?: string | null;
  /** Entities found, per kind. */
  counts: Record<EntityType, number>;
  annotationCount: number;
  message?: string;
};

/** content → background. */
export type ContentToBackground = {
  pageAnalysed(data: { article: ArticleInfo; mentions: EntityMentionInput[] }): Reply<PageAnalysedResult>;
  getPageState(data: PageRef): Reply<PageState>;
  createAnnotation(data: CreateAnnotationInput): Reply<AnnotationRecord>;
  updateAnnotation(data: UpdateAnnotationInput): Reply<AnnotationRecord>;
  /** Replies with the deleted record: pass it to `restoreAnnotation` to undo. */
  deleteAnnotation(data: { id: string }): Reply<AnnotationRecord>;
  restoreAnnotation(data: { annotation: AnnotationRecord }): Reply<AnnotationRecord>;
  /** Replies with the number of annotations updated. */
  setAnchorStates(data: { states: { id: string; state: AnchorState }[] }): Reply<number>;
  trackEntity(data: { key: string; tracked: boolean }): Reply<EntityRecord | null>;
  /** Tag names, most used first (for autocomplete). */
  getTagNames(): Reply<string[]>;
};

/** UI (extension pages) → background. */
export type UiToBackground = {
  updateSettings(data: SettingsPatch): Reply<Settings>;
  setSiteEnabled(data: { site: string; enabled: boolean }): Reply<SiteSettings>;
  renameTag(data: { from: string; to: string }): Reply<TagRecord>;
  mergeTags(data: { from: string[]; into: string }): Reply<TagRecord>;
  deleteTag(data: { name: string }): Reply<TagUndo>;
  restoreTag(data: TagUndo): Reply<TagRecord>;
  setTagColour(data: { name: string; colour: string | null }): Reply<TagRecord>;
  /**
   * Import, step 1 of 4: opens a transfer session for a file of `bytes` bytes, sent in parts of at most
   * `partChars` UTF-16 units (default and maximum `IMPORT_PART_CHARS`, 8 Mi; see import-limits.ts).
   * Replaces any earlier session that was never committed; `unavailable` while another import is being
   * checked or written.
   */
  importBegin(data: { bytes: number; partChars?: number }): Reply<{ session: string; partChars: number }>;
  /**
   * Step 2: part `index` (0, 1, 2… in order) of the file's text. An unknown, replaced or idle (60 s)
   * session gives `not-found`; a part out of order, over `partChars`, or past the file's size, `invalid`
   * (and the session is dropped). Replies with the UTF-16 units received so far.
   */
  importPart(data: { session: string; index: number; text: string }): Reply<{ chars: number }>;
  /**
   * Step 3: every part is sent (`parts` of them, `chars` units in all, checked). Replies at once with a
   * job id; the background then parses, plans and writes in one transaction (all or nothing).
   */
  importCommit(data: {
    session: string;
    parts: number;
    chars: number;
    format: ImportFormat;
  }): Reply<{ job: string }>;
  /**
   * Step 4, repeated (every half second or so, which also keeps the service worker awake): the job's
   * stage. `not-found` means the background no longer knows the job (it was restarted, so the
   * transaction was abandoned and nothing was written).
   */
  importStatus(data: { job: string }): Reply<ImportJobStatus>;
  /**
   * The import a side panel that opens should show (follow it with `importStatus`): one still being
   * checked or written, or one that ended without any panel reading its end (its panel was closed).
   * `null` when there is none.
   */
  importLatest(): Reply<{ job: string; status: ImportJobStatus } | null>;
  /**
   * Cancels a session (its text is dropped) or a job that has not begun writing; `cancelled: false` when
   * the job is already writing (it then finishes) or over.
   */
  importCancel(data: { session?: string; job?: string }): Reply<{ cancelled: boolean }>;
  /** Deletes a site's documents and mentions; its annotations (and their documents) only if asked. */
  forgetSite(data: {
    site: string;
    includeAnnotations: boolean;
  }): Reply<{ documents: number; annotations: number }>;
};

/** background (or popup) → content script of a tab. */
export type BackgroundToContent = {
  getTabArticle(): Reply<TabArticleState>;
  scrollToAnnotation(data: { id: string }): Reply<boolean>;
  /** Run the pipeline now; `force` analyses a page not detected as an article. */
  analysePage(data: { force: boolean }): Reply<TabArticleState>;
  settingsChanged(data: { settings: Settings; site: SiteSettings }): Reply<null>;
  /** Save the current selection as a highlight (context menu, keyboard command). */
  highlightSelection(data: { colour?: HighlightColour }): Reply<AnnotationRecord | null>;
};

/** Every message. */
export type ProtocolMap = ContentToBackground & UiToBackground & BackgroundToContent;

/** The messenger: `sendMessage(type, data, tabId?)`, `onMessage(type, handler)`. */
export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
