import { isProbablyReaderable } from '@mozilla/readability';
import { findArticleNode, readJsonLd, typesOf } from './read-json-ld';

/** What {@link detectArticle} concluded, with the signals that led there (for logs and the popup). */
export type ArticleDetection = { isArticle: boolean; reasons: string[] };

/**
 * Decides whether a page is an article worth analysing on its own (without the user asking).
 *
 * Signals: JSON-LD typed as an article (NewsArticle, ReportageNewsArticle…, `@graph` included), `og:type`
 * `article`, Readability's `isProbablyReaderable`, and the presence of `<article>`. Publishers' own
 * declarations are enough alone; so is Readability's verdict. `<article>` is only supporting evidence, since
 * home and section pages wrap every teaser in one.
 *
 * @param doc the page; read only, never modified.
 * @returns never throws: a failing check just contributes no reason.
 */
export function detectArticle(doc: Document): ArticleDetection {
  const reasons: string[] = [];
  let declared = false;
  let readerable = false;

  try {
    const node = findArticleNode(readJsonLd(doc));
    if (node) {
      declared = true;
      reasons.push(`json-ld:${typesOf(node).join(',')}`);
    }
  } catch {
    // A page can break anything; detection must not.
  }

  const ogType = doc
    .querySelector('meta[property="og:type" i]')
    ?.getAttribute('content')
    ?.trim()
    .toLowerCase();
  if (ogType === 'article' || ogType?.startsWith('article.')) {
    declared = true;
    reasons.push('og:type=article');
  }

  try {
    if (doc.body && isProbablyReaderable(doc)) {
      readerable = true;
      reasons.push('readerable');
    }
  } catch {
    // isProbablyReaderable walks the DOM; a hostile or odd DOM must not stop the page.
  }

  const articles = doc.querySelectorAll('article').length;
  if (articles === 1) reasons.push('<article>');
  else if (articles > 1) reasons.push(`<article>x${articles}`);

  return { isArticle: declared || readerable, reasons };
}
