import { normalizeText, toNormalized, toRawSpan } from './normalize-text.ts';
import type { TextSpan } from './range-offsets.ts';
import type { TextIndex } from './text-index.ts';

/** Characters of context on each side used to tell one occurrence from another. */
const CONTEXT = 16;
/** How far (normalised characters) a context-free match may sit from where the alignment expects it. */
const DRIFT = 64;

/**
 * Map spans of an extracted text (Readability's article text) onto a live page's index, in one pass.
 *
 * The article text is the page's text minus the parts Readability dropped, with different whitespace, in
 * the same order. So spans are located in order with a moving cursor: each is searched with its context
 * (both sides, then either side), and only when the context is broken (an element dropped next to it) by
 * itself near the place the previous spans' alignment predicts. Unplaceable spans come back null rather
 * than pointing at another occurrence of the same words.
 *
 * @param text - the text the spans' offsets refer to.
 * @param spans - `{ start, end }` offsets into `text` (entities, titles…), in any order.
 * @returns per span, offsets into `index.text`, or null.
 */
export function anchorEntities(
  index: TextIndex,
  text: string,
  spans: readonly { start: number; end: number }[],
): (TextSpan | null)[] {
  const source = normalizeText(text);
  const src = source.text;
  const target = index.normalized.text;
  const order = spans.map((_, i) => i).sort((x, y) => spans[x]!.start - spans[y]!.start);
  const results: (TextSpan | null)[] = new Array(spans.length).fill(null);
  let floor = 0; // target offset of the previous placed span: later spans start at or after it
  let delta: number | undefined; // target offset − source offset at the previous placed span

  const place = (needle: string, lead: number): number => {
    const at = target.indexOf(needle, Math.max(0, floor - lead));
    return at < 0 ? -1 : at + lead;
  };

  for (const i of order) {
    const span = spans[i]!;
    const a = toNormalized(source, span.start);
    const b = toNormalized(source, span.end);
    if (b <= a) continue;
    const left = Math.min(CONTEXT, a);
    const right = Math.min(CONTEXT, src.length - b);
    const withContext = src.slice(a - left, b + right);
    // Most spans sit exactly where the previous one's alignment says: check there before searching.
    const guess = delta === undefined ? -1 : a + delta;
    let at =
      guess >= floor && target.startsWith(withContext, guess - left) ? guess : place(withContext, left);
    if (at < 0 && left > 0) at = place(src.slice(a - left, b), left);
    if (at < 0 && right > 0) at = place(src.slice(a, b + right), 0);
    if (at < 0 && delta !== undefined) {
      const expected = a + delta;
      const alone = target.indexOf(src.slice(a, b), Math.max(floor, expected - DRIFT));
      if (alone >= 0 && Math.abs(alone - expected) <= DRIFT) at = alone;
    }
    if (at < 0) continue;
    floor = at;
    delta = at - a;
    results[i] = toRawSpan(index.normalized, at, at + (b - a));
  }
  return results;
}
