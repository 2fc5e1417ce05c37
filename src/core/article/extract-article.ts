import { Readability } from '@mozilla/readability';
import { cleanBlocks } from './clean-blocks';
import { collectBlocks } from './collect-blocks';
import { decodeEntities } from './decode-entities';
import { isSiteLabel } from './is-site-label';
import { markClone } from './mark-clone';
import { mergeCaptions } from './merge-captions';
import { normalizeDate } from './normalize-date';
import { normalizeText } from './normalize-text';
import { readMetadata } from './read-metadata';

/** An article pulled out of a page: its text (what entities and annotations are anchored to) and metadata. */
export type ExtractedArticle = {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601, with the page's own offset when it gave one. */
  publishedTime: string | null;
  /** Primary language subtag (`vi`, `en`), from `<html lang>`, `og:locale`, JSON-LD or Readability. */
  lang: string | null;
  /** The address the page was reached at (as given). */
  url: string;
  canonical: string | null;
  ogUrl: string | null;
  excerpt: string | null;
  /** NFC; paragraphs joined by "\n\n"; whitespace collapsed inside each paragraph; captions included. */
  text: string;
  paragraphs: string[];
  /** The figure captions included in `text`, in reading order. */
  captions: string[];
};

type ReadabilityResult = ReturnType<Readability<Node>['parse']>;

function runReadability(clone: Document): ReadabilityResult {
  try {
    return new Readability<Node>(clone, { serializer: (node) => node }).parse();
  } catch {
    return null;
  }
}

function cleanString(value: string | null | undefined): string | null {
  const text = value ? normalizeText(decodeEntities(value)) : '';
  return text || null;
}

/**
 * Readability's title, unless it is the page's declared headline plus a site suffix ("… | AP News"), in
 * which case the declared headline.
 */
function pickTitle(readable: string | null, declared: string | null): string | null {
  if (readable && declared && readable !== declared && readable.startsWith(declared)) {
    const rest = readable.slice(declared.length);
    if (/^\s*[|\-–—:»·/]\s*\S.{0,60}$/.test(rest)) return declared;
  }
  return readable ?? declared;
}

/**
 * Extracts the article of a page: Mozilla Readability on a clone (it rewrites the DOM it gets), plus the
 * captions it drops, the page's metadata (JSON-LD, Open Graph, `<time>`, canonical, language), and without
 * the category lines, datelines and signatures sites put inside the article.
 *
 * @param doc the page; never modified.
 * @param opts.url the address the page was reached at.
 * @returns the article, or null when there is none or the page breaks the extractor (never throws).
 */
export function extractArticle(doc: Document, opts: { url: string }): ExtractedArticle | null {
  try {
    return extract(doc, opts.url);
  } catch {
    return null;
  }
}

function extract(doc: Document, url: string): ExtractedArticle | null {
  const meta = readMetadata(doc, url);
  const clone = doc.cloneNode(true) as Document;
  const captions = markClone(clone);
  const result = runReadability(clone);
  const root = result?.content;
  if (!result || !root || root.nodeType !== 1) return null;

  const title = pickTitle(cleanString(result.title), meta.title) ?? cleanString(doc.title) ?? '';
  const notSite = (s: string | null) => (s && !isSiteLabel(s, meta.siteLabels) ? s : null);
  const readabilityByline = notSite(cleanString(result.byline));
  const merged = mergeCaptions(collectBlocks(root as Element), captions);
  const { blocks, signature } = cleanBlocks(merged, {
    title,
    byline: meta.byline ?? readabilityByline,
    sections: meta.sections,
  });
  if (blocks.length === 0) return null;

  const paragraphs = blocks.map((b) => b.text);
  const siteName = meta.siteName ?? cleanString(result.siteName);
  return {
    title,
    byline: meta.byline ?? signature ?? readabilityByline ?? meta.weakByline,
    siteName,
    publishedTime: meta.publishedTime ?? normalizeDate(result.publishedTime),
    lang: meta.lang ?? (result.lang ? (result.lang.split(/[-_]/)[0]?.toLowerCase() ?? null) : null),
    url,
    canonical: meta.canonical,
    ogUrl: meta.ogUrl,
    excerpt: meta.excerpt ?? cleanString(result.excerpt),
    text: paragraphs.join('\n\n'),
    paragraphs,
    captions: blocks.filter((b) => b.caption).map((b) => b.text),
  };
}
