/**
 * Vietnamese calendar expressions, per the labelling guidelines: a day and month need a preceding calendar
 * unit or day-part word ("Ngày 24/4", "sáng 24/4", "Chiều ngày 10-5-2017"); a full numeric date stands alone
 * ("24-4-2024"); months and years need their unit ("tháng 4/2024", "năm 2024"); ranges are one span
 * ("ngày 27 - 30/6", "2015 - 2020"); a birth year after "SN" is the year alone. Durations ("10 năm"),
 * relative words ("hôm nay") and document numbers ("181-QĐ/TW") are not dates.
 */
import { isoDate, isPlausibleYear, isValidDay, type Reference, resolveYear } from './calendar.ts';
import type { DateHit } from './date-hit.ts';

const DAY_PART = String.raw`(?:rạng\s+sáng|sáng\s+sớm|sáng|trưa|chiều|tối|đêm|khuya|hôm)(?:\s+(?:ngày|hôm))?|ngày`;
const DASH = String.raw`\s*[-–—]\s*`;
const END = String.raw`(?![\p{L}\p{N}])`;
const Y = String.raw`(\d{4})`;
const D = String.raw`(\d{1,2})`;

/** Where a rule may start: a unit word, a day-part word, "SN", or the first digit of a number. */
const ANCHOR = /(?<![\p{L}\p{N}])(?:rạng|sáng|trưa|chiều|tối|đêm|khuya|hôm|ngày|tháng|năm|quý|sn|\d)/giu;

type Rule = { re: RegExp; build: (m: RegExpExecArray, ref: Reference | undefined) => DateHit | null };
const rule = (source: string, build: Rule['build']): Rule => ({ re: new RegExp(source, 'iuy'), build });

/** A day and month (year optional) as a value, or null when the day does not exist. */
function dayValue(d: string, m: string, y: string | undefined, ref: Reference | undefined): string | null {
  const day = Number(d);
  const month = Number(m);
  const year = y ? Number(y) : resolveYear(month, day, ref);
  if (y && !isPlausibleYear(Number(y))) return null;
  return isValidDay(year, month, day) ? isoDate(year, month, day) : null;
}

const hit = (m: RegExpExecArray, value: string | null, start = m.index): DateHit | null =>
  value === null ? null : { start, end: m.index + m[0].length, value };

