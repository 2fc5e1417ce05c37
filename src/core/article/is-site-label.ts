/** True for a domain or URL written where a name should be (`baodautu.vn`, `NLD.COM.VN`, `https://…`). */
export function looksLikeUrl(text: string): boolean {
  return /^https?:\/\/|^www\.|^[\w-]+(\.[\w-]+)+\/?$/i.test(text.trim());
}

const squash = (text: string) => text.toLowerCase().replace(/[\s.]+/g, '');

/**
 * True when a would-be byline only names the publication: a URL or domain, a site name, or a host's first
 * label ("VnExpress" on vnexpress.net). Many sites put their own name in `meta[name=author]`.
 * @param labels site names and host names the page declares.
 */
export function isSiteLabel(text: string, labels: string[]): boolean {
  if (looksLikeUrl(text)) return true;
  const k = squash(text);
  return labels.some((label) => {
    const l = squash(label);
    const host = label.toLowerCase().replace(/^www\./, '');
    return l === k || (host.includes('.') && squash(host.split('.')[0] ?? '') === k);
  });
}
