import approxSearch from 'approx-string-match';
import { isAcceptableFuzzy } from './acceptance.ts';
import { refineBounds } from './refine-bounds.ts';
import { type Candidate, type QuoteQuery, scoreCandidate } from './score-candidate.ts';
import { commonPrefixLength, commonSuffixLength } from './similarity.ts';

/** Fuzzy candidates scored in full per window (the most plausible first). */
const MAX_FUZZY_SCORED = 8;

/** Search `text[from, to)` approximately, hiding the already-scored exact occurrences. */
export function searchWindow(
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
      const found = searchWindow(text, query, from, to, maxErrors, occurrences);
      if (found) return found;
      if (from === 0 && to === text.length) return null;
    }
  }
  return searchWindow(text, query, 0, text.length, maxErrors, occurrences);
}
