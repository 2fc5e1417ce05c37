import { FNV_BASIS, FNV_PRIME, internWord } from './word-intern.ts';

/** Word tokens of a text, as parallel arrays so that megabytes of text stay cheap. */
export type ViTokens = {
  text: string;
  n: number;
  start: Int32Array;
  end: Int32Array;
  /** The word as written. */
  word: string[];
  /** The word folded for lookups ({@link foldWord}). */
  low: string[];
  /** 0: lower case or digits, 1: capitalised, 2: all capitals (two letters or more). */
  cap: Uint8Array;
  /** Per token, the bits of the phrase tables with a phrase starting with this word (first-word-masks.ts). */
  first: Int32Array;
};

// Word characters (letters, marks, digits) by UTF-16 code unit, learnt on first sight: a table lookup per
// character instead of a Unicode-property regex (several times faster on megabytes of text).
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const charClass = new Int8Array(65536).fill(-1);
function isWordChar(c: number): boolean {
  let k = charClass[c]!;
  if (k < 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 0 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
    charClass[c] = k;
  }
  return k === 1;
}
const APOSTROPHE = 0x2019;
const QUOTE = 0x27;

/** Splits text into word tokens with their offsets, case class and folded form. */
export function tokeniseVi(text: string): ViTokens {
  // At most one token per two characters (a letter and a separator), plus one.
  const max = (text.length >> 1) + 1;
  const starts = new Int32Array(max);
  const ends = new Int32Array(max);
  const caps = new Uint8Array(max);
  const first = new Int32Array(max);
  // Sized once and trimmed at the end: growing two arrays of 10^5 strings by push copies them repeatedly.
  const word = new Array<string>(max);
  const low = new Array<string>(max);
  // A text built by concatenation is a rope in V8, and charCodeAt on a rope is slow: converting to a
  // number makes V8 flatten it once (the result is unused).
  Number(text);
  const len = text.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const s = i;
    // The word's hash is computed while scanning it, for the intern table (see word-intern.ts).
    let h = Math.imul(FNV_BASIS ^ c, FNV_PRIME);
    i++;
    for (;;) {
      while (i < len) {
        c = text.charCodeAt(i);
        if (!isWordChar(c)) break;
        h = Math.imul(h ^ c, FNV_PRIME);
        i++;
      }
      // An apostrophe between letters stays inside the word ("M’Gar", "H'Mông").
      if (i < len && (c === APOSTROPHE || c === QUOTE) && i + 1 < len && isWordChar(text.charCodeAt(i + 1))) {
        h = Math.imul(h ^ c, FNV_PRIME);
        i++;
      } else break;
    }
    starts[n] = s;
    ends[n] = i;
    const f = internWord(text, s, i, h);
    word[n] = f.word;
    low[n] = f.low;
    caps[n] = f.cap;
    first[n] = f.first;
    n++;
  }
  word.length = n;
  low.length = n;
  return {
    text,
    n,
    start: starts.subarray(0, n),
    end: ends.subarray(0, n),
    word,
    low,
    cap: caps.subarray(0, n),
    first: first.subarray(0, n),
  };
}

/** The text between token i-1 and token i (the text before token 0 for i = 0). */
export function gapBefore(t: ViTokens, i: number): string {
  return t.text.slice(i > 0 ? t.end[i - 1]! : 0, t.start[i]!);
}

/** The text between token i and token i+1 (the rest of the text after the last token). */
export function gapAfter(t: ViTokens, i: number): string {
  return t.text.slice(t.end[i]!, i + 1 < t.n ? t.start[i + 1]! : t.text.length);
}

/** True when tokens i and i+1 are separated by plain spaces only (same phrase). */
export function joined(t: ViTokens, i: number): boolean {
  if (i + 1 >= t.n) return false;
  const a = t.end[i]!;
  const b = t.start[i + 1]!;
  if (b - a === 1) return t.text.charCodeAt(a) === 32 || t.text.charCodeAt(a) === 0xa0;
  for (let k = a; k < b; k++) {
    const c = t.text.charCodeAt(k);
    if (c !== 32 && c !== 0xa0 && c !== 9) return false;
  }
  return b > a;
}
