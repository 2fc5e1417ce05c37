/** A quote with optional context: a TextQuoteSelector or anything shaped like one. */
export type QuoteLike = { type?: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string };

/**
 * Percent-encodes one text-fragment term. Per the WICG Text Fragments spec, `-`, `&` and `,` are syntax
 * inside the directive, so they must be encoded on top of what encodeURIComponent escapes.
 * https://wicg.github.io/scroll-to-text-fragment/#syntax
 */
export function encodeFragmentTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Collapses whitespace, as browsers match text fragments against rendered text where runs of space fold. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Last `n` words of `text` (context terms must be whole words to match). */
function lastWords(text: string, n: number): string {
  return squash(text).split(' ').filter(Boolean).slice(-n).join(' ');
}

/** First `n` words of `text`. */
function firstWords(text: string, n: number): string {
  return squash(text).split(' ').filter(Boolean).slice(0, n).join(' ');
}

/** Context stored by Margin is cut at this many characters, possibly inside a word. */
const CONTEXT_LENGTH = 32;

/**
 * Drops the word a full-length context was cut through (at its start for a prefix, its end for a suffix):
 * browsers match prefix and suffix terms only at word boundaries, so a half word would make the whole
 * link miss. Shorter context reached the edge of the text and is whole.
 */
function wholeWords(context: string, cut: 'start' | 'end'): string {
  if (context.length < CONTEXT_LENGTH) return context;
  if (cut === 'start') return /^\s/.test(context) ? context : context.replace(/^\S*/, '');
  return /\s$/.test(context) ? context : context.replace(/\S*$/, '');
}

/** Options for {@link textFragmentDirective}. */
export type TextFragmentOptions = {
  /** Quotes with more words than this use the `start,end` form, which keeps links short. Default 10. */
  rangeAbove?: number;
  /** Words taken for start/end in the range form. Default 4. */
  rangeWords?: number;
};

/**
 * Builds the `text=` directive (without `#:~:`) for a quote: `[prefix-,]start[,end][,-suffix]`.
 * Prefix and suffix carry a couple of words of context so a repeated phrase lands on the right occurrence.
 * Returns undefined for an empty quote.
 */
export function textFragmentDirective(
  selector: QuoteLike,
  options: TextFragmentOptions = {},
): string | undefined {
  const exact = squash(selector.exact);
  if (!exact) return undefined;
  const rangeAbove = options.rangeAbove ?? 10;
  const rangeWords = options.rangeWords ?? 4;
  const words = exact.split(' ');
  const parts: string[] = [];
  const prefix = selector.prefix ? lastWords(wholeWords(selector.prefix, 'start'), 2) : '';
  if (prefix) parts.push(`${encodeFragmentTerm(prefix)}-`);
  if (words.length > rangeAbove) {
    parts.push(
      encodeFragmentTerm(firstWords(exact, rangeWords)),
      encodeFragmentTerm(lastWords(exact, rangeWords)),
    );
  } else {
    parts.push(encodeFragmentTerm(exact));
  }
  const suffix = selector.suffix ? firstWords(wholeWords(selector.suffix, 'end'), 2) : '';
  if (suffix) parts.push(`-${encodeFragmentTerm(suffix)}`);
  return `text=${parts.join(',')}`;
}

/**
 * A link that opens `url` scrolled to the quoted passage (`url#:~:text=…`), replacing any existing fragment
 * directive but keeping an ordinary `#fragment`. Returns `url` unchanged when the quote is empty.
 */
export function textFragmentLink(url: string, selector: QuoteLike, options?: TextFragmentOptions): string {
  const directive = textFragmentDirective(selector, options);
  if (!directive) return url;
  const base = url.split(':~:')[0]!.replace(/#$/, '');
  return base.includes('#') ? `${base}:~:${directive}` : `${base}#:~:${directive}`;
}
