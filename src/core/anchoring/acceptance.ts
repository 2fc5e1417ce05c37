import type { Candidate, QuoteQuery } from './score-candidate.ts';

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

/** An exact occurrence trusted on its own: backed by context, length or position. */
export function isStrongExact(c: Candidate, quoteLength: number): boolean {
  return (
    c.contextAgrees ||
    quoteLength >= LONG_QUOTE ||
    (c.nearHint && quoteLength >= 4) ||
    (c.distance <= CLOSE && quoteLength >= 6)
  );
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
