/**
 * Query parameters that only track the click, never select the content. Prefix rules cover families
 * (`utm_*`); `zarsrc` and `gidzl` are Zalo's, common on links shared to Vietnamese news.
 */
const TRACKING_PREFIXES = ['utm_', '_hs', 'mc_', 'oly_', 'pk_', 'mtm_'];
const TRACKING_NAMES = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'igsh',
  'mkt_tok',
  'vero_id',
  'vero_conv',
  '_ga',
  '_gl',
  'zarsrc',
  'gidzl',
  'ncid',
  'cmpid',
  's_cid',
  'spm',
]);

/** The longest URL kept; longer ones are refused rather than stored. */
export const MAX_URL_LENGTH = 4096;

/** Whether a query parameter name only tracks the click. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_NAMES.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

/**
 * Normalises an http(s) URL for matching the same article across visits: host lower-cased (and
 * punycode), default port, credentials and fragment dropped, tracking parameters removed, other
 * parameters kept in order.
 *
 * @param url absolute, or relative to `base`
 * @param base base URL for a relative `url`
 * @returns the normalised URL, or `null` when it is not a valid http(s) URL or is too long
 */
export function normaliseUrl(url: string, base?: string): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(url.trim()) : new URL(url.trim(), base);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  const kept = [...parsed.searchParams].filter(([name]) => !isTrackingParam(name));
  if (kept.length !== [...parsed.searchParams].length) {
    parsed.search = kept.length === 0 ? '' : new URLSearchParams(kept).toString();
  }
  const out = parsed.href.endsWith('?') ? parsed.href.slice(0, -1) : parsed.href;
  return out.length > MAX_URL_LENGTH ? null : out;
}
