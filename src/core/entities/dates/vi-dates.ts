/**
 * Vietnamese calendar expressions, per the labelling guidelines: a day and month need a preceding calendar
 * unit or day-part word ("Ngày 24/4", "sáng 24/4", "Chiều ngày 10-5-2017"); a full numeric date stands alone
 * ("24-4-2024"); months and years need their unit ("tháng 4/2024", "năm 2024"); ranges are one span
 * ("ngày 27 - 30/6", "2015 - 2020"); a birth year after "SN" is the year alone. Durations ("10 năm"),
 * relative words ("hôm nay") and document numbers ("181-QĐ/TW") are not dates.
 */
import { isoDate, isPlausibleYear, isValidDay, type Reference, resolveYear } from './calendar.ts';
import type { DateHit } from './date-hit.ts';
import { type DateRule, dateHit, dateRule, scanDates, wordBefore } from './scan-dates.ts';
import { viTenseAt, yearByTense } from './tense.ts';

const DAY_PART = String.raw`(?:rạng\s+sáng|sáng\s+sớm|sáng|trưa|chiều|tối|đêm|khuya|hôm)(?:\s+(?:ngày|hôm))?|ngày`;
const DASH = String.raw`\s*[-–—]\s*`;
const END = String.raw`(?![\p{L}\p{N}])`;
const Y = String.raw`(\d{4})`;
const D = String.raw`(\d{1,2})`;

// "quý I/" or "quý I năm " right before a year.
const QUARTER_BEFORE = /(?<![\p{L}])quý\s+(?:I{1,3}|IV)\s*(?:\/|\s+năm\s+)$/iu;
// "T9" right before "/2026".
const ABBR_MONTH_BEFORE = /(?<![\p{L}\p{N}])T(?:1[0-2]|[1-9])$/u;
// A number that may be a date on its own: "24-4-2024", "2015 - 2020", "6 tháng đầu năm".
const AFTER = /^(?:[/.-]\d|\s*[-–—]\s*\d{4}|\s+tháng\s)/iu;

/** A day and month (year optional) as a value, or null when the day does not exist. */
function dayValue(d: string, m: string, y: string | undefined, ref: Reference | undefined): string | null {
  const day = Number(d);
  const month = Number(m);
  const year = y ? Number(y) : resolveYear(month, day, ref);
  if (y && !isPlausibleYear(Number(y))) return null;
  return isValidDay(year, month, day) ? isoDate(year, month, day) : null;
}

const hit = dateHit;
const rule = (source: string, build: DateRule['build']): DateRule => dateRule(source, 'iu', build);

