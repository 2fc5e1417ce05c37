import { normaliseUrl } from './normalise-url';
import { isSameSite } from './site-of';

/** The URLs a page gives for itself. */
export type PageUrls = {
  /** The URL the browser shows. */
  visited: string;
  /** `<link rel="canonical">`, possibly relative. */
  canonical?: string | null;
  /** `og:url`, possibly relative. */
  ogUrl?: string | null;
};

/**
 * The normalised URL variants under which an article is stored and found again.
 *
 * A canonical or og:url on another site is dropped: both come from the page, and honouring them would let
 * any page claim another site's article and be shown the user's annotations on it.
 *
 * @returns distinct normalised URLs, best first: canonical, og:url, then the visited URL;
 *   invalid or non-http(s) entries are skipped (so the list may be empty)
 */
export function urlVariants({ visited, canonical, ogUrl }: PageUrls): string[] {
  const base = normaliseUrl(visited) ?? undefined;
  const out: string[] = [];
  for (const candidate of [canonical, ogUrl, visited]) {
    if (typeof candidate !== 'string' || candidate.trim() === '') continue;
    // A relative canonical needs a base; without a valid visited URL it is unusable.
    const n = normaliseUrl(candidate, base);
    if (n === null || out.includes(n)) continue;
    if (candidate !== visited && (base === undefined || !isSameSite(n, base))) continue;
    out.push(n);
  }
  return out;
}
