import { hasRival, isStrongExact, MIN_EXACT_EVIDENCE, maxErrorsFor } from './acceptance.ts';
import { matchNear } from './match-near.ts';
import { type Candidate, type QuoteQuery, scoreCandidate } from './score-candidate.ts';
import { searchFuzzy } from './search-window.ts';
import { commonPrefixLength, commonSuffixLength } from './similarity.ts';

/** Tuning for {@link matchQuote}. */
export type MatchOptions = {
  /** Largest share of the quote that may differ in a fuzzy match (default 0.25). */
  maxErrorRatio?: number;
};

/** The chosen place for a quote in the normalised text. */
export type QuoteMatch = Candidate & { exact: boolean };

/** Exact occurrences scored in full; the rest are ranked by cheap exact context comparison. */
const MAX_SCORED = 8;

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

/** Outcome of the exact stage: the best trusted occurrence (if any) and where the quote occurs at all. */
export type ExactStage = {
  /** Best exact occurrence backed by context, length or position; a match on its own. */
  strong: Candidate | null;
  /** Best exact occurrence with enough evidence but nothing to back it; a fuzzy match may beat it. */
  weak: Candidate | null;
  /** Whether another occurrence is as plausible as the best one: the quote recurs and nothing tells which. */
  ambiguous: boolean;
  occurrences: number[];
};

/** Exact stage of {@link matchQuote}, usable alone for a cheap first pass over many annotations. */
export function matchExact(text: string, query: QuoteQuery): ExactStage {
  const length = query.quote.length;
  const occurrences = length > 0 ? exactOccurrences(text, query.quote) : [];
  const scored = scoreExact(text, query, occurrences);
  const best = scored.find((c) => c.evidence >= MIN_EXACT_EVIDENCE || isStrongExact(c, length));
  if (!best) return { strong: null, weak: null, ambiguous: false, occurrences };
  if (hasRival(best, scored)) return { strong: null, weak: null, ambiguous: true, occurrences };
  return isStrongExact(best, length)
    ? { strong: best, weak: null, ambiguous: false, occurrences }
    : { strong: null, weak: best, ambiguous: false, occurrences };
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
  const { strong, weak, ambiguous, occurrences } = matchExact(text, query);
  if (strong) return near && near.score > strong.score ? near : { ...strong, exact: true };
  if (near) return near;
  // The quote recurs intact and nothing tells the copies apart: an edited copy found now would be a guess too.
  if (ambiguous) return null;
  const fuzzy = maxErrors >= 1 ? searchFuzzy(text, query, maxErrors, occurrences) : null;
  if (fuzzy && (!weak || fuzzy.score > weak.score)) return { ...fuzzy, exact: false };
  return weak ? { ...weak, exact: true } : null;
}
