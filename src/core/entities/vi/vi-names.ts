import { matchPhrase, wordSet } from './phrase-table.ts';
import { joined, type ViTokens } from './tokenise-vi.ts';
import { VI } from './vi-lexicon.ts';

/** Capitalised words that open a clause or a title; a place never runs on into them. */
// a name never runs on into them ("… Võ Công Trí Đến dự").
export const STARTERS = wordSet(
  'Theo|Tại|Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Sau|Trước|Trong|Khi|Với|Về|Từ|Đến|Cùng|Cũng|Thay|Qua|Do|Để|' +
    'Vì|Nhằm|Đây|Đó|Này|Các|Những|Một|Ảnh|Xem|Tuy|Nhưng|Còn|Là|Và|Ông|Bà|Ngoài|Hôm|Tháng|Hiện|Riêng|' +
    'Cụ|Phát|Báo|Tham|Dự|Chủ|Bí|Phó|Tổng|Ủy|Trưởng|Giám|Thủ|Bộ|Thứ|Đại|Kết|Thông|Năm|Đặc|Nhân|Trả',
);

/** Capitalised words that open a clause: a name never runs on into them ("… Võ Công Trí Đến dự"). */
export const CLAUSE_OPENERS = wordSet(
  'Theo|Tại|Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Sau|Trước|Trong|Khi|Với|Về|Từ|Đến|Cùng|Cũng|Thay|Qua|Do|Để|' +
    'Vì|Nhằm|Đây|Đó|Này|Các|Những|Một|Ảnh|Xem|Tuy|Nhưng|Còn|Là|Và|Ông|Bà|Ngoài|Hôm|Tháng|Hiện|Riêng|' +
    'Cụ|Hai|Ba|Bốn|Nhiều|Mỗi|Mọi|Đồng',
);

const NUMERAL_NAMES = wordSet('hai|ba|bốn|năm|sáu|bảy|tám|chín|mười');

// One Vietnamese syllable: an all-capitals word is a name ("PHAN THẢO") only if it reads as one, not
// as an acronym ("HĐTV", "PV").
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

// Both a city and a person: "Hồ Chí Minh" alone is the person, after "TP" the city.
const PERSON_PLACES = new Set(['hồ chí minh']);

function nameWord(t: ViTokens, j: number): boolean {
  return t.cap[j] !== 2 || SYLLABLE.test(t.low[j]!);
}

/** True when token i is capitalised (first letter upper case). */
export function isCap(t: ViTokens, i: number): boolean {
  return i < t.n && t.cap[i]! >= 1;
}

/** True when token i starts an office noun, a rank or an organisation head (so it ends a name). */
export function startsTitleOrOrg(t: ViTokens, i: number): boolean {
  return (
    matchPhrase(VI.titleNouns, t, i) > 0 ||
    matchPhrase(VI.ranks, t, i) > 0 ||
    matchPhrase(VI.orgComplete, t, i) > 0 ||
    VI.acronyms.has(t.word[i]!)
  );
}

/**
 * The number of tokens of a personal name starting at token i (0 if none), at most `max`.
 * With `surnameFirst` the name must open with a family name and have two words or more (a bare run of
 * capitals in running text); otherwise (after an honorific or a title) any capitalised word may open it.
 */
export function nameLength(t: ViTokens, i: number, surnameFirst: boolean, max = 4): number {
  if (!isCap(t, i)) return 0;
  const first = t.low[i]!;
  if (surnameFirst && !VI.surnames.has(first)) return 0;
  if (!VI.surnames.has(first) && ((VI.notName.has(first) && !hyphenated(t, i)) || startsTitleOrOrg(t, i)))
    return 0;
  // "Văn phòng", "Bệnh viện": a multi-word body head, even when its first word is a family name.
  if (matchPhrase(VI.orgHeads, t, i) >= 2 || matchPhrase(VI.orgNeedsOwner, t, i) >= 2) return 0;
  if (/\d/.test(t.word[i]!) || !nameWord(t, i)) return 0;
  const kp = matchPhrase(VI.places, t, i);
  if (kp >= 2 && !PERSON_PLACES.has(t.low.slice(i, i + kp).join(' '))) return 0;
  let k = 1;
  // Tokens after a hyphen: they do not count as words of the name ("Mi-sen Ba-lê-ta" has two words).
  let hy = 0;
  // A name is written in one case: all capitals ("PHAN THẢO") or capitalised words, not a mix
  // ("Ảnh: THUẬN VĂN Đi cùng…" where a lost line break glued the next sentence on).
  const allCaps = t.cap[i] === 2;
  for (;;) {
    while (k < max + hy && joined(t, i + k - 1) && isCap(t, i + k)) {
      const j = i + k;
      if (allCaps !== (t.cap[j] === 2) && t.word[j]!.length > 1) break;
      // "Ba" opens a clause ("Ba đơn vị …") but not a transliterated name ("Ba-lê-ta").
      // "Lê Văn Hai", "Trần Thị Ba": numerals are given names after a family and a middle name.
      const numeralName = k >= 2 && NUMERAL_NAMES.has(t.low[j]!) && VI.surnames.has(t.low[i]!);
      // "Lý Văn Sáng", "Phạm Văn Đồng": after a family and a middle name, a clause opener is the given
      // name unless a number or a time word follows it ("Nguyễn Văn A Sáng 5/6", "… Sáng nay").
      const openerName = k === 2 && VI.surnames.has(t.low[i]!) && !clauseGoesOn(t, j);
      if (CLAUSE_OPENERS.has(t.low[j]!) && !numeralName && !openerName && !(hy > 0 && hyphenated(t, j)))
        break;
      if (/\d/.test(t.word[j]!) || !nameWord(t, j)) break;
      // "Từ Trung ương đến địa phương": the Centre, not a name.
      if (t.low[j] === 'trung' && t.low[j + 1] === 'ương') break;
      if (startsTitleOrOrg(t, j) && !VI.surnames.has(t.low[j]!)) break;
      k++;
    }
    if (surnameFirst && k - hy < 2) return 0;
    // Foreign given names keep their hyphen: "Cho Tae-yul", "Yoon Suk-yeol", "Karine Jean-Pierre", and
    // names transliterated syllable by syllable ("Mi-sen Ba-lê-ta"). Not an office glued on by a dash
    // without spaces ("Nguyễn Văn A-Bí thư").
    const before = k;
    while (
      k < max + 1 + hy + 4 &&
      hyphenated(t, i + k - 1) &&
      !/\d/.test(t.word[i + k]!) &&
      (t.cap[i + k] === 0 || !(startsTitleOrOrg(t, i + k) || matchPhrase(VI.places, t, i + k) > 0))
    ) {
      k++;
      hy++;
    }
    if (k === before || hy > 8) break;
  }
  if (k === 4 && max === 4 && hy === 0 && fifthNameWord(t, i)) k = 5;
  return k;
}

