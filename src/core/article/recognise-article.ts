import { recognise } from '../entities/recognise';
import type { Entity } from '../entities/types';
import type { ExtractedArticle } from './extract-article';

/**
 * Recognises the entities of an extracted article, as the content script and the command line both do.
 * The language is left to the recogniser, which decides it line by line (a page's `lang` attribute is
 * often wrong, and articles quote the other language); dates resolve against the article's own local
 * calendar date (`publishedTime` keeps the page's offset, so its first ten characters are that date).
 */
export function recogniseArticle(article: Pick<ExtractedArticle, 'text' | 'publishedTime'>): Entity[] {
  const referenceDate = article.publishedTime ? article.publishedTime.slice(0, 10) : undefined;
  return recognise(article.text, referenceDate ? { referenceDate } : {});
}
