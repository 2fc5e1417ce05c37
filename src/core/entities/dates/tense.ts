/**
 * A month named without a year ("In September, … identified") is placed by the sentence's tense: in the past
 * before the article's date, ahead of it when the sentence speaks of the future ("will meet in October"),
 * and otherwise in the nearest year.
 */
import type { Reference } from './calendar.ts';

const FUTURE =
  /\b(?:will|shall|next|upcoming|plans? to|planned|expected|slated|set to|scheduled|due to|is to|are to|look(?:s|ed|ing)? forward to)\b|’ll|'ll|\bwould\b(?! have)/gi;
const PAST = /\b(?:was|were|had|did|said|last|ago|would have|[a-z]{3,}ed)\b/gi;
// Past told by an auxiliary, not by a word's "-ed" ending ("supervised release", "scheduled").
const AUXILIARY_PAST = /\b(?:was|were|had|did|last|ago|would have)\b/gi;

// Where one clause of a sentence ends and another, with a tense of its own, begins: "I was pleased to host
// him on January 11, and I look forward to …".
const CLAUSE_AFTER = /^(?:;|, (?:and|but|while) )/;
const CLAUSE_BEFORE = /(?:;|, (?:and|but|while) )$/;

/**
 * The clause's bounds around `[start, end)`: the sentence, at most 160 characters either side, not across a
 * line break, nor across "; " or ", and " opening a clause of its own.
 */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  // A clause break ends with a space or ";" before the clause, and opens with "," or ";" after it.
  while (a > 0 && start - a < 160 && !/[.!?\n]/.test(text[a - 1]!)) {
    if (/[ ;]/.test(text[a - 1]!) && CLAUSE_BEFORE.test(text.slice(Math.max(0, a - 8), a))) break;
    a--;
  }
  let b = end;
  while (b < text.length && b - end < 160 && !/[.!?\n]/.test(text[b]!)) {
    if (/[,;]/.test(text[b]!) && CLAUSE_AFTER.test(text.slice(b, b + 8))) break;
    b++;
  }
  return [a, b];
}

/** How far the nearest match of `cue` in `text[a, b)` lies from `[start, end)`; Infinity if none. */
function nearest(cue: RegExp, text: string, a: number, b: number, start: number, end: number): number {
  let best = Number.POSITIVE_INFINITY;
  const part = text.slice(a, b);
  for (const m of part.matchAll(cue)) {
    const s = a + m.index;
    const e = s + m[0].length;
    if (e <= start) best = Math.min(best, start - e);
    else if (s >= end) best = Math.min(best, s - end);
  }
  return best;
}

/**
 * -1 for a past sentence, 1 for a future one, 0 when the tense does not tell. Where a sentence has both,
 * the verb nearer the date decides: "said he would hold a hearing in February" is ahead, "In March, the
 * minister said he would resign" behind. `strict` counts only auxiliaries as past ("was", "had"), not "-ed".
 */
export function tenseAt(text: string, start: number, end: number, strict = false): -1 | 0 | 1 {
  const [a, b] = sentenceBounds(text, start, end);
  const future = nearest(FUTURE, text, a, b, start, end);
  const past = nearest(strict ? AUXILIARY_PAST : PAST, text, a, b, start, end);
  if (future === Number.POSITIVE_INFINITY && past === Number.POSITIVE_INFINITY) return 0;
  return future <= past ? 1 : -1;
}

const VI_FUTURE = /(?<!\p{L})(?:sẽ|dự kiến|dự báo|dự định|kỳ vọng|kế hoạch|sắp)(?!\p{L})/iu;
const VI_PAST = /(?<!\p{L})đã(?!\p{L})/iu;

/**
 * The tense of a Vietnamese sentence from its words before `start` ("sẽ", "dự kiến", "dự báo", "kế hoạch" ahead;
 * "đã" behind): -1 past, 1 future, 0 when they do not tell.
 */
export function viTenseAt(text: string, start: number): -1 | 0 | 1 {
  let a = start;
  while (a > 0 && start - a < 160 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  const before = text.slice(a, start);
  if (VI_FUTURE.test(before)) return 1;
  return VI_PAST.test(before) ? -1 : 0;
}

/**
 * The year of month `m` (and day `d`) relative to `ref` in a sentence of the given tense.
 * @returns undefined without a reference date.
 */
export function yearByTense(
  m: number,
  d: number | undefined,
  ref: Reference | undefined,
  tense: -1 | 0 | 1,
  nearest: number | undefined,
): number | undefined {
  if (!ref || ref.m === undefined || tense === 0) return nearest;
  const here = ref.m * 40 + (ref.d ?? 15);
  const there = m * 40 + (d ?? 15);
  if (tense < 0) return there <= here ? ref.y : ref.y - 1;
  return there >= here ? ref.y : ref.y + 1;
}