/**
 * A five-word name ("Nguyễn Hồ Quang Minh Tâm", "Lương Nguyễn Thị Minh Thu"): the four words from token i
 * are a name that opens with a family name, and exactly one more capitalised name word follows, which is
 * no place, office, body or clause opener, with no capitalised word after it.
 */
function fifthNameWord(t: ViTokens, i: number): boolean {
  const j = i + 4;
  if (!VI.surnames.has(t.low[i]!) || !joined(t, j - 1) || !isCap(t, j)) return false;
  if ((t.cap[j] === 2) !== (t.cap[i] === 2) || /\d/.test(t.word[j]!) || !nameWord(t, j)) return false;
  if (CLAUSE_OPENERS.has(t.low[j]!) || VI.notName.has(t.low[j]!) || hyphenated(t, j)) return false;
  if (startsTitleOrOrg(t, j) || matchPhrase(VI.places, t, j) > 0 || matchPhrase(VI.places, t, j - 1) > 1)
    return false;
  return !(joined(t, j) && isCap(t, j + 1));
}

const TIME_AFTER = wordSet('nay|qua|mai|hôm|ngày|sớm|tới|này|đó|ấy');

/** True when the clause opener at token j reads as one: a number, a time word or a capital runs on. */
function clauseGoesOn(t: ViTokens, j: number): boolean {
  if (!joined(t, j) || j + 1 >= t.n) return false;
  return /^\d/.test(t.word[j + 1]!) || TIME_AFTER.has(t.low[j + 1]!) || isCap(t, j + 1);
}

/** Token j is followed by "-" and a word with no space around the hyphen. */
function hyphenated(t: ViTokens, j: number): boolean {
  return j + 1 < t.n && t.start[j + 1] === t.end[j]! + 1 && t.text.charCodeAt(t.end[j]!) === 45;
}

/**
 * True when a full name (family name first, 2–4 words) starts at token i: used to stop a place or a
 * designation before the name of the person it introduces ("Bí thư Quận ủy Ba Đình Hoàng Minh Dũng Tiến").
 */
export function looksLikeNameAt(t: ViTokens, i: number): boolean {
  if (!isCap(t, i) || !VI.surnames.has(t.low[i]!)) return false;
  const kp = matchPhrase(VI.places, t, i);
  if (kp > 0 && !PERSON_PLACES.has(t.low.slice(i, i + kp).join(' '))) return false;
  return nameLength(t, i, true) >= 2;
}

/** The number of tokens of an honorific at token i ("ông", "đồng chí", "các ông"), 0 if none. */
export function honorificLength(t: ViTokens, i: number): number {
  return matchPhrase(VI.honorifics, t, i);
}

/**
 * Academic, medical and honorary titles written before a name, as abbreviations in capitals: "PGS.TS",
 * "GS.TSKH", "TS.BS", "ThS", "BSCKII", "NGND", "NSƯT". Like an honorific they mark a person and are not
 * part of the name's span, nor an office.
 */
const DEGREES = new Set([
  'GS',
  'PGS',
  'TS',
  'TSKH',
  'ThS',
  'BS',
  'BSCK',
  'BSCKI',
  'BSCKII',
  'CKI',
  'CKII',
  'KS',
  'LS',
  'DS',
  'NGND',
  'NGƯT',
  'NSND',
  'NSƯT',
  'TTND',
  'TTƯT',
]);

/**
 * The number of tokens of a run of degrees at token i ("PGS.TS", "GS, TSKH", "TS. BS"), 0 if none.
 * Degrees are joined by ".", "-", "," or a space; the run must be followed by a space, where a name
 * may begin.
 */
export function degreeLength(t: ViTokens, i: number): number {
  let k = 0;
  while (i + k < t.n && DEGREES.has(t.word[i + k]!)) {
    k++;
    const gap = t.text.slice(t.end[i + k - 1]!, t.start[i + k] ?? t.text.length);
    if (!/^(?:\. ?|-|, ?| )$/.test(gap) || !DEGREES.has(t.word[i + k] ?? '')) break;
  }
  return k > 0 && joined(t, i + k - 1) ? k : 0;
}
