/**
 * English calendar expressions, per the labelling guidelines: "May 20", "May 20, 2022", "20 May 2022",
 * "January 2022", ranges as one span ("July 17-19", "August 2-10", "May 30 - June 2"), a bare year after a
 * preposition ("in 2023"), an ordinal day standing for a date ("on the 21st"), numeric dates ("5/20/2022",
 * "2022-05-20"). Relative expressions (today, yesterday, later this summer) and years inside names
 * ("2018 Summit of the Americas") are not dates.
 */

import { isoDate, isPlausibleYear, isValidDay, type Reference, resolveYear } from './calendar.ts';
import type { DateHit } from './date-hit.ts';
import { type DateRule, dateHit, dateRule, scanDates, wordBefore } from './scan-dates.ts';
import { tenseAt, yearByTense } from './tense.ts';

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
// Capitalised month names only: "may" and "march" are also ordinary words.
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const ORD = '(?:st|nd|rd|th)?';
const DAY = String.raw`(\d{1,2})${ORD}`;
const DASH = String.raw`\s*(?:[-–—]|through|to|until)\s*`;
const YEAR = String.raw`(?:,?\s+(\d{4}))`;
const END = String.raw`(?![\p{L}\p{N}])`;
const PREP =
  '(?:in|In|since|Since|by|until|before|after|during|During|from|From|through|of|between|early|late|Early|Late|By)';

const PREPS = new Set(
  PREP.slice(3, -1)
    .split('|')
    .map((w) => w.toLowerCase().replace('-', '')),
);
PREPS.add('on');
PREPS.add('mid');
const PAIR = new Set(['and', 'to', 'or', 'through', 'until']);
// A number that may be a date by itself: "20 May", "5/20/2022", "2022-05-20", "2019-2021".
const AFTER = new RegExp(String.raw`^(?:(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|/\d|-\d|\s*[-–]\s*\d{4})`, 'u');
// "in May", "since September": a month alone after a preposition (no number to start from).
const MONTH_ALONE = new RegExp(
  String.raw`(?<![\p{L}])(${PREP}\s+)(January|February|March|April|May|June|July|August|September|October|November|December)${END}(?!\s+(?:of\s+)?\d)`,
  'gu',
);

// "their February letter", "the January meeting": a month modifying a noun after a determiner. Not May
// and March, which are also a verb and a noun ("the March on Washington").
const MONTH_MODIFIER =
  /(?<![\p{L}])((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ii]nitial)\s+)(January|February|April|June|July|August|September|October|November|December)(?=\s+\p{Ll})/gu;

const monthOf = (s: string): number => MONTHS[s.toLowerCase().replace('.', '')] ?? 0;

function dayValue(
  month: number,
  day: number,
  year: string | undefined,
  ref: Reference | undefined,
): string | null {
  const y = year ? Number(year) : resolveYear(month, day, ref);
  if (year && !isPlausibleYear(Number(year))) return null;
  return isValidDay(y, month, day) ? isoDate(y, month, day) : null;
}

const rule = (source: string, build: DateRule['build']): DateRule => dateRule(source, 'u', build);
const hit = dateHit;