const RULES: Rule[] = [
  // "ngày 27 - 30/6", "ngày 27-30/6/2017": a range of days in one month.
  rule(String.raw`(?:${DAY_PART})\s+${D}${DASH}${D}\s*[/.]\s*${D}(?:[/.]${Y})?${END}`, (m, ref) => {
    const a = dayValue(m[1]!, m[3]!, m[4], ref);
    const b = dayValue(m[2]!, m[3]!, m[4], ref);
    return a && b && a < b ? hit(m, `${a}/${b}`) : null;
  }),
  // "Ngày 24/4", "Chiều ngày 10-5-2017", "ngày 7.2.2017", "ngày 24/4 - 2/5".
  rule(
    String.raw`(?:${DAY_PART})\s+${D}([/.-])${D}(?:\2${Y})?(?:${DASH}${D}[/.-]${D}(?:[/.-]${Y})?)?${END}`,
    (m, ref) => {
      const a = dayValue(m[1]!, m[3]!, m[4] ?? m[7], ref);
      if (!m[5]) return hit(m, a);
      const b = dayValue(m[5], m[6]!, m[7] ?? m[4], ref);
      return a && b ? hit(m, `${a}/${b}`) : null;
    },
  ),
  // "ngày 24 tháng 4 năm 2024", "ngày 27 - 30 tháng 6".
  rule(
    String.raw`(?:${DAY_PART})\s+${D}(?:${DASH}${D})?\s+tháng\s+${D}(?:\s+năm\s+${Y}|\s*/\s*${Y})?${END}`,
    (m, ref) => {
      const year = m[4] ?? m[5];
      const a = dayValue(m[1]!, m[3]!, year, ref);
      if (!m[2]) return hit(m, a);
      const b = dayValue(m[2], m[3]!, year, ref);
      return a && b ? hit(m, `${a}/${b}`) : null;
    },
  ),
  // "24-4-2024", "5/2/1966": a full numeric date needs no unit word, but not inside a document number.
  rule(String.raw`${D}([/.-])${D}\2${Y}(?![\p{L}\p{N}]|[/.-]\p{L})`, (m) =>
    hit(m, dayValue(m[1]!, m[3]!, m[4], undefined)),
  ),
  // "24 tháng 4 năm 2024" without "ngày".
  rule(String.raw`${D}\s+tháng\s+${D}\s+năm\s+${Y}${END}`, (m) =>
    hit(m, dayValue(m[1]!, m[2]!, m[3], undefined)),
  ),
  // "6 tháng đầu năm 2017", "6 tháng cuối năm 2017": half-year periods.
  rule(String.raw`(\d{1,2})\s+tháng\s+(đầu|cuối)\s+năm\s+${Y}${END}`, (m) => {
    const n = Number(m[1]);
    const y = Number(m[3]);
    if (n < 1 || n > 12 || !isPlausibleYear(y)) return null;
    const first = m[2]!.toLowerCase() === 'đầu';
    return hit(m, first ? `${isoDate(y, 1)}/${isoDate(y, n)}` : `${isoDate(y, 13 - n)}/${isoDate(y, 12)}`);
  }),
  // "quý I/2017", "quý 2 năm 2024": quarters.
  rule(String.raw`quý\s+(I{1,3}|IV|[1-4])(?:\s*/\s*|\s+năm\s+)${Y}${END}`, (m) => {
    const q = { I: 1, II: 2, III: 3, IV: 4 }[m[1]!.toUpperCase() as 'I'] ?? Number(m[1]);
    const y = Number(m[2]);
    return isPlausibleYear(y) ? hit(m, `${isoDate(y, q * 3 - 2)}/${isoDate(y, q * 3)}`) : null;
  }),
  // "tháng 4/2024", "tháng 3 năm 1938", "tháng 4".
  rule(String.raw`tháng\s+${D}(?:\s*[/.-]\s*${Y}|\s+năm\s+${Y})?${END}`, (m, ref) => {
    const month = Number(m[1]);
    const y = m[2] ?? m[3];
    if (month < 1 || month > 12 || (y && !isPlausibleYear(Number(y)))) return null;
    return hit(m, isoDate(y ? Number(y) : resolveYear(month, undefined, ref), month));
  }),
  // "năm 2024", "năm 2016 - 2020".
  rule(String.raw`năm\s+${Y}(?:${DASH}${Y})?${END}`, (m) => hit(m, yearValue(m[1]!, m[2]))),
  // "2015 - 2020": term years.
  rule(String.raw`${Y}${DASH}${Y}${END}`, (m) => (m[2] ? hit(m, yearValue(m[1]!, m[2])) : null)),
  // "(SN 1964)": a birth year; the span is the year alone.
  rule(String.raw`(sn\s*:?\s*)${Y}${END}`, (m) =>
    hit(m, yearValue(m[2]!, undefined), m.index + m[1]!.length),
  ),
];

function yearValue(a: string, b: string | undefined): string | null {
  const y1 = Number(a);
  if (!isPlausibleYear(y1)) return null;
  if (b === undefined) return isoDate(y1);
  const y2 = Number(b);
  return isPlausibleYear(y2) && y2 > y1 && y2 - y1 <= 100 ? `${y1}/${y2}` : null;
}

/**
 * A capitalised unit word inside a sentence is part of a name ("Cách mạng Tháng 10", "Năm APEC 2017");
 * at the start of a sentence, line or quote it is an ordinary word.
 */
function insideName(text: string, at: number): boolean {
  const c = text[at]!;
  if (c === c.toLowerCase()) return false;
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  return i >= 0 && !/[.!?:;\n\r"“”'‘’([\-–—•*]/.test(text[i]!);
}

/** Unit-less counts before "tháng" are durations ("3 tháng"), not months. */
const afterNumber = (text: string, at: number): boolean => /\d\s*$/.test(text.slice(Math.max(0, at - 4), at));

/**
 * Finds Vietnamese dates in NFC text.
 * @returns spans with ISO values, in text order, not overlapping.
 */
export function findVietnameseDates(text: string, ref: Reference | undefined): DateHit[] {
  const out: DateHit[] = [];
  ANCHOR.lastIndex = 0;
  for (let a = ANCHOR.exec(text); a; a = ANCHOR.exec(text)) {
    const at = a.index;
    const word = a[0].toLowerCase();
    if (
      (word === 'tháng' || word === 'năm') &&
      (insideName(text, at) || (word === 'tháng' && afterNumber(text, at)))
    )
      continue;
    for (const r of RULES) {
      r.re.lastIndex = at;
      const m = r.re.exec(text);
      if (!m) continue;
      const h = r.build(m, ref);
      if (!h) continue;
      out.push(h);
      ANCHOR.lastIndex = h.end;
      break;
    }
  }
  return out;
}
