import { anchorAtPosition } from './anchor-at-position.ts';
import { matchNear } from './match-near.ts';
import { type MatchOptions, matchQuote, type QuoteMatch } from './match-quote.ts';
import { stripIgnorable, toNormalized, toRawSpan } from './normalize-text.ts';
import type { QuoteQuery } from './score-candidate.ts';
import {
  type AnchorResult,
  ORPHAN,
  type Selector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './selectors.ts';
import type { TextIndex } from './text-index.ts';

/** Options for {@link anchor}. */
export type AnchorOptions = MatchOptions & {
  /** Expected start (offset into the current index's text); defaults to the TextPositionSelector's start. */
  hint?: number;
};

/** The selectors of one annotation, picked out of a list and normalised for matching. */
export type PreparedSelectors = {
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
  query: QuoteQuery | null;
};

/** Pick the quote and position selectors out of `selectors` (other types ignored) and normalise the quote. */
export function prepareSelectors(
  index: TextIndex,
  selectors: readonly Selector[],
  hint?: number,
): PreparedSelectors {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const s of selectors) {
    if (s?.type === 'TextQuoteSelector') quote = s;
    else if (s?.type === 'TextPositionSelector') position = s;
  }
  const rawHint = hint ?? position?.start;
  const query: QuoteQuery | null =
    quote && typeof quote.exact === 'string'
      ? {
          quote: stripIgnorable(quote.exact),
          prefix: stripIgnorable(quote.prefix ?? ''),
          suffix: stripIgnorable(quote.suffix ?? ''),
          hint:
            typeof rawHint === 'number' && Number.isFinite(rawHint)
              ? toNormalized(index.normalized, rawHint)
              : undefined,
        }
      : null;
  return { quote, position, query };
}

/** The quote sits at the hint with both context sides intact: the unchanged-page fast path. */
export function matchAtHint(index: TextIndex, query: QuoteQuery): QuoteMatch | null {
  const { hint, quote, prefix, suffix } = query;
  const text = index.normalized.text;
  if (hint === undefined || !text.startsWith(quote, hint)) return null;
  const end = hint + quote.length;
  if (text.slice(Math.max(0, hint - prefix.length), hint) !== prefix) return null;
  if (text.slice(end, end + suffix.length) !== suffix) return null;
  return {
    start: hint,
    end,
    errors: 0,
    score: 1,
    evidence: quote.length + prefix.length + suffix.length,
    prefixSim: 1,
    suffixSim: 1,
    contextAgrees: true,
    contextConfirms: true,
    nearHint: true,
    distance: 0,
    exact: true,
  };
}

/** Convert a match in normalised text into a result over the index's raw text. */
export function toResult(index: TextIndex, match: QuoteMatch | null): AnchorResult {
  if (!match) return ORPHAN;
  const { start, end } = toRawSpan(index.normalized, match.start, match.end);
  return { start, end, state: match.exact ? 'exact' : 'fuzzy', score: match.score };
}

/** Anchor selectors already prepared by {@link prepareSelectors}. */
export function anchorPrepared(
  index: TextIndex,
  prepared: PreparedSelectors,
  options: MatchOptions = {},
): AnchorResult {
  const { query, position } = prepared;
  if (!query) {
    // A position alone cannot be checked against anything: usable, but never reported as exact.
    if (
      position &&
      position.start >= 0 &&
      position.end > position.start &&
      position.end <= index.text.length
    ) {
      return { start: position.start, end: position.end, state: 'fuzzy', score: 0.5 };
    }
    return ORPHAN;
  }
  if (query.quote.length === 0) return ORPHAN;
  const atHint = matchAtHint(index, query);
  if (atHint) return toResult(index, atHint);
  return toResult(index, matchQuote(index.normalized.text, query, options));
}

/**
 * Find an annotation's text in an index.
 *
 * Strategy: the quote at the stored position with its context intact; else exact occurrences of the quote,
 * chosen by context and position; else a fuzzy search near the expected position, then over the whole text,
 * scored on quote, prefix, suffix and distance. Whitespace and invisible characters are ignored throughout.
 * Returns an orphan rather than a doubtful place.
 *
 * @param selectors - the annotation's selectors; unknown types are ignored.
 * @returns offsets into `index.text`, how the text was found, and a 0–1 score.
 */
export function anchor(
  index: TextIndex,
  selectors: readonly Selector[],
  options: AnchorOptions = {},
): AnchorResult {
  if (options.hint === undefined) {
    const atPosition = anchorAtPosition(index, selectors);
    if (atPosition) return atPosition;
  }
  return anchorPrepared(index, prepareSelectors(index, selectors, options.hint), options);
}

/**
 * Cheap first-pass anchoring for batches: the quote at the hint with its context, or exactly within a few
 * hundred characters of it with both context sides confirming. Null when that does not settle it.
 */
export function anchorNearHint(index: TextIndex, prepared: PreparedSelectors): AnchorResult | null {
  const { query } = prepared;
  if (!query || query.quote.length === 0 || query.hint === undefined) return null;
  const match = matchAtHint(index, query) ?? matchNear(index.normalized.text, query, 0);
  return match ? toResult(index, match) : null;
}
