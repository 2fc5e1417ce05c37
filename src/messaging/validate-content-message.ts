/**
 * Runtime validators for every message a content script may send (see `protocol.ts`): a content script
 * runs beside the page and is unprivileged, so its payloads are checked field by field, strings capped,
 * numbers finite, URLs parsed, and unknown fields dropped.
 */
import type { EntityType } from '@/src/core/entities/types';
import { type AnnotationRecord, type AnnotationSelector, HIGHLIGHT_COLOURS } from '@/src/storage/records';
import {
  array,
  boolean,
  httpUrl,
  InvalidInput,
  nonEmpty,
  number,
  object,
  oneOf,
  optionalString,
  string,
} from './check';
import { LIMITS as L } from './limits';
import type {
  ArticleInfo,
  ContentToBackground,
  CreateAnnotationInput,
  EntityMentionInput,
  PageRef,
  Reply,
  UpdateAnnotationInput,
} from './protocol';
import { fail, ok } from './reply';

const KINDS: readonly EntityType[] = ['official', 'person', 'org', 'date'];
const ANCHOR_STATES = ['anchored', 'fuzzy', 'orphan'] as const;

function selector(v: unknown, field: string): AnnotationSelector {
  const o = object(v, field);
  if (o.type === 'TextQuoteSelector') {
    const exact = string(o.exact, `${field}.exact`, L.quote);
    if (exact === '') throw new InvalidInput(`${field}.exact must not be empty`);
    const prefix = string(o.prefix ?? '', `${field}.prefix`, L.prefixSuffix);
    const suffix = string(o.suffix ?? '', `${field}.suffix`, L.prefixSuffix);
    return { type: 'TextQuoteSelector', exact, prefix, suffix };
  }
  if (o.type === 'TextPositionSelector') {
    const start = number(o.start, `${field}.start`);
    const end = number(o.end, `${field}.end`);
    if (end < start) throw new InvalidInput(`${field}.end is before start`);
    return { type: 'TextPositionSelector', start, end };
  }
  throw new InvalidInput(`${field}.type is not a known selector`);
}

function selectors(v: unknown, field: string): AnnotationSelector[] {
  const list = array(v, field, L.selectors, selector);
  if (list.length === 0) throw new InvalidInput(`${field} must not be empty`);
  return list;
}

function tagName(v: unknown, field: string): string {
  return nonEmpty(v, field, L.tagName).replace(/\s+/g, ' ');
}

function tags(v: unknown, field: string): string[] {
  return [...new Set(array(v, field, L.tagsPerAnnotation, tagName))];
}

function id(v: unknown, field: string): string {
  return nonEmpty(v, field, L.id);
}

/** Checks article metadata; `withText` allows the (large) extracted text. */
export function checkArticle(v: unknown, field: string, withText: boolean): ArticleInfo {
  const o = object(v, field);
  const text = withText ? optionalString(o.text, `${field}.text`, L.text) : undefined;
  const out: ArticleInfo = {
    url: httpUrl(o.url, `${field}.url`, L.url),
    title: string(o.title ?? '', `${field}.title`, L.title, { trim: true }),
  };
  const opt = {
    canonical: optionalString(o.canonical, `${field}.canonical`, L.url),
    ogUrl: optionalString(o.ogUrl, `${field}.ogUrl`, L.url),
    byline: optionalString(o.byline, `${field}.byline`, L.byline),
    siteName: optionalString(o.siteName, `${field}.siteName`, L.siteName),
    publishedTime: optionalString(o.publishedTime, `${field}.publishedTime`, L.publishedTime),
    lang: optionalString(o.lang, `${field}.lang`, L.lang),
    excerpt: optionalString(o.excerpt, `${field}.excerpt`, L.excerpt),
    textHash: optionalString(o.textHash, `${field}.textHash`, L.textHash),
    text,
  };
  for (const [k, val] of Object.entries(opt))
    if (val !== undefined) (out as Record<string, unknown>)[k] = val;
  return out;
}

function mention(v: unknown, field: string): EntityMentionInput {
  const o = object(v, field);
  return {
    kind: oneOf(o.kind, `${field}.kind`, KINDS),
    key: nonEmpty(o.key, `${field}.key`, L.entityKey),
    name: nonEmpty(o.name, `${field}.name`, L.entityName),
    titles: [
      ...new Set(
        array(o.titles ?? [], `${field}.titles`, L.titlesPerEntity, (t, f) => nonEmpty(t, f, L.entityTitle)),
      ),
    ],
    count: number(o.count, `${field}.count`, { min: 1, max: 1_000_000 }),
    firstPosition: number(o.firstPosition, `${field}.firstPosition`, { max: L.text }),
    context: string(o.context ?? '', `${field}.context`, L.context, { trim: true }),
  };
}

function pageRef(v: unknown): PageRef {
  const o = object(v, 'page');
  const out: PageRef = { url: httpUrl(o.url, 'url', L.url) };
  const canonical = optionalString(o.canonical, 'canonical', L.url);
  const ogUrl = optionalString(o.ogUrl, 'ogUrl', L.url);
  if (canonical !== undefined) out.canonical = canonical;
  if (ogUrl !== undefined) out.ogUrl = ogUrl;
  return out;
}