const RULES: DateRule[] = [
  // "ngày 27 - 30/6", "ngày 27-30/6/2017": a range of days in one month. Written out with words ("từ ngày 20
  // đến 22/12") it is two dates, as "từ ngày 20/12 đến ngày 22/12" is (the list rules below).
  rule(String.raw`(?:${DAY_PART})\s+${D}${DASH}${D}\s*[/.]\s*${D}(?:[/.]${Y})?${END}`, (m, ref) => {
    const a = dayValue(m[1]!, m[3]!, m[4], ref);
    const b = dayValue(m[2]!, m[3]!, m[4], ref);
    return a && b && a < b ? hit(m, `${a}/${b}`) : null;
  }),
  // "Ngày 24/4", "Chiều ngày 10-5-2017", "ngày 7.2.2017", "ngày 24/4 - 2/5"; not "ngày 9-10/8", a range.
  rule(
    String.raw`(?:${DAY_PART})\s+${D}([/.-])${D}(?:\2${Y})?(?:${DASH}${D}[/.-]${D}(?:[/.-]${Y})?)?${END}(?!\s*[/.]\s*\d)`,
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
  // "ngày 3 và 10/10", "từ ngày 14 đến 24/5": a list or two ends, each a date: the first its day and unit
  // word, its month (and year) shared from the second.
  rule(
    String.raw`(?:${DAY_PART})\s+${D}(?=(?:\s*,\s*\d{1,2})*\s*(?:và|,|đến|tới)\s+(?:ngày\s+)?\d{1,2}\s*([/.])\s*${D}(?:\2${Y})?${END})`,
    (m, ref) => hit(m, dayValue(m[1]!, m[3]!, m[4], ref)),
  ),
  // … and the second of the two, "10/10", after "ngày 3 và".
  rule(
    String.raw`(?<=(?<![\p{L}])ngày\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:và|,|đến|tới)\s+(?:ngày\s+)?)${D}([/.])${D}(?:\2${Y})?${END}`,
    (m, ref) => hit(m, dayValue(m[1]!, m[3]!, m[4], ref)),
  ),
  // "24-4-2024", "5/2/1966": a full numeric date needs no unit word, but not inside a document number;
  // two of them joined by a dash are a range ("3/2/1930 - 3/2/2017").
  rule(
    String.raw`${D}([/.-])${D}\2${Y}(?:${DASH}${D}\2${D}\2${Y})?(?![\p{L}\p{N}]|[/.-]\p{L}|[.,]\d)`,
    (m) => {
      const a = dayValue(m[1]!, m[3]!, m[4], undefined);
      if (!m[5]) return hit(m, a);
      const b = dayValue(m[5], m[6]!, m[7], undefined);
      return a && b && a < b ? hit(m, `${a}/${b}`) : null;
    },
  ),
  // "chiều nay (26/6)", "thứ Hai (24/4)": a relative day or weekday pins the bracketed day and month.
  rule(
    String.raw`(?<=(?:nay|qua|mai|hai|ba|tư|năm|sáu|bảy|nhật)\s*\()${D}([/.-])${D}(?:\2${Y})?(?=\))`,
    (m, ref) => hit(m, dayValue(m[1]!, m[3]!, m[4], ref)),
  ),
  // "từ 15/3", "đến 31/12", "trước 30/6": a day and month after a preposition of time, the span the date
  // alone. Only with "/" ("từ 2-3 ngày" is a count, "từ 1.5 triệu" a number) and not "từ 1/3 đến 1/2" of a whole.
  rule(
    String.raw`(?<=(?<![\p{L}])(từ|đến|tới|trước|sau|vào|hết)\s+)${D}/${D}${END}(?![/.,-]\d|\s*(?:%|số|diện|tổng|dân|lượng|lên|xuống))`,
    (m, ref) => {
      const day = Number(m[2]);
      const month = Number(m[3]);
      // A deadline ("đến 31/12", "trước 30/6") lies ahead unless the sentence says it is past.
      const tense = viTenseAt(m.input, m.index) || (/^(?:từ|sau|vào)$/i.test(m[1]!) ? 0 : 1);
      const year = yearByTense(month, day, ref, tense, resolveYear(month, day, ref));
      return isValidDay(year, month, day) ? hit(m, isoDate(year, month, day)) : null;
    },
  ),
  // "24 tháng 4 năm 2024" without "ngày".
  rule(String.raw`${D}\s+tháng\s+${D}\s+năm\s+${Y}${END}`, (m) =>
    hit(m, dayValue(m[1]!, m[2]!, m[3], undefined)),
  ),
  // "6 tháng đầu năm 2017", "6 tháng cuối năm 2017": half-year periods; "11 tháng năm 2023" counts from January.
  rule(String.raw`(\d{1,2})\s+tháng\s+(?:(đầu|cuối)\s+)?năm\s+${Y}${END}`, (m) => {
    const n = Number(m[1]);
    const y = Number(m[3]);
    if (n < 1 || n > 12 || !isPlausibleYear(y)) return null;
    const first = m[2]?.toLowerCase() !== 'cuối';
    return hit(m, first ? `${isoDate(y, 1)}/${isoDate(y, n)}` : `${isoDate(y, 13 - n)}/${isoDate(y, 12)}`);
  }),
  // "quý I/2017", "quý 2 năm 2024": quarters.
  rule(String.raw`quý\s+(I{1,3}|IV|[1-4])(?:\s*/\s*|\s+năm\s+)${Y}${END}`, (m) => {
    const q = { I: 1, II: 2, III: 3, IV: 4 }[m[1]!.toUpperCase() as 'I'] ?? Number(m[1]);
    const y = Number(m[2]);
    return isPlausibleYear(y) ? hit(m, `${isoDate(y, q * 3 - 2)}/${isoDate(y, q * 3)}`) : null;
  }),
  // "tháng 3 - 6/2027", "tháng 3 đến tháng 6/2027": a range of months sharing one year.
  rule(
    String.raw`tháng\s+${D}(?:${DASH}|\s+(?:đến|tới)\s+(?:tháng\s+)?)${D}(?:\s*/\s*${Y}|\s+năm\s+${Y})${END}`,
    (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const y = Number(m[3] ?? m[4]);
      if (a < 1 || b > 12 || a >= b || !isPlausibleYear(y)) return null;
      return hit(m, `${isoDate(y, a)}/${isoDate(y, b)}`);
    },
  ),
  // "tháng 4/2024", "tháng 3 năm 1938", "tháng 4" (a bare month placed by the sentence's tense).
  rule(String.raw`tháng\s+${D}(?:\s*[/.-]\s*${Y}|\s+năm\s+${Y})?${END}`, (m, ref) => {
    const month = Number(m[1]);
    const y = m[2] ?? m[3];
    if (month < 1 || month > 12 || (y && !isPlausibleYear(Number(y)))) return null;
    if (y) return hit(m, isoDate(Number(y), month));
    const tense = viTenseAt(m.input, m.index);
    return hit(
      m,
      isoDate(yearByTense(month, undefined, ref, tense, resolveYear(month, undefined, ref)), month),
    );
  }),
  // "T9/2026": the abbreviated month, only as T and 1–12 right before "/yyyy".
  dateRule(`T(1[0-2]|[1-9])/${Y}${END}`, 'u', (m) =>
    isPlausibleYear(Number(m[2])) ? hit(m, isoDate(Number(m[2]), Number(m[1]))) : null,
  ),
  // "năm 2024", "năm 2016 - 2020".
  rule(String.raw`năm\s+${Y}(?:${DASH}${Y})?${END}`, (m) => hit(m, yearValue(m[1]!, m[2]))),
  // "2015 - 2020": term years.
  rule(`${Y}${DASH}${Y}${END}`, (m) => (m[2] ? hit(m, yearValue(m[1]!, m[2])) : null)),
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

const CUE_WORDS = new Set([
  'ngày',
  'tháng',
  'năm',
  'quý',
  'sn',
  'sớm',
  'sáng',
  'trưa',
  'chiều',
  'tối',
  'đêm',
  'khuya',
  'hôm',
]);
const DAY_PARTS = new Set(['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm']);
/**
 * Where the calendar words before the number at `p` start ("Chiều ngày 10-5", "rạng sáng 3/2",
 * "SN: 1964", "quý I/2017"), or -1. Walks back word by word instead of running a regex per number.
 */
function cueStart(text: string, p: number): number {
  let k = p - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  const c = text[k];
  if (c === ':') {
    const w = wordBefore(text, k);
    return w?.word === 'sn' ? w.start : -1;
  }
  if (c === '/') {
    if (ABBR_MONTH_BEFORE.test(text.slice(Math.max(0, k - 4), k))) return text.lastIndexOf('T', k);
    const q = QUARTER_BEFORE.exec(text.slice(Math.max(0, p - 16), p));
    return q ? p - Math.min(p, 16) + q.index : -1;
  }
  const w = wordBefore(text, p);
  if (!w || !CUE_WORDS.has(w.word)) return -1;
  if (w.word === 'năm') {
    const q = QUARTER_BEFORE.exec(text.slice(Math.max(0, p - 20), p));
    if (q) return p - Math.min(p, 20) + q.index;
  }
  let start = w.start;
  let head = w.word;
  if (head === 'ngày' || head === 'hôm' || head === 'sớm') {
    const v = wordBefore(text, start);
    if (v && (head === 'sớm' ? v.word === 'sáng' : DAY_PARTS.has(v.word))) {
      start = v.start;
      head = v.word;
    } else if (head === 'sớm') return -1;
  }
  if (head === 'sáng') {
    const v = wordBefore(text, start);
    if (v?.word === 'rạng') start = v.start;
  }
  return start;
}

/** Candidate starts for the number at `[p, q)`: its calendar word, then the number itself. */
function candidates(text: string, p: number, q: number): number[] {
  const out: number[] = [];
  const at = cueStart(text, p);
  if (at >= 0) {
    const word = text.slice(at, at + 5).toLowerCase();
    const unit = word.startsWith('tháng') || word.startsWith('năm');
    if (!(unit && (insideName(text, at) || (word.startsWith('tháng') && afterNumber(text, at)))))
      out.push(at);
  }
  const next = text.charCodeAt(q);
  // Only "/", ".", "-", "–", "—" or a space can continue a number into a date.
  if (
    (next === 32 || next === 45 || next === 46 || next === 47 || next === 0x2013 || next === 0x2014) &&
    AFTER.test(text.slice(q, q + 12))
  )
    out.push(p);
  return out;
}

// Rules by the first letters of where they start, so a candidate tries only the rules that fit it.
const BY_DIGIT = RULES.filter((r) => /^\((?:\\d|\?<=)/.test(r.re.source));
const BY_WORD = (prefix: string) => RULES.filter((r) => r.re.source.startsWith(prefix));
const BY_MONTH = BY_WORD('tháng');
const BY_ABBR = BY_WORD('T(');
const BY_YEAR = BY_WORD('năm');
const BY_QUARTER = BY_WORD('quý');
const BY_SN = BY_WORD('(sn');
const BY_DAY = RULES.filter((r) => r.re.source.startsWith('(?:'));
// The plain day/month rule first: it is the common case, and a range fails it ("27-30/6": month 30).
BY_DAY.unshift(BY_DAY.splice(1, 1)[0]!);

function rulesAt(text: string, start: number): DateRule[] {
  const c = text.charCodeAt(start);
  if (c >= 48 && c <= 57) return BY_DIGIT;
  if (text[start] === 'T' && /\d/.test(text[start + 1] ?? '')) return BY_ABBR;
  const two = text.slice(start, start + 2).toLowerCase();
  if (two === 'th') return BY_MONTH;
  if (two === 'nă') return BY_YEAR;
  if (two === 'qu') return BY_QUARTER;
  if (two === 'sn') return BY_SN;
  return BY_DAY;
}

/**
 * Finds Vietnamese dates in NFC text.
 * @returns spans with ISO values, in text order, not overlapping.
 */
export function findVietnameseDates(text: string, ref: Reference | undefined): DateHit[] {
  const hits = withListedDays(text, withListedYears(text, scanDates(text, ref, rulesAt, candidates)));
  return withoutLawYears(text, ref ? withBareQuarters(text, ref, hits) : hits);
}

// A law's name before "năm 2015" ("Bộ luật Hình sự năm 2015", "Luật Cán bộ, công chức năm 2008"): the year is
// part of the name, not a date. The words between are the name's: none a verb or preposition of a clause.
const LAW_BEFORE =
  /(?<![\p{L}])(?:Bộ luật|Luật|Pháp lệnh)(?:,?\s+(?!(?:này|đó|có|được|từ|vào|đến|trong|sau|trước|đã|sẽ|là|và|của|thì|mà)(?![\p{L}]))[\p{L}]+){1,7}\s+$/u;

function withoutLawYears(text: string, hits: DateHit[]): DateHit[] {
  return hits.filter(
    (h) =>
      !/^năm\s+\d{4}$/i.test(text.slice(h.start, h.end)) ||
      !LAW_BEFORE.test(text.slice(Math.max(0, h.start - 80), h.start)),
  );
}

// After a year: ", 2020" or " và 2021" naming one more year of the same list ("năm 2018 và 2019", "các năm
// 2019, 2020 và 2021"), or " đến 2015" the other end of a period ("từ năm 2010 đến 2015"); not a count ("năm 2023, 2000 hộ"), a range or a number with decimals.
const NEXT_YEAR =
  /^(?:\s*,\s*|\s+(?:và|hoặc|hay|đến|tới)\s+|\s*,\s*(?:và|hoặc)\s+)(\d{4})(?![\p{L}\p{N}]|[.,]\d|\s*[-–—/]\s*\d|\s+(?:người|hộ|ca|tỷ|triệu|nghìn|đồng|ha|km|tấn|lượt|vụ|học|đơn|cơ|doanh|lao|trường|xã|căn)(?![\p{L}]))/u;

/**
 * Adds the further years of a list that opens with a year date ("năm 2018 và 2019": the second year is a
 * date of its own, its unit word shared). Each year looks ahead a few characters: linear.
 */
function withListedYears(text: string, hits: DateHit[]): DateHit[] {
  const extra: DateHit[] = [];
  for (let k = 0; k < hits.length; k++) {
    let h = hits[k]!;
    if (!/^\d{4}$/.test(h.value)) continue;
    let year = Number(h.value);
    const limit = hits[k + 1]?.start ?? text.length;
    for (let n = 0; n < 8; n++) {
      const m = NEXT_YEAR.exec(text.slice(h.end, h.end + 24));
      if (!m) break;
      const next = Number(m[1]);
      if (next <= year || next - year > 30) break;
      const end = h.end + m[0].length;
      if (end > limit) break;
      h = { start: end - 4, end, value: isoDate(next) };
      extra.push(h);
      year = next;
    }
  }
  return extra.length ? [...hits, ...extra].sort((a, b) => a.start - b.start) : hits;
}

// Between the first and the last day of a list: ", 11" items ("ngày 10, 11 và 12/6").
const MIDDLE_DAYS = /^(?:\s*,\s*\d{1,2})+\s*(?:và|,)\s+(?:ngày\s+)?$/;

/**
 * Adds the middle days of a list of days sharing a month ("ngày 10, 11 và 12/6": the 11th too), each in
 * the month and year of the last one. Looks only between neighbouring hits: linear.
 */
function withListedDays(text: string, hits: DateHit[]): DateHit[] {
  const extra: DateHit[] = [];
  for (let k = 0; k + 1 < hits.length; k++) {
    const a = hits[k]!;
    const b = hits[k + 1]!;
    if (b.start - a.end > 40 || !/^\d{4}-\d{2}-\d{2}$/.test(b.value)) continue;
    const gap = text.slice(a.end, b.start);
    if (!MIDDLE_DAYS.test(gap)) continue;
    for (const m of gap.matchAll(/\d{1,2}/g)) {
      const day = Number(m[0]);
      const month = b.value.slice(0, 8);
      if (!isValidDay(Number(b.value.slice(0, 4)), Number(b.value.slice(5, 7)), day)) continue;
      const start = a.end + m.index!;
      extra.push({ start, end: start + m[0].length, value: `${month}${m[0].padStart(2, '0')}` });
    }
  }
  return extra.length ? [...hits, ...extra].sort((x, y) => x.start - y.start) : hits;
}

// "quý III" with no year after it (those with one are found from the year's digits).
const BARE_QUARTER = /^(I{1,3}|IV)(?![\p{L}\p{N}]|\s*\/|\s+năm\s+\d)/u;

/**
 * Adds the quarters written without a year ("họp báo thường kỳ quý III"), in the article's own year. An
 * indexOf walk over "uý " rather than a regex over the whole text: the scan stays linear and cheap.
 */
function withBareQuarters(text: string, ref: Reference, hits: DateHit[]): DateHit[] {
  const extra: DateHit[] = [];
  for (let k = text.indexOf('uý ', 1); k >= 0; k = text.indexOf('uý ', k + 3)) {
    const q = text.charCodeAt(k - 1);
    if (q !== 113 && q !== 81) continue; // "q" or "Q"
    if (k >= 2 && /[\p{L}\p{N}]/u.test(text[k - 2]!)) continue;
    const m = BARE_QUARTER.exec(text.slice(k + 3, k + 12));
    if (!m) continue;
    const n = { I: 1, II: 2, III: 3, IV: 4 }[m[1] as 'I'];
    const start = k - 1;
    const end = k + 3 + m[0].length;
    if (hits.some((h) => h.start < end && start < h.end)) continue;
    extra.push({ start, end, value: `${isoDate(ref.y, n * 3 - 2)}/${isoDate(ref.y, n * 3)}` });
  }
  return extra.length ? [...hits, ...extra].sort((a, b) => a.start - b.start) : hits;
}
