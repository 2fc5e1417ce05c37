import { type Candidate, type QuoteQuery, scoreCandidate } from './score-candidate.ts';
import { editDistance } from './similarity.ts';

/** Characters of the context's inner edge looked for next to a fuzzy match. */
const EDGE = 10;
/** Characters at each end of a match that show the quote's edge survived. */
const INTACT = 5;
/** Longest quote whose edges are refined (the check is quadratic in the quote's length). */
const MAX_REFINED = 1000;

/** Offset of the occurrence of `needle` in text[from, to) whose `edge` (start or end) is nearest to `target`. */
function nearestOccurrence(
  text: string,
  needle: string,
  from: number,
  to: number,
  target: number,
  edge: 'start' | 'end',
) {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  const window = text.slice(from, to); // bounded: a miss must not scan the rest of the page
  for (let w = window.indexOf(needle); w !== -1; w = window.indexOf(needle, w + 1)) {
    const i = from + w;
    const at = edge === 'start' ? i : i + needle.length;
    if (Math.abs(at - target) < bestDistance) {
      best = at;
      bestDistance = Math.abs(at - target);
    }
  }
  return best;
}

/**
 * Snap the ends of a fuzzy match to where its context's inner edges are found nearby.
 *
 * A bit-parallel match of an edited quote has fuzzy ends: with a word replaced or inserted at the quote's edge,
 * the cheapest alignment drops or borrows a few characters. When the last characters of the prefix (or the
 * first of the suffix) sit right next to a damaged end of the match, the quote must start (end) exactly there;
 * the snapped span is kept if it is still within `maxErrors` edits of the quote.
 */
export function refineBounds(text: string, query: QuoteQuery, c: Candidate, maxErrors: number): Candidate {
  if (c.errors === 0 || query.quote.length > MAX_REFINED) return c;
  // Inserted words move an edge by up to maxErrors, and the cheapest alignment may cut as much again.
  const slack = 2 * maxErrors + 4;
  let start = c.start;
  let end = c.end;
  const { quote } = query;
  const k = Math.min(INTACT, quote.length);
  // An edge where the quote's own first (last) characters match exactly is where it was; text inserted
  // between it and the context belongs to neither, so only a damaged edge is moved to the context.
  const startIntact = text.startsWith(quote.slice(0, k), c.start);
  const endIntact = text.slice(c.end - k, c.end) === quote.slice(-k);
  const tail = query.prefix.slice(-EDGE);
  if (!startIntact && tail.length >= 4) {
    const at = nearestOccurrence(
      text,
      tail,
      Math.max(0, c.start - slack - tail.length),
      c.start + slack,
      c.start,
      'end',
    );
    if (at >= 0) start = at;
  }
  if (!startIntact && start === c.start && k >= 4) {
    // No context to lean on: the quote's own first characters, if they survive nearby, mark its start.
    const at = nearestOccurrence(
      text,
      quote.slice(0, k),
      Math.max(0, c.start - slack),
      c.start + slack + k,
      c.start,
      'start',
    );
    if (at >= 0) start = at;
  }
  const head = query.suffix.slice(0, EDGE);
  if (!endIntact && head.length >= 4) {
    const at = nearestOccurrence(
      text,
      head,
      Math.max(0, c.end - slack),
      c.end + slack + head.length,
      c.end,
      'start',
    );
    if (at >= 0) end = at;
  }
  if (!endIntact && end === c.end && k >= 4) {
    const at = nearestOccurrence(
      text,
      quote.slice(-k),
      Math.max(0, c.end - slack - k),
      c.end + slack,
      c.end,
      'end',
    );
    if (at >= 0) end = at;
  }
  if ((start === c.start && end === c.end) || end <= start) return c;
  const errors = editDistance(text.slice(start, end), query.quote, maxErrors);
  return errors <= maxErrors ? scoreCandidate(text, query, start, end, errors) : c;
}
