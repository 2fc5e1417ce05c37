// What the content script runs before recognising entities: detect, then extract on a clone.
// Bundled from the same source the content script is built from (src/core/article).
import { detectArticle } from '@/src/core/article/detect-article';
import { extractArticle } from '@/src/core/article/extract-article';

/** Detect + extract, as the content script does on a page it analyses. */
export function detectAndExtract(doc: Document, url: string) {
  const detection = detectArticle(doc);
  const article = extractArticle(doc, { url });
  return { detection, title: article?.title ?? null, length: article?.text.length ?? 0 };
}
