import { CONTEXT_LENGTH, type TextPositionSelector, type TextQuoteSelector } from './selectors.ts';
import type { TextIndex } from './text-index.ts';

const WHITESPACE_RUN = /\s+/g;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Up to `length` characters of `text` before `at`, whitespace runs collapsed, never half a surrogate pair. */
function contextBefore(text: string, at: number, length: number): string {
  let span = length * 4;
  for (;;) {
    const from = Math.max(0, at - span);
    const collapsed = text.slice(from, at).replace(WHITESPACE_RUN, ' ');
    if (collapsed.length >= length || from === 0) {
      let cut = Math.max(0, collapsed.length - length);
      if (cut > 0 && isLowSurrogate(collapsed.charCodeAt(cut))) cut++;
      return collapsed.slice(cut);
    }
    span *= 4;
  }
}

/** Up to `length` characters of `text` from `at`, whitespace runs collapsed, never half a surrogate pair. */
function contextAfter(text: string, at: number, length: number): string {
  let span = length * 4;
  for (;;) {
    const to = Math.min(text.length, at + span);
    const collapsed = text.slice(at, to).replace(WHITESPACE_RUN, ' ');
    if (collapsed.length >= length || to === text.length) {
      let cut = Math.min(collapsed.length, length);
      if (cut < collapsed.length && isLowSurrogate(collapsed.charCodeAt(cut))) cut--;
      return collapsed.slice(0, cut);
    }
    span *= 4;
  }
}

/**
 * Describe the text span [start, end) of an index as selectors.
 *
 * `exact` is the raw text (what the reader selected); prefix and suffix hold {@link CONTEXT_LENGTH}
 * characters each with whitespace runs collapsed to one space, so page indentation does not eat the context.
 *
 * @returns `[quote, position]`.
 * @throws RangeError for an empty or out-of-bounds span.
 */
export function describe(
  index: TextIndex,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  if (!(start >= 0 && end > start && end <= index.text.length)) {
    throw new RangeError(`cannot describe span ${start}–${end} of a ${index.text.length}-character text`);
  }
  const { text } = index;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: contextBefore(text, start, CONTEXT_LENGTH),
      suffix: contextAfter(text, end, CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
