import { buildTextIndex, type TextIndex } from '@/src/core/anchoring/text-index';
import { detectArticle } from '@/src/core/article/detect-article';
import { type ExtractedArticle, extractArticle } from '@/src/core/article/extract-article';
import { recogniseArticle } from '@/src/core/article/recognise-article';
import type { Entity } from '@/src/core/entities/types';
import { findArticleRoot } from './find-article-root';
import { sliceTextIndex } from './slice-text-index';
import { throwIfAborted, yieldToMain } from './yield-to-main';

/** What one run of the page pipeline found. */
export type PageAnalysis =
  | { status: 'not-article'; reasons: string[] }
  | {
      status: 'article';
      article: ExtractedArticle;
      /** The live element holding the article (the body when it could not be narrowed). */
      root: Element;
      /** Text index of `root` in the live page: what annotation selectors and entity ranges refer to. */
      index: TextIndex;
      /** Text index of the whole body (kept so later steps need not walk the page again). */
      bodyIndex: TextIndex;
      entities: Entity[];
    };

/** Timings of each step in milliseconds (read by the benchmark). */
export type PipelineTimings = Partial<Record<'detect' | 'extract' | 'recognise' | 'index', number>>;

/**
 * Steps 1–3 of the page flow (DESIGN.md): detect, extract on a clone, recognise; then find the live article
 * element and index its text. Yields to the browser between steps so no task runs long; `signal` cancels.
 *
 * @param force analyse even when the page does not look like an article (the user asked).
 * @throws the signal's reason when aborted; never for a page Readability cannot read (that is 'not-article').
 */
export async function analysePage(
  doc: Document,
  options: { url: string; force?: boolean; signal: AbortSignal; timings?: PipelineTimings },
): Promise<PageAnalysis> {
  const { signal, timings = {} } = options;
  const time = <T>(step: keyof PipelineTimings, work: () => T): T => {
    const t0 = performance.now();
    try {
      return work();
    } finally {
      timings[step] = (timings[step] ?? 0) + performance.now() - t0;
    }
  };

  const detection = time('detect', () => detectArticle(doc));
  if (!detection.isArticle && !options.force) return { status: 'not-article', reasons: detection.reasons };
  await yieldToMain();
  throwIfAborted(signal);

  const article = time('extract', () => extractArticle(doc, { url: options.url }));
  if (!article || article.text.trim().length === 0) {
    return { status: 'not-article', reasons: [...detection.reasons, 'extraction-failed'] };
  }
  await yieldToMain();
  throwIfAborted(signal);

  const entities = time('recognise', () => recogniseArticle(article));
  await yieldToMain();
  throwIfAborted(signal);

  const { root, index, bodyIndex } = time('index', () => {
    const body = doc.body ?? doc.documentElement;
    const bodyIndex = buildTextIndex(body);
    const found = findArticleRoot(bodyIndex, article.paragraphs);
    return found
      ? { root: found, index: sliceTextIndex(bodyIndex, found), bodyIndex }
      : { root: body, index: bodyIndex, bodyIndex };
  });
  return { status: 'article', article, root, index, bodyIndex, entities };
}
