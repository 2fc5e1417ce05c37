import { foldWord } from './fold-vi.ts';

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

// Letters, marks and digits; an apostrophe inside keeps "M’Gar" and "H'Mông" whole.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Splits text into word tokens with their offsets, case class and folded form. */
export function tokeniseVi(text: string): ViTokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const word: string[] = [];
  const low: string[] = [];
  const caps: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const w = m[0];
    starts.push(m.index);
    ends.push(m.index + w.length);
    word.push(w);
    low.push(foldWord(w));
    const first = w[0]!;
    let c = 0;
    if (first !== first.toLowerCase() || UPPER.test(first)) {
      c = 1;
      if (w.length > 1 && !LOWER.test(w) && w !== w.toLowerCase()) c = 2;
    }
    caps.push(c);
  }
  return {
    text,
    n: word.length,
    start: Int32Array.from(starts),
    end: Int32Array.from(ends),
    word,
    low,
    cap: Uint8Array.from(caps),
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
