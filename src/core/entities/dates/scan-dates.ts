/**
 * The scanning loop shared by the Vietnamese and English date rules. Every date form contains a number,
 * so the loop walks the digits with `charCodeAt` (no regex over the whole text) and only where a number
 * is preceded by a calendar word or looks like a date by itself does it try the rules, each a sticky
 * regex anchored at the candidate's start. Linear in the text; most numbers cost one short look-behind.
 */
import type { Reference } from './calendar.ts';
import type { DateHit } from './date-hit.ts';

/** A rule: a sticky regex and the value it builds (null: not a date after all). */
export type DateRule = {
  re: RegExp;
  build: (m: RegExpExecArray, ref: Reference | undefined) => DateHit | null;
};

/** Builds a rule from a regex source; flags add to the sticky flag. */
export const dateRule = (source: string, flags: string, build: DateRule['build']): DateRule => ({
  re: new RegExp(source, `${flags}y`),
  build,
});

/** A hit from a match, or null when the value is null. */
export const dateHit = (
  m: RegExpExecArray,
  value: string | null,
  start = m.index,
  end = m.index + m[0].length,
): DateHit | null => (value === null ? null : { start, end, value });

/** Where to try the rules for the number at `[p, q)`: start offsets in order of preference. */
export type Candidates = (text: string, p: number, q: number) => number[];

const LETTER = /\p{L}/u;
const isWordChar = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c >= 0xc0 && LETTER.test(text[i]!);
};

/**
 * Scans `text` for dates; `rulesAt` gives the rules that can start at an offset (by its first letters).
 * @returns hits in text order, not overlapping.
 */
export function scanDates(
  text: string,
  ref: Reference | undefined,
  rulesAt: (text: string, start: number) => DateRule[],
  candidates: Candidates,
): DateHit[] {
  const out: DateHit[] = [];
  // A fresh regex per call: scans may interleave (the composer runs one per language segment).
  const numbers = /\d+/g;
  for (let d = numbers.exec(text); d; d = numbers.exec(text)) {
    const i = d.index;
    const q = i + d[0].length;
    if (i > 0 && isWordChar(text, i - 1)) continue;
    let found: DateHit | null = null;
    for (const start of candidates(text, i, q)) {
      // Never start inside the previous date.
      if (out.length > 0 && start < out[out.length - 1]!.end) continue;
      for (const r of rulesAt(text, start)) {
        r.re.lastIndex = start;
        const m = r.re.exec(text);
        if (!m) continue;
        found = r.build(m, ref);
        if (found && found.end > i) break;
        found = null;
      }
      if (found) break;
    }
    if (found) {
      out.push(found);
      numbers.lastIndex = found.end;
    }
  }
  return out;
}

const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && LETTER.test(text[i]!));
};

/**
 * The word of at most `max` letters ending just before `end` (spaces skipped): its start, its text and
 * its lower case; null when there is none or it is longer. Cheaper than a look-behind regex per number.
 */
export function wordBefore(
  text: string,
  end: number,
  max = 7,
): { start: number; raw: string; word: string } | null {
  let i = end - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 160)) i--;
  const last = i;
  while (i >= 0 && last - i <= max && isLetterAt(text, i)) i--;
  if (i === last || (i >= 0 && isLetterAt(text, i))) return null;
  const raw = text.slice(i + 1, last + 1);
  return { start: i + 1, raw, word: raw.toLowerCase() };
}
