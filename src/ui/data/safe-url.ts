/**
 * Returns `url` when it is an http(s) URL, else null: stored URLs come from pages and imports, and
 * a `javascript:` or `data:` link must never become clickable.
 */
export function safeHttpUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
