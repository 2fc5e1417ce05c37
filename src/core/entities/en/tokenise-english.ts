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
  /(\p{Lu}\.(?:\p{Lu}\.)+)|([\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*)|(\S|\n)/gu;
const POSSESSIVE = /^(.+?)(['’]s?)$/u;

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
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (m[3] !== undefined) {
      // "States’ support": a bare apostrophe after a word is a possessive marker too.
      out.push(make(text, start, end, false));
      continue;
    }
    if (m[2] !== undefined) {
      const last = m[2].charCodeAt(m[2].length - 2);
      const pos = (last === 0x2019 || last === 39) && m[2].endsWith('s') ? POSSESSIVE.exec(m[2]) : null;
      if (pos) {
        const split = start + pos[1]!.length;
        out.push(make(text, start, split, true));
        out.push(make(text, split, end, false));
        continue;
      }
      const low = m[2].toLowerCase();
      // Keep the period of an abbreviation or an initial ("J. Smith"), not a sentence's full stop.
      if (text[end] === '.' && (ABBREVIATIONS.has(low) || /^\p{Lu}$/u.test(m[2]))) TOKEN.lastIndex = ++end;
    }
    out.push(make(text, start, end, true));
  }
  return out;
}
