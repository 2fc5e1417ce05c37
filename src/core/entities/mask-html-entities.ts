// A character reference left in page text: "&nbsp;", "&amp;", "&#8230;", "&#x2013;".
const REFERENCE = /&(?:[a-zA-Z][a-zA-Z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/g;
const SPACES = new Set(['&nbsp;', '&ensp;', '&emsp;', '&thinsp;', '&#160;', '&#xa0;', '&#xA0;', '&#32;']);

/**
 * Replaces stray HTML character references with blanks of the same length, so that "Bí thư&nbsp;Tỉnh
 * ủy" reads as words separated by spaces while every offset still indexes the text as given. Other
 * references become a space-padded "&" (a neutral separator).
 */
export function maskHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (ref) =>
    SPACES.has(ref) ? ' '.repeat(ref.length) : `&${' '.repeat(ref.length - 1)}`,
  );
}
