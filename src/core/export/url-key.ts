import { isTrackingParam } from '@/src/core/urls/normalise-url';

/**
 * A comparison key for a URL variant, so documents reached by different URLs of one article match on import:
 * scheme and `www.` ignored, host lower-cased, fragment and tracking parameters dropped, trailing slash and
 * remaining parameters kept in a stable order. Returns the trimmed input when it is not an absolute URL.
 */
export function urlKey(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...parsed.searchParams]
    .filter(([k]) => !isTrackingParam(k))
    .sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = parsed.pathname.replace(/\/+$/, '') || '/';
  const port = parsed.port ? `:${parsed.port}` : '';
  return `${host}${port}${path}${query}`;
}
