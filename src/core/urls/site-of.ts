/**
 * The site of a URL: its host name, lower-cased, without a leading `www.`.
 *
 * @returns the site, or `''` when the URL cannot be parsed
 */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Whether two URLs belong to the same site: same host (ignoring `www.`), or one host a sub-domain of the
 * other (`m.vnexpress.net` and `vnexpress.net`). Used to refuse a page's claim that its canonical URL is
 * another site's article.
 */
export function isSameSite(a: string, b: string): boolean {
  const x = siteOf(a);
  const y = siteOf(b);
  if (x === '' || y === '') return false;
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}
