import { firstWordMask, masksVersion } from './first-word-masks.ts';
import { foldLower } from './fold-vi.ts';

/**
 * A bounded intern table of the words seen by the tokeniser: a word written the same way twice is read
 * from the table (its string, folded form and case class) instead of being sliced, lower-cased and folded
 * again. News text reuses a few thousand syllables, so nearly every token is a hit: megabytes of text
 * allocate almost no strings, the garbage collector does not copy hundreds of thousands of short-lived
 * token strings, and the lexicons' Map look-ups hash each distinct word once (V8 caches a string's hash in
 * the string).
 *
 * The table lives as long as the module and is cleared when full, so its memory stays bounded (about
 * 0.25 MB of slots plus the words). Only words of at most {@link MAX_LEN} code units are interned: V8 copies
 * a slice that short, so no entry keeps a whole page's text alive.
 */

const MAX_LEN = 12;
const SLOTS = 1 << 15;
const MASK = SLOTS - 1;
// Half the slots at most, so that probe sequences stay short.
const MAX_ENTRIES = SLOTS >> 1;

/**
 * One interned word: as written, folded for look-ups, its case class and the phrase tables its folded
 * form opens a phrase of (see tokenise-vi.ts).
 */
export type WordForms = { word: string; low: string; cap: number; first: number };

// Per slot, the word's hash and its index in `forms` plus one (0: empty), side by side: one cache line.
let slots: Int32Array | null = null;
let forms: WordForms[] = [];
// The words as written, parallel to `forms` (a form's `word` may be lower-cased).
let raws: string[] = [];
// The phrase tables' version the cached masks were computed for.
let version = -1;

/** Slice, lower-case and fold one word: the work the table saves. */
export function wordForms(w: string): WordForms {
  const lw = w.toLowerCase();
  // A word whose first letter is lower case stands for itself in lower case ("iPhone" is read "iphone").
  if (lw.length === w.length && w.charCodeAt(0) === lw.charCodeAt(0)) {
    const low = foldLower(lw);
    return { word: lw, low, cap: 0, first: firstWordMask(low) };
  }
  let cap = 0;
  if (w.charCodeAt(0) !== lw.charCodeAt(0)) {
    cap = w.length > 1 && w.charCodeAt(1) !== lw.charCodeAt(1) && w === w.toUpperCase() ? 2 : 1;
  }
  const low = foldLower(lw);
  return { word: w, low, cap, first: firstWordMask(low) };
}

export const FNV_BASIS = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the code units of text[start, end). */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_BASIS;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h;
}

function sameWord(w: string, text: string, start: number, end: number): boolean {
  if (w.length !== end - start) return false;
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * The forms of the word text[start, end), with `hash` = {@link hashRange} of the same range. Equal words
 * get the same (shared) object while the table is not cleared.
 */
export function internWord(text: string, start: number, end: number, hash: number): WordForms {
  if (end - start > MAX_LEN) return wordForms(text.slice(start, end));
  if (!slots) slots = new Int32Array(SLOTS * 2);
  if (version !== masksVersion()) {
    // A phrase table was built after these words were cached: their masks lack its bit.
    slots.fill(0);
    forms = [];
    raws = [];
    version = masksVersion();
  }
  let s = hash & MASK;
  for (;;) {
    const e = slots[2 * s + 1]!;
    if (e === 0) break;
    if (slots[2 * s] === hash && sameWord(raws[e - 1]!, text, start, end)) return forms[e - 1]!;
    s = (s + 1) & MASK;
  }
  const raw = text.slice(start, end);
  const f = wordForms(raw);
  if (forms.length >= MAX_ENTRIES) {
    slots.fill(0);
    forms = [];
    raws = [];
    s = hash & MASK;
  }
  forms.push(f);
  raws.push(raw);
  slots[2 * s] = hash;
  slots[2 * s + 1] = forms.length;
  return f;
}
