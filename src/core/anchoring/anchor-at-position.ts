import { stripIgnorable } from './normalize-text.ts';
import type { AnchorResult, Selector, TextPositionSelector, TextQuoteSelector } from './selectors.ts';
import type { TextIndex } from './text-index.ts';

/** Raw characters read around the position to cover the context however much whitespace it holds. */
function contextSpan(context: string): number {
  return context.length * 4 + 64;
}

/**
 * The unchanged-page fast path, in raw offsets: the quote sits exactly at its stored position, and the text
 * around it carries the stored prefix and suffix (whitespace aside). Needs no whitespace-free view of the
 * page, so a visit to an unchanged page never builds one.
 *
 * @returns an exact result with score 1, or null when anything differs.
 */
export function anchorAtPosition(index: TextIndex, selectors: readonly Selector[]): AnchorResult | null {
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  for (const s of selectors) {
    if (s?.type === 'TextQuoteSelector') quote = s;
    else if (s?.type === 'TextPositionSelector') position = s;
  }
  if (!quote || !position || typeof quote.exact !== 'string' || quote.exact.length === 0) return null;
  const { start, end } = position;
  const { text } = index;
  if (end - start !== quote.exact.length || !text.startsWith(quote.exact, start)) return null;
  const prefix = stripIgnorable(quote.prefix ?? '');
  const suffix = stripIgnorable(quote.suffix ?? '');
  const from = Math.max(0, start - contextSpan(quote.prefix ?? ''));
  if (!stripIgnorable(text.slice(from, start)).endsWith(prefix)) return null;
  const after = stripIgnorable(text.slice(end, end + contextSpan(quote.suffix ?? '')));
  if (!after.startsWith(suffix)) return null;
  return { start, end, state: 'exact', score: 1 };
}
