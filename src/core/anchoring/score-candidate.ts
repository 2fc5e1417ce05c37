import { similarity } from './similarity.ts';

/** A quote to find, with its context, all in normalised (whitespace-free) text. */
export type QuoteQuery = {
  quote: string;
  prefix: string;
  suffix: string;
  /** Expected normalised offset of the quote's start, when a position is known. */
  hint?: number;
};

/** A place in the normalised text where the quote may be, with the evidence for it. */
export type Candidate = {
  start: number;
  end: number;
  errors: number;
  /** Weighted similarity of quote, prefix, suffix and position, 0–1 (ranks candidates). */
  score: number;
  /** Characters of agreement beyond chance: matched quote characters plus context that agrees. */
  evidence: number;
  /** Similarity of the text before the candidate to the stored prefix (1 for an empty prefix). */
  prefixSim: number;
  /** Similarity of the text after the candidate to the stored suffix (1 for an empty suffix). */
  suffixSim: number;
  /** Whether the prefix or the suffix (a non-empty one) clearly agrees. */
  contextAgrees: boolean;
  /** Whether every non-empty context side agrees closely (there is at least one). */
  contextConfirms: boolean;
  /** Whether the candidate sits within a few characters of the hint. */
  nearHint: boolean;
  /** Distance from the hint (Infinity without one). */
  distance: number;
};

// Quote similarity dominates; context separates repeated quotes; position breaks the remaining ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 10;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;
/** Distance (characters) at which the position score halves: local drift costs little, far moves more. */
const POSITION_SCALE = 500;
/** Context similarity above which a side counts as agreeing (chance level for unrelated text is ~0.3–0.5). */
export const CONTEXT_AGREES = 0.65;
/** Context similarity at which both sides together pin a short, edited quote to its place. */
export const CONTEXT_CONFIRMS = 0.8;
/** Context similarity below which a side says "not here": unrelated text of context length lands there. */
export const CONTEXT_AT_CHANCE = 0.5;

/** Context similarity converted to characters of real agreement: nothing at chance level, all at 1. */
function beyondChance(sim: number, length: number): number {
  return Math.max(0, (sim - 0.5) * 2) * length;
}

/** Score a candidate match of `query.quote` at [start, end) of `text` with `errors` edits. */
export function scoreCandidate(
  text: string,
  query: QuoteQuery,
  start: number,
  end: number,
  errors: number,
): Candidate {
  const { quote, prefix, suffix, hint } = query;
  const quoteSim = 1 - errors / quote.length;
  const prefixSim = similarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
  const suffixSim = similarity(text.slice(end, end + suffix.length), suffix);
  const distance = hint === undefined ? Number.POSITIVE_INFINITY : Math.abs(start - hint);
  const positionSim = hint === undefined ? 0.5 : 1 / (1 + distance / POSITION_SCALE);
  const score =
    (QUOTE_WEIGHT * quoteSim +
      PREFIX_WEIGHT * prefixSim +
      SUFFIX_WEIGHT * suffixSim +
      POSITION_WEIGHT * positionSim) /
    TOTAL_WEIGHT;
  const evidence =
    quote.length - errors + beyondChance(prefixSim, prefix.length) + beyondChance(suffixSim, suffix.length);
  const contextAgrees =
    (prefix.length > 0 && prefixSim >= CONTEXT_AGREES) || (suffix.length > 0 && suffixSim >= CONTEXT_AGREES);
  const contextConfirms =
    prefix.length + suffix.length > 0 && prefixSim >= CONTEXT_CONFIRMS && suffixSim >= CONTEXT_CONFIRMS;
  return {
    start,
    end,
    errors,
    score,
    evidence,
    prefixSim,
    suffixSim,
    contextAgrees,
    contextConfirms,
    nearHint: distance <= 4,
    distance,
  };
}
