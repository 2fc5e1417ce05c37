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
 * Distances above `limit` are reported as `limit + 1`; only a band of `limit` cells either side of the
 * diagonal can stay within it, so the cost is O(pattern × limit) rather than O(pattern × maxLength).
 *
 * @returns an array whose entry n is the distance for the stretch of length n.
 */
export function anchoredDistances(
  text: string,
  pattern: string,
  from: number,
  dir: 1 | -1,
  maxLength: number,
  limit = Number.MAX_SAFE_INTEGER - 1,
): Int32Array {
  const n = Math.max(0, Math.min(maxLength, dir === 1 ? text.length - from : from));
  const m = pattern.length;
  const over = Math.min(limit + 1, 2 ** 30);
  let prev = new Int32Array(n + 1).fill(over);
  let row = new Int32Array(n + 1).fill(over);
  for (let j = 0; j <= Math.min(n, over - 1); j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(n, i + limit);
    row[lo - 1] = lo === 1 && i < over ? i : over;
    if (hi < n) row[hi + 1] = over;
    // Reading both strings away from `from`: backwards for a stretch that ends there.
    const pc = pattern.charCodeAt(dir === 1 ? i - 1 : m - i);
    let rowMin = row[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const tc = text.charCodeAt(dir === 1 ? from + j - 1 : from - j);
      const v = Math.min(prev[j - 1]! + (tc === pc ? 0 : 1), prev[j]! + 1, row[j - 1]! + 1, over);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    [prev, row] = [row, prev];
    if (rowMin >= over) return prev.fill(over);
  }
  // Cells left of the last row's band hold values of earlier rows: out of reach, like those right of it.
  prev.fill(over, 0, Math.max(0, Math.min(n + 1, m - limit)));
  if (m + limit + 1 <= n) prev.fill(over, m + limit + 1);
  return prev;
}

/**
 * For every boundary p in [lo, hi], the fewest edits turning `pattern` into text that starts at p (dir 1:
 * `text[p, f)` for the best f) or ends there (dir −1: `text[s, p)` for the best s). One semi-global dynamic
 * programme, read towards the boundaries, gives them all: O(pattern × (hi − lo + pattern)).
 *
 * @returns an array whose entry k is the cost at boundary lo + k.
 */
export function boundaryDistances(
  text: string,
  pattern: string,
  lo: number,
  hi: number,
  dir: 1 | -1,
): Int32Array {
  const m = pattern.length;
  const costs = new Int32Array(hi - lo + 1);
  if (m === 0) return costs;
  // The stretch the pattern may cover reaches past the boundaries, away from them; it is read towards them,
  // so that the alignment's free end (in reading order) is its far edge and its fixed end the boundary.
  const far = dir === 1 ? Math.min(text.length, hi + 2 * m) : Math.max(0, lo - 2 * m);
  const steps = dir === 1 ? far - lo : hi - far;
  let col = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  const record = (step: number) => {
    const p = dir === 1 ? far - step : far + step;
    if (p >= lo && p <= hi) costs[p - lo] = col[m]!;
  };
  record(0);
  for (let step = 1; step <= steps; step++) {
    const tc = text.charCodeAt(dir === 1 ? far - step : far + step - 1);
    next[0] = 0; // the alignment may start anywhere in reading order (its far edge is free)
    for (let i = 1; i <= m; i++) {
      const pc = pattern.charCodeAt(dir === 1 ? m - i : i - 1);
      next[i] = Math.min(col[i - 1]! + (pc === tc ? 0 : 1), col[i]! + 1, next[i - 1]! + 1);
    }
    [col, next] = [next, col];
    record(step);
  }
  return costs;
}
