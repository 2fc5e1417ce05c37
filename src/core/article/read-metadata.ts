import { decodeEntities } from './decode-entities';
import { isSiteLabel, looksLikeUrl } from './is-site-label';
import { normalizeDate } from './normalize-date';
import { normalizeText } from './normalize-text';
import { authorNames, findArticleNode, type JsonLdNode, readJsonLd, stringProp } from './read-json-ld';

/** Article metadata read from the page's own declarations (JSON-LD, Open Graph, meta, `<time>`, links). */
export type PageMetadata = {
  title: string | null;
  /** A byline named as such (JSON-LD person, `article:author`, `dable:author`…). */
  byline: string | null;
  /** A byline from generic sources (`meta[name=author]`, microdata), to use when nothing better is found. */
  weakByline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  canonical: string | null;
  ogUrl: string | null;
  excerpt: string | null;
  /** Names and host names of the publication (a byline equal to one of them is no byline). */
  siteLabels: string[];
  /** Section and breadcrumb names the page declares (used to spot category lines inside the article). */
  sections: string[];
};

type MetaTags = Map<string, string>;

/**
 * Every `<meta>` content by lower-cased `property`, `name` and `itemprop` (first non-blank wins), read in one
 * pass: a querySelector per key costs a full document scan in non-native DOMs such as linkedom.
 */
function readMetaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const content = el.getAttribute('content');
    if (!content?.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function meta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

function clean(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = normalizeText(decodeEntities(value));
  return text || null;
}

function resolveUrl(href: string | null | undefined, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Primary language subtag, lower case: `vi-VN` → `vi`, `en_US` → `en`. */
function primaryLang(value: string | null | undefined): string | null {
  const tag = value
    ?.trim()
    .split(/[-_,;\s]/)[0]
    ?.toLowerCase();
  return tag && /^[a-z]{2,3}$/.test(tag) ? tag : null;
}

/** The first candidate that is a date; candidates are thunks so that DOM searches run only when needed. */
function firstDate(...candidates: (() => string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const c = candidate();
    const iso = normalizeDate(c ? decodeEntities(c) : c);
    if (iso) return iso;
  }
  return null;
}

function timeElement(doc: Document): string | null {
  const el =
    doc.querySelector(
      'time[itemprop="datePublished"], time[pubdate], [itemprop="datePublished"][datetime]',
    ) ??
    doc.querySelector('article time[datetime], main time[datetime]') ??
    doc.querySelector('time[datetime]');
  return el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? null;
}

/** Last resort: a visible date in an element the site names as the post's time (baodautu's `.post-time`). */
function datedElement(doc: Document): string | null {
  const el = doc.querySelector(
    '.post-time, .publish-date, .published-date, .pubdate, .article-date, .article__date, .date-publish, .time-post',
  );
  return el?.textContent ?? null;
}

function breadcrumbNames(nodes: JsonLdNode[]): string[] {
  const names: string[] = [];
  for (const node of nodes) {
    const items = node['itemListElement'];
    if (!Array.isArray(items)) continue;
    for (const raw of items.flat()) {
      if (typeof raw !== 'object' || raw === null) continue;
      const item = raw as JsonLdNode;
      const name = stringProp(item, 'name') ?? stringProp(item['item'] as JsonLdNode | undefined, 'name');
      if (name) names.push(name);
    }
  }
  return names;
}

/**
 * Reads what a page says about itself. Each field takes the first usable source, most specific first:
 * JSON-LD article node, then Open Graph / `article:*` meta, then generic meta, `<time>`, `<html lang>`.
 * Bylines that merely repeat the site or its domain are not bylines.
 *
 * @param doc the page (read only).
 * @param url the address the page was reached at, to resolve relative canonical links.
 */
export function readMetadata(doc: Document, url: string): PageMetadata {
  let nodes: JsonLdNode[] = [];
  try {
    nodes = readJsonLd(doc);
  } catch {
    nodes = [];
  }
  const tags = readMetaTags(doc);
  const ld = findArticleNode(nodes);
  const publisher = ld?.['publisher'] as JsonLdNode | undefined;

  const canonical = resolveUrl(doc.querySelector('link[rel="canonical" i]')?.getAttribute('href'), url);
  const ogUrl = resolveUrl(meta(tags, 'og:url'), url);
  const siteCandidates = [
    stringProp(publisher, 'name'),
    meta(tags, 'og:site_name'),
    meta(tags, 'application-name'),
  ]
    .map(clean)
    .filter((s): s is string => !!s);
  const siteName = siteCandidates.find((s) => !looksLikeUrl(s)) ?? null;
  const siteLabels = [...siteCandidates];
  for (const u of [url, canonical, ogUrl]) {
    try {
      if (u) siteLabels.push(new URL(u).hostname);
    } catch {
      // not a URL: nothing to learn from it
    }
  }
  const notSite = (s: string) => !isSiteLabel(s, siteLabels);
  const usable = (values: (string | null | undefined)[]) =>
    values
      .map(clean)
      .map((s) => s?.replace(/^(by|bởi|tác giả)\s*:?\s+/i, '') ?? null)
      .filter((s): s is string => !!s && s.length <= 120 && notSite(s));
  // Named authors first; `meta[name=author]` and microdata come last because sites fill them with their
  // own name or a desk, and Readability's byline search (rel=author, byline classes, dc:creator) beats them.
  const bylines = usable([
    authorNames(ld)
      .map(clean)
      .filter((s): s is string => !!s)
      .join(', '),
    ...['article:author', 'dable:author', 'parsely-author', 'sailthru.author', 'byl'].map((key) =>
      meta(tags, key)?.replace(/\s*;\s*/g, ', '),
    ),
  ]);
  const weakBylines = usable([
    meta(tags, 'author'),
    doc.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"]')?.textContent,
  ]);

  const sections = [
    ...breadcrumbNames(nodes),
    ...(meta(tags, 'article:section')?.split(',') ?? []),
    ...[stringProp(ld, 'articleSection')],
  ]
    .map(clean)
    .filter((s): s is string => !!s);

  return {
    title: clean(stringProp(ld, 'headline')) ?? clean(meta(tags, 'og:title', 'twitter:title')),
    byline: bylines[0] ?? null,
    weakByline: weakBylines[0] ?? null,
    siteName,
    publishedTime: firstDate(
      () => stringProp(ld, 'datePublished'),
      () =>
        meta(tags, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate'),
      () =>
        meta(tags, 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.created'),
      () => meta(tags, 'date'),
      () => timeElement(doc),
      () => stringProp(ld, 'dateCreated'),
      () => datedElement(doc),
    ),
    lang:
      primaryLang(doc.documentElement?.getAttribute('lang')) ??
      primaryLang(meta(tags, 'og:locale')) ??
      primaryLang(stringProp(ld, 'inLanguage')) ??
      primaryLang(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')),
    canonical,
    ogUrl,
    siteLabels,
    excerpt: clean(meta(tags, 'og:description', 'description', 'twitter:description')),
    sections,
  };
}
