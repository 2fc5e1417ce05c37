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

/**
 * A text with ignorable characters removed, and where each remaining character came from: the kept
 * characters form runs, each copied whole from the raw text, so the map is stored per run.
 */
export type NormalizedText = {
  /** The text without ignorable characters. */
  text: string;
  /** Offset in `text` where each run starts, then `text.length`. */
  runStarts: Int32Array;
  /** Raw offset of each run's first character. */
  rawStarts: Int32Array;
  /** Length of the raw text. */
  rawLength: number;
};

const IGNORABLE_RUNS = /[\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]+/g;

/**
 * Remove ignorable characters from `raw`, keeping the offset map. One pass over the char codes into
 * preallocated typed arrays (a run needs at least one kept and one ignorable character, so there are at
 * most half as many runs as characters, plus one): this runs on every page's whole text.
 */
export function normalizeText(raw: string): NormalizedText {
  const capacity = (raw.length >> 1) + 2;
  const runStarts = new Int32Array(capacity);
  const rawStarts = new Int32Array(capacity);
  let kept = 0;
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c > 32 && c < 127) || !isIgnorableCode(c)) {
      if (!inRun) {
        inRun = true;
        runStarts[runs] = kept;
        rawStarts[runs++] = i;
      }
      kept++;
    } else inRun = false;
  }
  runStarts[runs] = kept;
  return {
    // The regex removes exactly what isIgnorableCode ignores (a test holds the two together).
    text: kept === raw.length ? raw : raw.replace(IGNORABLE_RUNS, ''),
    runStarts: runStarts.slice(0, runs + 1),
    rawStarts: rawStarts.slice(0, runs),
    rawLength: raw.length,
  };
}

/** Index of the last entry of `sorted` that is <= `value` (-1 when none). */
function lastAtOrBelow(sorted: Int32Array, value: number, length = sorted.length): number {
  let lo = 0;
  let hi = length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Raw offset of the normalised character at `offset` (the raw length for `offset` = text length). */
export function toRawOffset(norm: NormalizedText, offset: number): number {
  if (offset >= norm.text.length) return norm.rawLength;
  const run = lastAtOrBelow(norm.runStarts, offset, norm.rawStarts.length);
  return norm.rawStarts[run]! + (offset - norm.runStarts[run]!);
}

/** Strip ignorable characters without keeping a map (for quotes and context). */
export function stripIgnorable(raw: string): string {
  return raw.replace(IGNORABLE_RUNS, '');
}

/** Normalised offset of raw offset `raw`: how many kept characters lie before it. */
export function toNormalized(norm: NormalizedText, raw: number): number {
  const run = lastAtOrBelow(norm.rawStarts, raw);
  if (run < 0) return 0;
  const runLength = norm.runStarts[run + 1]! - norm.runStarts[run]!;
  return norm.runStarts[run]! + Math.min(raw - norm.rawStarts[run]!, runLength);
}

/**
 * Raw span of the normalised span [start, end): from the first kept character to just after the last one,
 * so surrounding whitespace is never included.
 */
export function toRawSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const rawStart = toRawOffset(norm, start);
  const rawEnd = end > start ? toRawOffset(norm, end - 1) + 1 : rawStart;
  return { start: rawStart, end: rawEnd };
}

/**
 * The normalised view of `raw.slice(from, to)`, cut out of the normalised view of `raw` instead of
 * scanning the characters again: equal to `normalizeText(raw.slice(from, to))`.
 */
export function sliceNormalized(norm: NormalizedText, from: number, to: number): NormalizedText {
  const start = toNormalized(norm, from);
  const end = Math.max(start, toNormalized(norm, to));
  const runStarts: number[] = [];
  const rawStarts: number[] = [];
  const runs = norm.rawStarts.length;
  // The first run that still has kept characters at or after `start`.
  let r = Math.max(0, lastAtOrBelow(norm.runStarts, start, runs));
  for (; start < end && r < runs && norm.runStarts[r]! < end; r++) {
    const runStart = norm.runStarts[r]!;
    if (norm.runStarts[r + 1]! <= start) continue;
    const skip = Math.max(0, start - runStart);
    runStarts.push(runStart + skip - start);
    rawStarts.push(norm.rawStarts[r]! + skip - from);
  }
  runStarts.push(end - start);
  return {
    text: norm.text.slice(start, end),
    runStarts: Int32Array.from(runStarts),
    rawStarts: Int32Array.from(rawStarts),
    rawLength: Math.max(0, to - from),
  };
}
