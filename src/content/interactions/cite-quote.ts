import type { ArticleInfo } from '@/src/messaging/protocol';

/**
 * "Copy with citation" text for a quote: the quote in typographic quotes, then author, title, site, date
 * and the page URL — the same shape as the side panel's APA-like default.
 */
export function citeQuote(quote: string, article: Omit<ArticleInfo, 'text'>, now: Date): string {
  const parts = [article.byline, article.title, article.siteName, article.publishedTime?.slice(0, 10)].filter(
    (p): p is string => !!p && p.trim().length > 0,
  );
  const accessed = now.toISOString().slice(0, 10);
  const url = article.canonical ?? article.url;
  return `“${quote.replace(/\s+/g, ' ').trim()}”\n— ${parts.join('. ')}. ${url} (accessed ${accessed})`;
}