function createInput(v: unknown): CreateAnnotationInput {
  const o = object(v, 'annotation');
  const out: CreateAnnotationInput = {
    page: checkArticle(o.page, 'page', false),
    selectors: selectors(o.selectors, 'selectors'),
    quote: nonEmpty(o.quote, 'quote', L.quote),
    note: o.note === undefined ? '' : string(o.note, 'note', L.note),
    tags: o.tags === undefined ? [] : tags(o.tags, 'tags'),
    entityKeys:
      o.entityKeys === undefined
        ? []
        : [
            ...new Set(
              array(o.entityKeys, 'entityKeys', L.entityKeysPerAnnotation, (k, f) =>
                nonEmpty(k, f, L.entityKey),
              ),
            ),
          ],
  };
  if (o.bodySelectors !== undefined) out.bodySelectors = selectors(o.bodySelectors, 'bodySelectors');
  if (o.colour !== undefined) out.colour = oneOf(o.colour, 'colour', HIGHLIGHT_COLOURS);
  return out;
}

function updateInput(v: unknown): UpdateAnnotationInput {
  const o = object(v, 'update');
  const out: UpdateAnnotationInput = { id: id(o.id, 'id') };
  if (o.note !== undefined) out.note = string(o.note, 'note', L.note);
  if (o.tags !== undefined) out.tags = tags(o.tags, 'tags');
  if (o.colour !== undefined) out.colour = oneOf(o.colour, 'colour', HIGHLIGHT_COLOURS);
  return out;
}

/** Checks a deleted record handed back for undo; `terms` are re-derived by the repository, so dropped. */
export function checkAnnotationRecord(v: unknown): AnnotationRecord {
  const o = object(v, 'annotation');
  const rec: AnnotationRecord = {
    id: id(o.id, 'id'),
    documentId: id(o.documentId, 'documentId'),
    selectors: selectors(o.selectors, 'selectors'),
    quote: nonEmpty(o.quote, 'quote', L.quote),
    note: string(o.note ?? '', 'note', L.note),
    tags: tags(o.tags ?? [], 'tags'),
    colour: oneOf(o.colour, 'colour', HIGHLIGHT_COLOURS),
    entityKeys: array(o.entityKeys ?? [], 'entityKeys', L.entityKeysPerAnnotation, (k, f) =>
      nonEmpty(k, f, L.entityKey),
    ),
    createdAt: number(o.createdAt, 'createdAt'),
    updatedAt: number(o.updatedAt, 'updatedAt'),
    terms: [],
  };
  if (o.bodySelectors !== undefined) rec.bodySelectors = selectors(o.bodySelectors, 'bodySelectors');
  const textHash = optionalString(o.textHash, 'textHash', L.textHash);
  if (textHash !== undefined) rec.textHash = textHash;
  if (o.anchorState !== undefined) rec.anchorState = oneOf(o.anchorState, 'anchorState', ANCHOR_STATES);
  if (o.anchorCheckedAt !== undefined) rec.anchorCheckedAt = number(o.anchorCheckedAt, 'anchorCheckedAt');
  return rec;
}

type Data<K extends keyof ContentToBackground> = Parameters<ContentToBackground[K]>[0];

/** One validator per content → background message: returns the cleaned payload or throws InvalidInput. */
export const contentValidators: { [K in keyof ContentToBackground]: (data: unknown) => Data<K> } = {
  pageAnalysed: (v) => {
    const o = object(v, 'payload');
    return {
      article: checkArticle(o.article, 'article', true),
      mentions: array(o.mentions ?? [], 'mentions', L.mentions, mention),
    };
  },
  getPageState: pageRef,
  createAnnotation: createInput,
  updateAnnotation: updateInput,
  deleteAnnotation: (v) => ({ id: id(object(v, 'payload').id, 'id') }),
  restoreAnnotation: (v) => ({ annotation: checkAnnotationRecord(object(v, 'payload').annotation) }),
  setAnchorStates: (v) => ({
    states: array(object(v, 'payload').states, 'states', L.anchorStates, (s, f) => {
      const o = object(s, f);
      return { id: id(o.id, `${f}.id`), state: oneOf(o.state, `${f}.state`, ANCHOR_STATES) };
    }),
  }),
  trackEntity: (v) => {
    const o = object(v, 'payload');
    return { key: nonEmpty(o.key, 'key', L.entityKey), tracked: boolean(o.tracked, 'tracked') };
  },
  getTagNames: () => undefined as Data<'getTagNames'>,
};

/**
 * Validates a content → background payload.
 *
 * @returns `{ ok: true, value }` with the cleaned payload, or an `invalid` reply naming the bad field
 */
export function validateContentMessage<K extends keyof ContentToBackground>(
  type: K,
  data: unknown,
): Reply<Data<K>> {
  try {
    return ok(contentValidators[type](data) as Data<K>);
  } catch (e) {
    if (e instanceof InvalidInput) return fail('invalid', e.message);
    throw e;
  }
}
