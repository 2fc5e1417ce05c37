import { foldLower } from './fold-vi.ts';

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
  const word: string[] = [];
  const low: string[] = [];
  // A text built by concatenation is a rope in V8, and charCodeAt on a rope is slow: converting to a
  // number makes V8 flatten it once (the result is unused).
  Number(text);
  const lowered = text.toLowerCase();
  // Lower-casing keeps offsets for Vietnamese; if some character changed length, fold word by word.
  const aligned = lowered.length === text.length;
  const len = text.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    i++;
    for (;;) {
      while (i < len && isWordChar(text.charCodeAt(i))) i++;
      // An apostrophe between letters stays inside the word ("M’Gar", "H'Mông").
      const c = text.charCodeAt(i);
      if ((c === APOSTROPHE || c === QUOTE) && i + 1 < len && isWordChar(text.charCodeAt(i + 1))) i++;
      else break;
    }
    starts[n] = s;
    ends[n] = i;
    // Case from comparing with the lower-case form: no Unicode property tests per token.
    if (aligned && text.charCodeAt(s) === lowered.charCodeAt(s)) {
      // A lower-case word (or a number) is its own lower-case form: one string, not two.
      const lw = lowered.slice(s, i);
      word.push(lw);
      low.push(foldLower(lw));
    } else {
      const w = text.slice(s, i);
      const lw = aligned ? lowered.slice(s, i) : w.toLowerCase();
      word.push(w);
      low.push(foldLower(lw));
      if (w.charCodeAt(0) !== lw.charCodeAt(0)) {
        caps[n] = w.length > 1 && w.charCodeAt(1) !== lw.charCodeAt(1) && w === w.toUpperCase() ? 2 : 1;
      }
    }
    n++;
  }
  return {
    text,
    n,
    start: starts.subarray(0, n),
    end: ends.subarray(0, n),
    word,
    low,
    cap: caps.subarray(0, n),
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
