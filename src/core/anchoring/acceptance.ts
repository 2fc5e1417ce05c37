import { type Candidate, CONTEXT_AT_CHANCE, type QuoteQuery } from './score-candidate.ts';

/**
 * When a candidate is trusted: the thresholds that keep anchoring from ever pointing at the wrong text.
 * A wrong anchor is worse than an orphan, so every rule asks for agreement well beyond chance.
 */

/** A unique exact quote this long (normalised characters) needs no context to be trusted. */
export const LONG_QUOTE = 32;
/** Characters of agreement beyond chance an exact occurrence needs to be returned at all. */
export const MIN_EXACT_EVIDENCE = 16;
/** The same for an approximate match, which has its own errors to outweigh. */
const MIN_FUZZY_EVIDENCE = 24;
/** Absolute cap on edits: bounds the bit-parallel search cost for very long quotes. */
const MAX_ERRORS_CAP = 64;

/**
 * Whether both context sides say "not here": each is at chance level (a missing side counts as silent, not as
 * disagreeing). Then the old position alone vouches for nothing: text inserted there may happen to hold a
 * short quote ("money." in a new paragraph where the original sentence used to be).
 */
function contextContradicts(c: Candidate): boolean {
  return c.prefixSim < CONTEXT_AT_CHANCE && c.suffixSim < CONTEXT_AT_CHANCE;
}

/** An exact occurrence trusted on its own: backed by context, length or position (with context not against it). */
export function isStrongExact(c: Candidate, quoteLength: number): boolean {
  if (c.contextAgrees || quoteLength >= LONG_QUOTE) return true;
  if (contextContradicts(c)) return false;
  return (c.nearHint && quoteLength >= 4) || (c.distance <= CLOSE && quoteLength >= 6);
}

/** Distance from the expected position (normalised characters) that still counts as "where it was". */
const CLOSE = 32;

/** An approximate match trusted: enough evidence, and context (or position) vouching for the place. */
export function isAcceptableFuzzy(c: Candidate, query: QuoteQuery): boolean {
  if (c.evidence < MIN_FUZZY_EVIDENCE) return false;
  const length = query.quote.length;
  // Short quotes edited beyond 15% are too easily confused with a paraphrase nearby (a headline restating
  // the lead): they need the context on both sides to confirm the place.
  if (length < LONG_QUOTE && c.errors > Math.floor(length * SHORT_SHARE)) return c.contextConfirms;
  if (c.contextAgrees) return true;
  if (contextContradicts(c) && length < 64) return false;
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

/**
 * Score gap below which two places are equally plausible. A context side agreeing fully instead of at chance
 * is worth ~0.1, one edit in a 30-character quote ~0.017, the position at most 0.1: a gap this small is a few
 * quote edits, or a context side agreeing somewhat better (a third of its weight), or the hint favouring one.
 * (Across mutation seeds 0–9, 0.06 and 0.08 orphan the same three annotations more than no margin does.)
 */
const AMBIGUITY_MARGIN = 0.06;

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `best` stands out from `rival` on what the score weighs lightly: both context sides, or the very spot. */
function separated(best: Candidate, rival: Candidate): boolean {
  return (
    (best.contextConfirms && !rival.contextConfirms) ||
    (best.nearHint && best.contextAgrees && !rival.nearHint)
  );
}

/**
 * The best acceptable of a set of scored places, unless another place scores about as well and nothing
 * separates them: a near-duplicate sentence (a lead repeated in a summary, a price line repeated for another
 * product) or a short quote that recurs. Then no place is trustworthy, and an orphan (kept and shown, never
 * dropped) is better than a highlight on the wrong sentence.
 */
export function pickUnambiguous(candidates: readonly Candidate[], query: QuoteQuery): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) if (isAcceptableFuzzy(c, query) && (!best || c.score > best.score)) best = c;
  return best && !hasRival(best, candidates) ? best : null;
}

/** Whether another place among `candidates` scores within the margin of `best` with nothing to separate them. */
export function hasRival(best: Candidate, candidates: readonly Candidate[]): boolean {
  return candidates.some(
    (rival) =>
      rival !== best &&
      !overlaps(rival, best) &&
      rival.score >= best.score - AMBIGUITY_MARGIN &&
      !separated(best, rival),
  );
}
