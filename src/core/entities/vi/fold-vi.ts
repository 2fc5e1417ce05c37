/**
 * Old-style tone placement ("hoà", "thuỷ") → the style used in lexicons and keys ("hòa", "thủy"). Only
 * open syllables differ between the two styles, so only a word-final pair is moved.
 */
const OLD_TONE: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};

/**
 * Folds one Vietnamese word for lexicon lookup and keys: lower case, NFC, new-style tone placement.
 * Diacritics are kept, since they tell names and words apart.
 */
export function foldWord(word: string): string {
  return foldLower(word.toLowerCase());
}

// Last letters that can carry a misplaced tone (à á ả ã ạ è é ẻ ẽ ẹ ỳ ý ỷ ỹ ỵ): a cheap test first.
const TONED_LAST = new Set([...'àáảãạèéẻẽẹỳýỷỹỵ'].map((c) => c.charCodeAt(0)));

/** {@link foldWord} for a word already in lower case. */
export function foldLower(low: string): string {
  const n = low.length;
  if (n < 2 || !TONED_LAST.has(low.charCodeAt(n - 1))) return low;
  const tail = low.slice(n - 2);
  const moved = OLD_TONE[tail];
  // "quý", "quỳ": after q the u is part of the consonant, so the tone is already on the last vowel.
  if (moved === undefined || (n > 2 && low[n - 3] === 'q')) return low;
  return low.slice(0, n - 2) + moved;
}

/** Folds a phrase word by word (see {@link foldWord}) and collapses whitespace. */
export function foldPhrase(phrase: string): string {
  return phrase.normalize('NFC').split(/\s+/).filter(Boolean).map(foldWord).join(' ');
}
