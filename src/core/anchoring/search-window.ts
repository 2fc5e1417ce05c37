import approxSearch from 'approx-string-match';
import { pickUnambiguous } from './acceptance.ts';
import { refineBounds } from './refine-bounds.ts';
import {
  type Candidate,
  CONTEXT_AGREES,
  CONTEXT_AT_CHANCE,
  CONTEXT_CONFIRMS,
  type QuoteQuery,
  scoreCandidate,
} from './score-candidate.ts';
import { commonPrefixLength, commonSuffixLength } from './similarity.ts';

/** Places (clusters of overlapping matches) scored in full per window, the most plausible first. */
const MAX_FUZZY_SCORED = 8;

type Match = { start: number; end: number; errors: number };

/**
 * One match per place. The bit-parallel search reports every end within `maxErrors`, so one passage yields
 * dozens of overlapping matches; ranked one by one, a single look-alike passage near the hint could fill every
 * scoring slot and hide the real one. Overlapping matches are one place, represented by its fewest-errors
 * match (ties: the one whose context agrees most, exactly); refinement then settles its edges.
 */
function placesOf(matches: Match[], cheapContext: (m: Match) => number): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || a.end - b.end);
  const places: Match[] = [];
  let best: Match | null = null;
  let bestContext = -1; // computed only when a tie needs it
  let reach = -1;
  for (const m of sorted) {
    if (best && m.start >= reach) {
      places.push(best);
      best = null;
      reach = -1;
    }
    if (!best || m.errors < best.errors) {
      best = m;
      bestContext = -1;
    } else if (m.errors === best.errors) {
      if (bestContext < 0) bestContext = cheapContext(best);
      const context = cheapContext(m);
      if (context > bestContext) {
        best = m;
        bestContext = context;
      }
    }
    reach = Math.max(reach, m.end);
  }
  if (best) places.push(best);
  return places;
}

/**
 * How thoroughly a window is searched. `rounds`: approximate searches, each finding the next-fewest-errors
 * places (see {@link searchWindow}). `refineFrom`: the context similarity (better side) from which a place's
 * edges are refined; below it the place cannot become what the caller accepts (refining costs a few
 * alignments, and the bit-parallel search gets at least one edge of a real passage right).
 */
export type SearchPass = { rounds: number; refineFrom: number };

/** Near the hint, where only a match confirmed by both context sides counts; later stages search on. */
export const NEAR_PASS: SearchPass = { rounds: 1, refineFrom: CONTEXT_CONFIRMS };
/** A window that settles the search only with a match the context settles (see {@link searchFuzzy}). */
const WINDOW_PASS: SearchPass = { rounds: 1, refineFrom: CONTEXT_AGREES };
/** The last word: every place that might be the passage, or tie with it. */
const WHOLE_PASS: SearchPass = { rounds: 3, refineFrom: CONTEXT_AT_CHANCE };

/** `window` with the spans given (offsets into it) blanked out, so that a search no longer finds them. */
function mask(window: string, spans: readonly { start: number; end: number }[]): string {
  const chars = window.split('');
  for (const { start, end } of spans)
    for (let i = Math.max(0, start); i < Math.min(end, chars.length); i++) chars[i] = '\u0000';
  return chars.join('');
}

/**
 * Search `text[from, to)` approximately, hiding the already-scored exact occurrences.
 *
 * The bit-parallel search reports only the matches with the fewest errors: a near-duplicate sentence with one
 * edit hides the real passage with two. So the places found are masked and the search repeated, until a
 * place is confirmed by both context sides, nothing more is found, or the pass's rounds are done.
 *
 * @returns the candidate places, scored with refined edges, best first (possibly none acceptable).
 */
export function searchWindow(
  text: string,
  query: QuoteQuery,
  from: number,
  to: number,
  maxErrors: number,
  occurrences: number[],
  pass: SearchPass = WHOLE_PASS,
): Candidate[] {
  const { prefix, suffix, quote } = query;
  // Exact occurrences were judged already; masking them lets the search report the edited copies.
  const hidden = occurrences
    .filter((at) => at + quote.length > from && at < to)
    .map((at) => ({ start: at - from, end: at - from + quote.length }));
  let window = text.slice(from, to);
  if (hidden.length > 0) window = mask(window, hidden);
  // A match touching a cut edge of the window may be a truncated copy of one that lies across it; one
  // overlapping a hidden exact occurrence is that occurrence, cut by the mask.
  const cut = (m: Match) =>
    (from > 0 && m.start === 0) ||
    (to < text.length && m.end + from >= to) ||
    hidden.some((h) => m.start < h.end && h.start < m.end);
  // Exact context agreement at the match's ends: cheap, and high where prefix and suffix meet the text.
  const cheapContext = (m: Match) =>
    commonSuffixLength(text.slice(Math.max(0, from + m.start - prefix.length), from + m.start), prefix) +
    commonPrefixLength(text.slice(from + m.end, from + m.end + suffix.length), suffix);
  const hint = query.hint === undefined ? 0 : query.hint - from;
  const candidates: Candidate[] = [];
  for (let round = 0; round < pass.rounds; round++) {
    const matches = approxSearch(window, quote, maxErrors);
    if (matches.length === 0) break;
    let places = placesOf(
      matches.filter((m) => !cut(m)),
      cheapContext,
    );
    if (places.length > MAX_FUZZY_SCORED) {
      // Full scoring costs two approximate context alignments per place: rank by exact context agreement
      // first, then by closeness to the hint.
      places = places
        .map((m) => ({ m, c: cheapContext(m), d: Math.abs(m.start - hint) }))
        .sort((a, b) => b.c - a.c || a.d - b.d)
        .slice(0, MAX_FUZZY_SCORED)
        .map((x) => x.m);
    }
    for (const m of places) {
      const scored = scoreCandidate(text, query, m.start + from, m.end + from, m.errors);
      const promising = Math.max(scored.prefixSim, scored.suffixSim) >= pass.refineFrom;
      candidates.push(promising ? refineBounds(text, query, scored, maxErrors) : scored);
    }
    if (round + 1 === pass.rounds || candidates.some((c) => c.contextConfirms)) break;
    window = mask(window, matches);
  }
  return candidates.sort((a, b) => b.score - a.score);
}

/** The window's answer: its best acceptable place, unless another place there is as good (see {@link pickUnambiguous}). */
export function bestInWindow(
  text: string,
  query: QuoteQuery,
  from: number,
  to: number,
  maxErrors: number,
  occurrences: number[],
  pass: SearchPass = WHOLE_PASS,
): Candidate | null {
  return pickUnambiguous(searchWindow(text, query, from, to, maxErrors, occurrences, pass), query);
}

/** Whether a window's match needs no comparison with the rest of the text (the separations of {@link pickUnambiguous}). */
function settles(c: Candidate): boolean {
  return c.contextConfirms || (c.nearHint && c.contextAgrees);
}

/**
 * Fuzzy search: windows around the hint first, growing, then the whole text. A window settles the search only
 * when its match is confirmed by both context sides; anything weaker must also beat every place in the whole
 * text (a near-duplicate sentence close to the old position must not hide the moved original further away).
 */
export function searchFuzzy(
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
      // Only a confirmed match ends the search early, so one round will do (a look-alike hiding it is left to
      // the whole-text search); a window holding most of the text saves nothing.
      if (2 * (to - from) > text.length) break;
      const found = bestInWindow(text, query, from, to, maxErrors, occurrences, WINDOW_PASS);
      if (found && settles(found)) return found;
    }
  }
  return bestInWindow(text, query, 0, text.length, maxErrors, occurrences);
}
