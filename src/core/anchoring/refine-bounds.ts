import { type Candidate, type QuoteQuery, scoreCandidate } from './score-candidate.ts';
import { anchoredDistances, boundaryDistances } from './similarity.ts';

/** Longest quote whose edges are refined (the alignment is quadratic in the quote's length). */
const MAX_REFINED = 1000;
/**
 * Edits between a stored context side and the text next to each boundary in [lo, hi], at most half its
 * length. Unrelated text differs in more than half of its characters; beyond that the count is noise (a word
 * shared by chance), and a context that no longer follows the quote (its paragraph moved) must not pull the
 * edge anywhere.
 */
function contextCosts(text: string, context: string, lo: number, hi: number, dir: 1 | -1): Int32Array {
  const costs = boundaryDistances(text, context, lo, hi, dir);
  const cap = Math.ceil(context.length / 2);
  for (let k = 0; k < costs.length; k++) if (costs[k]! > cap) costs[k] = cap;
  return costs;
}

/**
 * The best position for one edge of the match, the other edge held: the one where the quote's edits plus the
 * adjacent context's edits are fewest. `fixed` is the held edge, `current` the edge being moved, `dir` the
 * direction from `fixed` to `current` (1: moving the end, -1: moving the start).
 *
 * The quote alone cannot place an edge that was edited: a word replaced at the quote's end costs fewer edits
 * when the match stops short of it ("…began me" for "…began in", now "…began meeting"). The context settles it:
 * the suffix starts where the replaced word ends. Ties go to fewer quote edits (a word inserted between quote
 * and context belongs to neither), then to the edge the search reported.
 */
function bestEdge(
  text: string,
  quote: string,
  context: string,
  fixed: number,
  current: number,
  dir: 1 | -1,
  slack: number,
  maxErrors: number,
): { at: number; errors: number } | null {
  const original = Math.abs(current - fixed);
  const quoteCost = anchoredDistances(text, quote, fixed, dir, original + slack, maxErrors);
  const shortest = Math.max(1, original - slack);
  const longest = quoteCost.length - 1;
  if (shortest > longest) return null;
  // Boundaries fixed + dir·n for n in [shortest, longest], as a range of offsets.
  const lo = dir === 1 ? fixed + shortest : fixed - longest;
  const contextCost = contextCosts(text, context, lo, dir === 1 ? fixed + longest : fixed - shortest, dir);
  let best = -1;
  let bestTotal = Number.POSITIVE_INFINITY;
  for (let n = shortest; n <= longest; n++) {
    const q = quoteCost[n]!;
    if (q > maxErrors) continue;
    const total = q + contextCost[fixed + dir * n - lo]!;
    const better =
      total < bestTotal ||
      (total === bestTotal &&
        (q < quoteCost[best]! ||
          (q === quoteCost[best]! && Math.abs(n - original) < Math.abs(best - original))));
    if (better) {
      bestTotal = total;
      best = n;
    }
  }
  if (best < 0) return null;
  return { at: fixed + dir * best, errors: quoteCost[best]! };
}

/**
 * Settle the edges of a fuzzy match by aligning quote and context together.
 *
 * A bit-parallel match of an edited quote has fuzzy ends: with a word replaced or inserted at the quote's edge,
 * the cheapest alignment of the quote alone drops or borrows a few characters, or (when the quote's own first
 * characters recur nearby) jumps to a look-alike. Each edge is moved to where quote edits plus context edits are
 * fewest: the end with the start held, then the start with that end held, then the end once more if the start
 * moved. A span is kept only within `maxErrors` edits of the quote.
 */
export function refineBounds(text: string, query: QuoteQuery, c: Candidate, maxErrors: number): Candidate {
  const { quote, prefix, suffix } = query;
  if (c.errors === 0 || quote.length > MAX_REFINED) return c;
  // Inserted words move an edge by up to maxErrors, and the cheapest alignment may cut as much again.
  const slack = 2 * maxErrors + 4;
  let start = c.start;
  let end = c.end;
  let errors = c.errors;
  const moveEnd = () => {
    const found = bestEdge(text, quote, suffix, start, end, 1, slack, maxErrors);
    if (found) ({ at: end, errors } = found);
  };
  moveEnd();
  const moved = bestEdge(text, quote, prefix, end, start, -1, slack, maxErrors);
  if (moved && moved.at !== start) {
    ({ at: start, errors } = moved);
    moveEnd();
  }
  if (start === c.start && end === c.end) return c;
  return scoreCandidate(text, query, start, end, errors);
}
