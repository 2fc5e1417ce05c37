import approxSearch from 'approx-string-match';

/**
 * Similarity in [0, 1] of `actual` to `expected`: 1 − (edit distance of the best match of `expected`
 * inside `actual`) / `expected.length`. An empty expectation cannot be contradicted and scores 1.
 *
 * Unrelated text of context length scores around 0.3–0.5 by chance (short words, shared letters), so
 * callers treat only scores well above that as evidence.
 */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  if (actual === expected) return 1;
  const matches = approxSearch(actual, expected, expected.length);
  let best = expected.length;
  for (const m of matches) if (m.errors < best) best = m.errors;
  return 1 - best / expected.length;
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
