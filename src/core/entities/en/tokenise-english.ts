/**
 * Word tokens for the English rules: words keep internal hyphens and apostrophes ("Bogdan-Martin",
 * "O’Brien"), abbreviations keep their period ("Sr.", "U.S.", "J."), a possessive "’s" is its own token so
 * "Vietnam’s Commission" can be split or joined, and every other character is a one-character token.
 */
import { ABBREVIATIONS } from './en-lexicon.ts';

/** One token with offsets into the NFC text. */
export type Token = {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  low: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
};

// A line break is a token too: names, titles and organisations never run across lines.
const TOKEN =
  /\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S|\n/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

function make(text: string, start: number, end: number, word: boolean): Token {
  const t = text.slice(start, end);
  const c = t.charCodeAt(0);
  // ASCII fast path; other letters compare with their lower case.
  const cap = word && (c < 128 ? c >= 65 && c <= 90 : t[0] !== t[0]!.toLowerCase());
  return { start, end, text: t, low: t.toLowerCase(), cap, word };
}

/** Splits NFC `text` into tokens. Linear in the text's length. */
export function tokeniseEnglish(text: string): Token[] {
  const out: Token[] = [];
  // One capture-free regex: every capture group would cost a string per token.
  const re = new RegExp(TOKEN.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0];
    const start = m.index;
    let end = start + w.length;
    const c = w.charCodeAt(0);
    const word =
      w.length > 1 ||
      (c < 128 ? ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) : LETTER_OR_DIGIT.test(w));
    if (!word) {
      // "States’ support": a bare apostrophe after a word is a possessive marker too.
      out.push(make(text, start, end, false));
      continue;
    }
    const before = w.charCodeAt(w.length - 2);
    if ((before === 0x2019 || before === 39) && w.endsWith('s') && w.length > 2) {
      out.push(make(text, start, end - 2, true));
      out.push(make(text, end - 2, end, false));
      continue;
    }
    // Keep the period of an abbreviation or an initial ("J. Smith"), not a sentence's full stop.
    if (
      text.charCodeAt(end) === 46 &&
      (w.length === 1 ? c !== w.toLowerCase().charCodeAt(0) : ABBREVIATIONS.has(w.toLowerCase()))
    ) {
      re.lastIndex = ++end;
    }
    out.push(make(text, start, end, true));
  }
  return out;
}
