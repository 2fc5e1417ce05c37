import approxSearch from 'approx-string-match';
import { refineBounds } from './refine-bounds.ts';
import { type Candidate, type QuoteQuery, scoreCandidate } from './score-candidate.ts';
import { commonPrefixLength, commonSuffixLength, editDistance } from './similarity.ts';

/** Tuning for {@link matchQuote}. */
export type MatchOptions = {
  /** Largest share of the quote that may differ in a fuzzy match (default 0.25). */
  maxErrorRatio?: number;
};

/** The chosen place for a quote in the normalised text. */
export type QuoteMatch = Candidate & { exact: boolean };

/** A unique exact quote this long (normalised characters) needs no context to be trusted. */
const LONG_QUOTE = 32;
const MIN_EXACT_EVIDENCE = 16;
const MIN_FUZZY_EVIDENCE = 24;
/** Absolute cap on edits: bounds the bit-parallel search cost for very long quotes. */
const MAX_ERRORS_CAP = 64;
/** Characters of the context's inner edge that locate an edited quote between its prefix and suffix. */
const EDGE = 10;
/** Fuzzy candidates scored in full per window (the most plausible first). */
const MAX_FUZZY_SCORED = 8;
/** Half-width of the window around the hint searched before the whole text. */
const NEAR_RADIUS = 256;
/** Exact occurrences scored in full; the rest are ranked by cheap exact context comparison. */
const MAX_SCORED = 8;

function isStrongExact(c: Candidate, quoteLength: number): boolean {
  return (
    c.contextAgrees ||
    quoteLength >= LONG_QUOTE ||
    (c.nearHint && quoteLength >= 4) ||
    (c.distance <= CLOSE && quoteLength >= 6)
  );
}

/** Distance from the expected position (normalised characters) that still counts as "where it was". */
const CLOSE = 32;

function isAcceptableFuzzy(c: Candidate, query: QuoteQuery): boolean {
  if (c.evidence < MIN_FUZZY_EVIDENCE) return false;
  const length = query.quote.length;
  // Short quotes edited beyond 15% are too easily confused with a paraphrase nearby (a headline restating
  // the lead): they need the context on both sides to confirm the place.
  if (length < LONG_QUOTE && c.errors > Math.floor(length * SHORT_SHARE)) return c.contextConfirms;
  if (c.contextAgrees) return true;
  const quoteSim = 1 - c.errors / length;
  // Without agreeing context, only the expected position or a long, nearly intact quote vouches for the place.
  return (
    (c.nearHint && quoteSim >= 0.9) ||
    (c.distance <= Math.max(CLOSE, length / 2) && length >= 16 && quoteSim >= 0.8) ||
    (length >= 64 && quoteSim >= 0.9)
  );
}

/** Share of a short quote that may be edited on the strength of one context side alone. */
const SHORT_SHARE = 0.15;

/** Edits the fuzzy search may bridge: a share of the quote (at least one), capped; none below 4 characters. */
export function maxErrorsFor(length: number, ratio = 0.25): number {
  if (length < 4) return 0;
  return Math.min(MAX_ERRORS_CAP, Math.max(1, Math.floor(length * ratio)));
}

function exactOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/** Score the exact occurrences, fully for the few most plausible ones. Best first. */
function scoreExact(text: string, query: QuoteQuery, occurrences: number[]): Candidate[] {
  const { quote, prefix, suffix, hint } = query;
  let chosen = occurrences;
  if (occurrences.length > MAX_SCORED) {
    const cheap = (at: number) =>
      commonSuffixLength(text.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefixLength(text.slice(at + quote.length, at + quote.length + suffix.length), suffix);
    const ranked = occurrences
      .map((at) => ({ at, context: cheap(at), distance: hint === undefined ? 0 : Math.abs(at - hint) }))
      .sort((a, b) => b.context - a.context || a.distance - b.distance);
    chosen = ranked.slice(0, MAX_SCORED).map((r) => r.at);
    if (hint !== undefined) {
      const nearest = ranked.reduce((a, b) => (b.distance < a.distance ? b : a));
      if (!chosen.includes(nearest.at)) chosen.push(nearest.at);
    }
  }
  return chosen
    .map((at) => scoreCandidate(text, query, at, at + quote.length, 0))
    .sort((a, b) => b.score - a.score);
}

/** Search `text[from, to)` approximately, hiding the already-scored exact occurrences. */
function searchWindow(
  text: string,
  query: QuoteQuery,
  from: number,
  to: number,
  maxErrors: number,
  occurrences: number[],
): Candidate | null {
  let window = text.slice(from, to);
  const hidden = occurrences.filter((at) => at + query.quote.length > from && at < to);
  if (hidden.length > 0) {
    // Exact occurrences were judged already; masking them lets the search report the edited copies.
    const chars = window.split('');
    for (const at of hidden) {
      for (let i = Math.max(at, from); i < Math.min(at + query.quote.length, to); i++)
        chars[i - from] = '\u0000';
    }
    window = chars.join('');
  }
  // A match touching a cut edge of the window may be a truncated copy of one that lies across it.
  const cut = (m: { start: number; end: number }) =>
    (from > 0 && m.start === 0) || (to < text.length && m.end + from >= to);
  // Every end is kept: of neighbouring ends with the same cost, the context decides which is the quote's.
  let matches = approxSearch(window, query.quote, maxErrors).filter((m) => !cut(m));
  if (matches.length > MAX_FUZZY_SCORED) {
    // Full scoring costs two approximate searches per candidate: rank by exact context agreement first
    // (the true ends sit where prefix and suffix meet the text), then by closeness to the hint.
    const { prefix, suffix } = query;
    const hint = query.hint === undefined ? 0 : query.hint - from;
    const cheap = (m: { start: number; end: number }) =>
      commonSuffixLength(text.slice(Math.max(0, from + m.start - prefix.length), from + m.start), prefix) +
      commonPrefixLength(text.slice(from + m.end, from + m.end + suffix.length), suffix);
    matches = matches
      .map((m) => ({ m, c: cheap(m), d: Math.abs(m.start - hint) }))
      .sort((a, b) => b.c - a.c || a.d - b.d)
      .map((x) => x.m);
  }
  const scored = matches
    .slice(0, MAX_FUZZY_SCORED)
    .map((m) => scoreCandidate(text, query, m.start + from, m.end + from, m.errors))
    .sort((a, b) => b.score - a.score);
  // Refining is costlier than scoring: only the front runners get their edges snapped to the context.
  for (let i = 0; i < Math.min(3, scored.length); i++)
    scored[i] = refineBounds(text, query, scored[i]!, maxErrors);
  let best: Candidate | null = null;
  for (const c of scored) if (isAcceptableFuzzy(c, query) && (!best || c.score > best.score)) best = c;
  return best;
}

/** Fuzzy search: windows around the hint first, growing, then the whole text. */
function searchFuzzy(
  text: string,
  query: QuoteQuery,
  maxErrors: number,
  occurrences: number[],
): Candidate | null {
  const length = query.quote.length;
  if (query.hint !== undefined) {
    for (const radius of [Math.max(256, 2 * length), Math.max(4096, 8 * length)]) {
      const from = Math.max(0, query.hint - radius);
      const to = Math.min(text.length, query.hint + length + radius);
      const found = searchWindow(text, query, from, to, maxErrors, occurrences);
      if (found) return found;
      if (from === 0 && to === text.length) return null;
    }
  }
  return searchWindow(text, query, 0, text.length, maxErrors, occurrences);
}

/** Outcome of the exact stage: the best trusted occurrence (if any) and where the quote occurs at all. */
export type ExactStage = {
  /** Best exact occurrence backed by context, length or position; a match on its own. */
  strong: Candidate | null;
  /** Best exact occurrence with enough evidence but nothing to back it; a fuzzy match may beat it. */
  weak: Candidate | null;
  occurrences: number[];
};

/** Exact stage of {@link matchQuote}, usable alone for a cheap first pass over many annotations. */
export function matchExact(text: string, query: QuoteQuery): ExactStage {
  const length = query.quote.length;
  const occurrences = length > 0 ? exactOccurrences(text, query.quote) : [];
  const best = scoreExact(text, query, occurrences).find(
    (c) => c.evidence >= MIN_EXACT_EVIDENCE || isStrongExact(c, length),
  );
  if (!best) return { strong: null, weak: null, occurrences };
  return isStrongExact(best, length)
    ? { strong: best, weak: null, occurrences }
    : { strong: null, weak: best, occurrences };
}

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
  const fuzzy = searchWindow(text, query, from, to, maxErrors, occurrences);
  return fuzzy?.contextConfirms ? { ...fuzzy, exact: false } : null;
}

/**
 * Find the best place for a quote in a normalised text.
 *
 * Near the hint first (see {@link matchNear}); then exact occurrences anywhere, ranked on context and
 * position; then a fuzzy search (bit-parallel, at most `maxErrorRatio` of the quote edited) in growing windows
 * and finally the whole text. Candidates need enough agreement beyond chance to be returned at all: a wrong
 * anchor is worse than an orphan.
 *
 * @returns the match, or null when nothing trustworthy was found.
 */
export function matchQuote(text: string, query: QuoteQuery, options: MatchOptions = {}): QuoteMatch | null {
  const length = query.quote.length;
  if (length === 0 || text.length === 0) return null;
  const maxErrors = maxErrorsFor(length, options.maxErrorRatio);
  // Sandwiched between its intact prefix and suffix, even a tiny quote may have one character changed.
  const near = matchNear(text, query, maxErrors, length >= 3 ? Math.max(1, maxErrors) : maxErrors);
  if (near?.exact) return near;
  // An edited copy nearby must still beat an intact copy elsewhere (repeated boilerplate sentences).
  const { strong, weak, occurrences } = matchExact(text, query);
  if (strong) return near && near.score > strong.score ? near : { ...strong, exact: true };
  if (near) return near;
  const fuzzy = maxErrors >= 1 ? searchFuzzy(text, query, maxErrors, occurrences) : null;
  if (fuzzy && (!weak || fuzzy.score > weak.score)) return { ...fuzzy, exact: false };
  return weak ? { ...weak, exact: true } : null;
}
