/**
 * Search words (kept in the `search` table, see `search-records.ts`). Each word is kept lower-cased with its diacritics, and also
 * folded (diacritics removed, đ → d), so "định" finds only "Định" while "dinh" finds "Định", "Đình" and
 * "dinh": Vietnamese readers often type without diacritics.
 */

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Very long "words" (hashes, base64) are noise in the index. */
const MAX_WORD = 40;

/** Removes diacritics and maps đ/Đ to d; input lower-cased. */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

/** The words of a text, lower-cased NFC, in order, with repeats. */
export function wordsOf(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(WORD) ?? []).filter((w) => w.length <= MAX_WORD);
}

/**
 * Index terms of some texts: every distinct word, plus its folded form when different.
 *
 * @param texts texts to index together (quote and note; title and site name)
 */
export function termsOf(...texts: (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const w of wordsOf(text)) {
      out.add(w);
      out.add(fold(w));
    }
  }
  return [...out];
}

/**
 * The words of a search query: lower-cased NFC, diacritics kept (a query with diacritics is precise, one
 * without matches the folded terms).
 */
export function queryWords(query: string): string[] {
  return [...new Set(wordsOf(query))];
}

/** Whether every query word is a prefix of some term. */
export function matchesAll(terms: readonly string[], words: readonly string[]): boolean {
  return words.every((w) => terms.some((t) => t.startsWith(w)));
}

/**
 * The terms of an annotation: words of its quote, its note and its article's title (the library's
 * full-text search matches any of them).
 */
export function annotationTerms(quote: string, note: string, title: string | undefined): string[] {
  return termsOf(quote, note, title);
}

/**
 * The terms of some texts as one string, each term preceded by a space: "is `w` a prefix of a term" is
 * then `words.includes(' ' + w)`, one native substring search instead of a loop over an array, which
 * keeps a scan of 100,000 annotations within a few milliseconds. Query words hold no spaces.
 */
export function searchWords(...texts: (string | undefined)[]): string {
  const terms = termsOf(...texts);
  return terms.length === 0 ? '' : ` ${terms.join(' ')}`;
}
