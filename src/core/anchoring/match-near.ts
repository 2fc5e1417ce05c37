import type { QuoteMatch } from './match-quote.ts';
import { type Candidate, type QuoteQuery, scoreCandidate } from './score-candidate.ts';
import { bestInWindow, NEAR_PASS } from './search-window.ts';
import { editDistance } from './similarity.ts';

/** Characters of the context's inner edge that locate an edited quote between its prefix and suffix. */
const EDGE = 10;
/** Half-width of the window around the hint searched before the whole text. */
const NEAR_RADIUS = 256;

/**
 * The common edit: the quote changed in place, its context intact. The prefix's last characters and the
 * suffix's first ones are found (exactly) in the window, a quote's length apart, and what lies between is
 * within `maxErrors` edits of the quote. One small alignment instead of a bit-parallel search.
 */
function matchBetweenContext(
  text: string,
  query: QuoteQuery,
  from: number,
  to: number,
  maxErrors: number,
): Candidate | null {
  const { prefix, suffix, quote, hint } = query;
  const tail = prefix.slice(-EDGE);
  const head = suffix.slice(0, EDGE);
  if (tail.length < 4 || head.length < 4 || hint === undefined) return null;
  let best: Candidate | null = null;
  // Searches stay inside slices: an unbounded indexOf that misses would scan the rest of the page.
  const window = text.slice(from, to);
  for (let t = window.indexOf(tail); t !== -1; t = window.indexOf(tail, t + 1)) {
    const start = from + t + tail.length;
    const lo = start + Math.max(0, quote.length - maxErrors);
    const found = text.slice(lo, start + quote.length + maxErrors + head.length).indexOf(head);
    if (found < 0) continue;
    const h = lo + found;
    const errors = editDistance(text.slice(start, h), quote, maxErrors);
    if (errors > maxErrors) continue;
    const c = scoreCandidate(text, query, start, h, errors);
    if (c.contextConfirms && (!best || c.score > best.score)) best = c;
  }
  return best;
}

/**
 * Local stage: the quote within a few hundred characters of the hint, exactly or (when `maxErrors` > 0)
 * approximately, accepted only when the context on both sides confirms it. Costs O(window), so on a page
 * visit most annotations never pay for a scan of the whole text.
 *
 * @param maxErrors - edits allowed in the window search (0: exact only).
 * @param betweenErrors - edits allowed when the quote sits exactly between its prefix's and suffix's edges.
 */
export function matchNear(
  text: string,
  query: QuoteQuery,
  maxErrors: number,
  betweenErrors = maxErrors,
): QuoteMatch | null {
  const { hint, quote } = query;
  if (hint === undefined || quote.length === 0) return null;
  const radius = Math.max(NEAR_RADIUS, 2 * quote.length);
  const from = Math.max(0, hint - radius);
  const to = Math.min(text.length, hint + quote.length + radius);
  const window = text.slice(from, to);
  const occurrences: number[] = [];
  for (let i = window.indexOf(quote); i !== -1; i = window.indexOf(quote, i + 1)) occurrences.push(i + from);
  let best: Candidate | null = null;
  for (const at of occurrences) {
    const c = scoreCandidate(text, query, at, at + quote.length, 0);
    if (c.contextConfirms && (!best || c.score > best.score)) best = c;
  }
  if (best) return { ...best, exact: true };
  const between = betweenErrors >= 1 ? matchBetweenContext(text, query, from, to, betweenErrors) : null;
  if (between) return { ...between, exact: between.errors === 0 };
  if (maxErrors < 1) return null;
  // Only a match confirmed by both context sides counts here; a look-alike hiding it (fewer errors) is left
  // to the later stages, which search on.
  const fuzzy = bestInWindow(text, query, from, to, maxErrors, occurrences, NEAR_PASS);
  return fuzzy?.contextConfirms ? { ...fuzzy, exact: false } : null;
}
