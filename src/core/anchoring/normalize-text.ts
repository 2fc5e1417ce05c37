/**
 * Whitespace-insensitive view of a text, with a map back to the raw offsets.
 *
 * The live DOM, Readability's article text and a re-served page disagree on whitespace: indentation between
 * block elements, `<p>a</p><p>b</p>` giving "ab" in one and "a\nb" in another, non-breaking spaces, soft
 * hyphens, zero-width spaces. Matching is done on the text with all of those removed, so none of them can
 * break an anchor; offsets found there are mapped back to the raw text through {@link NormalizedText.toRaw}.
 */

/**
 * Whether a UTF-16 code unit carries no meaning for matching: whitespace as JavaScript's `\s` defines it
 * (NBSP included), zero-width marks, soft hyphen and the BOM. A code test, not a regex: this runs once per
 * character of every page.
 */
export function isIgnorableCode(c: number): boolean {
  if (c > 32 && c < 127) return false;
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0xad ||
    c === 0x1680 ||
    c === 0x180e ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A text with ignorable characters removed, and where each remaining character came from. */
export type NormalizedText = {
  /** The text without ignorable characters. */
  text: string;
  /** `toRaw[i]` is the raw offset of `text[i]`; `toRaw[text.length]` is the raw length. */
  toRaw: Int32Array;
};

/** Runs of meaningful characters: the complement of {@link isIgnorableCode}'s set. */
const KEPT_RUNS = /[^\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]+/g;
const IGNORABLE_RUNS = /[\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]+/g;

/** Remove ignorable characters from `raw`, keeping the offset map. */
export function normalizeText(raw: string): NormalizedText {
  const toRaw = new Int32Array(raw.length + 1);
  const runs: string[] = [];
  let n = 0;
  // The native regex finds the runs; only the offset map is filled character by character.
  KEPT_RUNS.lastIndex = 0;
  for (let m = KEPT_RUNS.exec(raw); m; m = KEPT_RUNS.exec(raw)) {
    const run = m[0];
    for (let i = 0, at = m.index; i < run.length; i++) toRaw[n++] = at + i;
    runs.push(run);
  }
  toRaw[n] = raw.length;
  return { text: runs.join(''), toRaw: toRaw.subarray(0, n + 1) };
}

/** Strip ignorable characters without keeping a map (for quotes and context). */
export function stripIgnorable(raw: string): string {
  return raw.replace(IGNORABLE_RUNS, '');
}

/** Normalised offset of raw offset `raw`: how many kept characters lie before it. */
export function toNormalized(norm: NormalizedText, raw: number): number {
  const { toRaw } = norm;
  let lo = 0;
  let hi = toRaw.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (toRaw[mid]! < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Raw span of the normalised span [start, end): from the first kept character to just after the last one,
 * so surrounding whitespace is never included.
 */
export function toRawSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const rawStart = norm.toRaw[start]!;
  const rawEnd = end > start ? norm.toRaw[end - 1]! + 1 : rawStart;
  return { start: rawStart, end: rawEnd };
}
