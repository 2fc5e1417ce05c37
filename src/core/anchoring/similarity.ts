/**
 * Similarity in [0, 1] of `actual` to `expected`: 1 − (edit distance of the best match of `expected`
 * anywhere inside `actual`) / `expected.length`. An empty expectation cannot be contradicted and scores 1.
 *
 * Unrelated text of context length scores around 0.3–0.5 by chance (short words, shared letters), so
 * callers treat only scores well above that as evidence.
 */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual === expected) return 1;
  return 1 - substringDistance(actual, expected) / expected.length;
}

/**
 * Fewest edits turning `pattern` into some substring of `text` (semi-global alignment). A plain dynamic
 * programme: the strings here are context-sized (tens of characters), where it beats setting up a
 * bit-parallel search, and it allocates two small rows per call.
 */
export function substringDistance(text: string, pattern: string): number {
  const n = text.length;
  let prev = new Int32Array(n + 1); // row 0: a match may start anywhere in `text` for free
  let row = new Int32Array(n + 1);
  for (let i = 1; i <= pattern.length; i++) {
    row[0] = i;
    const pc = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const diagonal = prev[j - 1]! + (text.charCodeAt(j - 1) === pc ? 0 : 1);
      const up = prev[j]! + 1;
      const left = row[j - 1]! + 1;
      row[j] = Math.min(diagonal, up, left);
    }
    [prev, row] = [row, prev];
  }
  let best = pattern.length;
  for (let j = 0; j <= n; j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}

/** Length of the common ending of `a` and `b`. */
export function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Length of the common beginning of `a` and `b`. */
export function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Levenshtein distance of two strings, giving up (returning `limit + 1`) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // A quote edited in a few places shares long runs with the original: align only what differs.
  const head = commonPrefixLength(a, b);
  const tail = commonSuffixLength(a.slice(head), b.slice(head));
  if (head > 0 || tail > 0) {
    a = a.slice(head, a.length - tail);
    b = b.slice(head, b.length - tail);
  }
  if (a.length === 0 || b.length === 0) return Math.min(limit + 1, Math.max(a.length, b.length));
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

/**
 * Edit distances of `pattern` to every stretch of `text` that starts at `from` (dir 1: `text[from, from + n)`)
 * or ends there (dir −1: `text[from − n, from)`), for n = 0 … `maxLength` (clamped to the text).
 * One dynamic programme gives them all: where a fuzzy match's edge belongs is a choice among these lengths.
 *
 * @returns an array whose entry n is the distance for the stretch of length n.
 */
export function anchoredDistances(
  text: string,
  pattern: string,
  from: number,
  dir: 1 | -1,
  maxLength: number,
): Int32Array {
  const n = Math.max(0, Math.min(maxLength, dir === 1 ? text.length - from : from));
  const m = pattern.length;
  let prev = new Int32Array(n + 1);
  let row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    // Reading both strings away from `from`: backwards for a stretch that ends there.
    const pc = pattern.charCodeAt(dir === 1 ? i - 1 : m - i);
    for (let j = 1; j <= n; j++) {
      const tc = text.charCodeAt(dir === 1 ? from + j - 1 : from - j);
      const diagonal = prev[j - 1]! + (tc === pc ? 0 : 1);
      const up = prev[j]! + 1;
      const left = row[j - 1]! + 1;
      row[j] = Math.min(diagonal, up, left);
    }
    [prev, row] = [row, prev];
  }
  return prev;
}
