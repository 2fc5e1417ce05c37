/**
 * Whitespace-insensitive view of a text, with a map back to the raw offsets.
 *
 * The live DOM, Readability's article text and a re-served page disagree on whitespace: indentation between
 * block elements, `<p>a</p><p>b</p>` giving "ab" in one and "a\nb" in another, non-breaking spaces, soft
 * hyphens, zero-width spaces. Matching is done on the text with all of those removed, so none of them can
 * break an anchor; offsets found there are mapped back to the raw text through {@link NormalizedText.toRaw}.
 */

/** Characters that carry no meaning for matching: whitespace (incl. NBSP), zero-width marks, soft hyphen. */
const IGNORABLE = /[\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]/;

/** A text with ignorable characters removed, and where each remaining character came from. */
export type NormalizedText = {
  /** The text without ignorable characters. */
  text: string;
  /** `toRaw[i]` is the raw offset of `text[i]`; `toRaw[text.length]` is the raw length. */
  toRaw: Int32Array;
};

/** Whether a single UTF-16 unit is ignored by matching. */
export function isIgnorable(ch: string): boolean {
  return IGNORABLE.test(ch);
}

/** Remove ignorable characters from `raw`, keeping the offset map. */
export function normalizeText(raw: string): NormalizedText {
  const toRaw = new Int32Array(raw.length + 1);
  let out = '';
  let n = 0;
  let runStart = -1; // start of the current run of kept characters, appended in one slice
  for (let i = 0; i < raw.length; i++) {
    if (IGNORABLE.test(raw[i]!)) {
      if (runStart >= 0) {
        out += raw.slice(runStart, i);
        runStart = -1;
      }
    } else {
      if (runStart < 0) runStart = i;
      toRaw[n++] = i;
    }
  }
  if (runStart >= 0) out += raw.slice(runStart);
  toRaw[n] = raw.length;
  return { text: out, toRaw: toRaw.subarray(0, n + 1) };
}

/** Strip ignorable characters without keeping a map (for quotes and context). */
export function stripIgnorable(raw: string): string {
  return raw.replace(/[\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]+/g, '');
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