const RULES: DateRule[] = [
  // "May 30 - June 2, 2022"
  rule(String.raw`${MONTH}\s+${DAY}${DASH}${MONTH}\s+${DAY}${YEAR}?${END}`, (m, ref) => {
    const a = dayValue(monthOf(m[1]!), Number(m[2]), m[5], ref);
    const b = dayValue(monthOf(m[3]!), Number(m[4]), m[5], ref);
    return a && b ? hit(m, `${a}/${b}`) : null;
  }),
  // "from June 5 to 9": two dates, as "from June 5 to June 9" and the Vietnamese "từ ngày 5 đến 9/6" are; the
  // first here, the second by the rule after "the 21st" below. A dash ("June 5-9") makes one range.
  rule(
    String.raw`${MONTH}\s+${DAY}(?=\s+(?:to|through|until)\s+\d{1,2}${ORD}(?:,?\s+(\d{4}))?${END})`,
    (m, ref) =>
      /(?<![\p{L}])from\s+$/iu.test(m.input.slice(Math.max(0, m.index - 6), m.index))
        ? hit(m, dayValue(monthOf(m[1]!), Number(m[2]), m[3], ref))
        : null,
  ),
  // "July 17-19", "May 20", "May 20, 2022"; without a year, the nearest one, unless that lies months away
  // and the clause's tense says the other side ("I was pleased to host him on January 11" in a September
  // statement is behind it).
  rule(String.raw`${MONTH}\s+${DAY}(?:${DASH}${DAY})?${YEAR}?${END}`, (m, ref) => {
    const month = monthOf(m[1]!);
    if (!m[4] && !m[3] && ref?.m !== undefined) {
      const day = Number(m[2]);
      const near = resolveYear(month, day, ref) ?? ref.y;
      const months = (near - ref.y) * 12 + month - ref.m;
      const tense = Math.abs(months) > 2 ? tenseAt(m.input, m.index, m.index + m[0].length, true) : 0;
      const y = tense === Math.sign(months) ? near : (yearByTense(month, day, ref, tense, near) ?? near);
      return isValidDay(y, month, day) ? hit(m, isoDate(y, month, day)) : null;
    }
    const a = dayValue(month, Number(m[2]), m[4], ref);
    if (!m[3]) return hit(m, a);
    const b = dayValue(month, Number(m[3]), m[4], ref);
    return a && b && a < b ? hit(m, `${a}/${b}`) : null;
  }),
  // "January 2022", "January of 2022"
  rule(String.raw`${MONTH}\s+(?:of\s+)?(\d{4})${END}`, (m) => {
    const y = Number(m[2]);
    return isPlausibleYear(y) ? hit(m, isoDate(y, monthOf(m[1]!))) : null;
  }),
  // "20 May 2022", "21st of May"
  rule(String.raw`${DAY}\s+(?:of\s+)?${MONTH}${YEAR}?${END}`, (m, ref) =>
    hit(m, dayValue(monthOf(m[2]!), Number(m[1]), m[3], ref)),
  ),
  // "5/20/2022" (US order) and "2022-05-20"
  rule(String.raw`(\d{1,2})/(\d{1,2})/(\d{4})${END}`, (m) =>
    hit(m, dayValue(Number(m[1]), Number(m[2]), m[3], undefined)),
  ),
  rule(String.raw`(\d{4})-(\d{2})-(\d{2})${END}`, (m) =>
    hit(m, dayValue(Number(m[2]), Number(m[3]), m[1], undefined)),
  ),
  // "in 2023", "from 2019-2021", "in May": the preposition marks the calendar reading; the span omits it.
  rule(
    String.raw`((?:${PREP}\s+|mid-)(?:the\s+(?:year\s+)?)?)(\d{4})(?:\s*[-–]\s*(\d{4}))?${END}(?!\s+\p{Lu})`,
    (m) => {
      const a = Number(m[2]);
      if (!isPlausibleYear(a)) return null;
      const b = m[3] ? Number(m[3]) : undefined;
      if (b !== undefined && !(b > a && isPlausibleYear(b))) return null;
      return hit(m, b ? `${a}/${b}` : isoDate(a), m.index + m[1]!.length);
    },
  ),
  // "between 2019 and 2021", "from 2019 to 2021": the second year of a pair.
  rule(String.raw`(?<=\d{4}\s+(?:and|to|or|through|until)\s+)(\d{4})${END}(?!\s+\p{Lu})`, (m) => {
    const y = Number(m[1]);
    return isPlausibleYear(y) ? hit(m, isoDate(y)) : null;
  }),
  // "2019-2021" standing alone
  rule(String.raw`(\d{4})\s*[-–]\s*(\d{4})${END}(?!\s+\p{Lu})`, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return isPlausibleYear(a) && b > a && b - a <= 100 ? hit(m, `${a}/${b}`) : null;
  }),
  // "on the 21st", "the 21st."; not "the 22nd Director" nor "the 21st century".
  rule(
    String.raw`((?:on|On|by|until|since|from|the)\s+(?:the\s+)?)(\d{1,2})(st|nd|rd|th)(?=\s*[,.;:)]|\s*$|\s+(?:and|to|through|or)\s)`,
    (m, ref) => {
      const d = Number(m[2]);
      if (d < 1 || d > 31) return null;
      const y = ref?.m !== undefined ? ref.y : undefined;
      return hit(m, isoDate(y, ref?.m, d), m.index + m[1]!.length);
    },
  ),
  // … and "9" after "from June 5 to", in the month (and year) the pair shares.
  rule(
    String.raw`(?<=(?<![\p{L}])[Ff]rom\s+${MONTH}\s+\d{1,2}${ORD}\s+(?:to|through|until)\s+)(\d{1,2})${ORD}${YEAR}?${END}`,
    (m, ref) => hit(m, dayValue(monthOf(m[1]!), Number(m[2]), m[3], ref)),
  ),
];

const BY_DIGIT = RULES.filter((r) => r.re.source.startsWith('(\\d') || r.re.source.startsWith('(?<='));
const BY_MONTH = RULES.filter((r) => r.re.source.startsWith(MONTH));
const BY_WORD = RULES.filter((r) => !BY_DIGIT.includes(r) && !BY_MONTH.includes(r));

function rulesAt(text: string, start: number): DateRule[] {
  const c = text.charCodeAt(start);
  if (c >= 48 && c <= 57) return BY_DIGIT;
  return monthOf(text.slice(start, start + 9).split(/[^A-Za-z]/)[0]!) ? BY_MONTH : BY_WORD;
}

/** Candidate starts for the number at `[p, q)`: a month or preposition before it, then the number. */
function candidates(text: string, p: number, q: number): number[] {
  const out: number[] = [];
  let end = p;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  // "Jan. 5", "mid-2023"
  if (text[end - 1] === '.' || text[end - 1] === '-') end--;
  const w = wordBefore(text, end, 10);
  if (w) {
    if (monthOf(w.raw) && w.raw[0] !== w.word[0]) out.push(w.start);
    else if (w.word === 'of' || w.word === 'the') {
      const v = wordBefore(text, w.start, 10);
      if (v && monthOf(v.raw) && v.raw[0] !== v.word[0]) out.push(v.start);
      else if (v && PREPS.has(v.word)) out.push(v.start);
      else if (w.word === 'the') out.push(w.start);
    } else if (PREPS.has(w.word)) out.push(w.start);
  }
  if (
    AFTER.test(text.slice(q, q + 16)) ||
    (w && PAIR.has(w.word) && /\d\s*$/.test(text.slice(w.start - 3, w.start)))
  )
    out.push(p);
  return out;
}

const COUNTS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
};
const PERIOD = new RegExp(
  String.raw`(?<![\p{L}])(?:(first|second|third|fourth|last)\s+(quarter|half)\s+of\s+(\d{4})|(first|last)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+(\d{4})|[Ff]iscal\s+(?:[Yy]ear\s+)?(\d{4}))${END}`,
  'gu',
);

/** The ISO range of a period matched by {@link PERIOD}, or null when its numbers make none. */
function periodValue(m: RegExpExecArray): string | null {
  const range = (y: number, a: number, b: number) =>
    isPlausibleYear(y) && a >= 1 && b <= 12 && a <= b ? `${isoDate(y, a)}/${isoDate(y, b)}` : null;
  if (m[3]) {
    const y = Number(m[3]);
    const n = { first: 1, second: 2, third: 3, fourth: 4, last: 0 }[m[1]!.toLowerCase() as 'first']!;
    if (m[2]!.toLowerCase() === 'half') return n > 2 ? null : n === 1 ? range(y, 1, 6) : range(y, 7, 12);
    const q = n === 0 ? 4 : n;
    return range(y, q * 3 - 2, q * 3);
  }
  if (m[6]) {
    const y = Number(m[6]);
    const k = COUNTS[m[5]!.toLowerCase()] ?? Number(m[5]);
    return m[4]!.toLowerCase() === 'first' ? range(y, 1, k) : range(y, 13 - k, 12);
  }
  // The U.S. federal fiscal year: October of the year before to September.
  const y = Number(m[7]);
  return isPlausibleYear(y) ? `${isoDate(y - 1, 10)}/${isoDate(y, 9)}` : null;
}

/**
 * Finds English dates.
 * @returns spans with ISO values, in text order, not overlapping.
 */
export function findEnglishDates(text: string, ref: Reference | undefined): DateHit[] {
  const out = scanDates(text, ref, rulesAt, candidates);
  // A period of a year ("the first quarter of 2018", "the first ten months of 2017", "fiscal year 2017")
  // is one date, over the year the number alone was read as.
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(text); m; m = PERIOD.exec(text)) {
    const value = periodValue(m);
    if (!value) continue;
    const h: DateHit = { start: m.index, end: m.index + m[0].length, value };
    for (let i = out.length - 1; i >= 0; i--) {
      const o = out[i]!;
      if (o.start < h.end && h.start < o.end) out.splice(i, 1);
    }
    out.push(h);
  }
  for (const re of [MONTH_ALONE, MONTH_MODIFIER]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const month = monthOf(m[2]!);
      const at = m.index + m[1]!.length;
      const tense = tenseAt(text, at, at + m[2]!.length);
      const year = yearByTense(month, undefined, ref, tense, resolveYear(month, undefined, ref));
      const h = hit(m, isoDate(year, month), at);
      if (h && !out.some((o) => o.start < h.end && h.start < o.end)) out.push(h);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
