import type { Entity } from '../types.ts';
import { foreignOrgs } from './foreign-orgs.ts';
import { matchPhrase, phraseTable } from './phrase-table.ts';
import { type NameMention, scanVi } from './scan-vi.ts';
import { joined, tokeniseVi, type ViTokens } from './tokenise-vi.ts';
import { aliasOrgs, datelineOrgs } from './vi-aliases.ts';
import { orgKey, personKey } from './vi-keys.ts';
import { VI } from './vi-lexicon.ts';

const words = (t: ViTokens, start: number, end: number) => t.low.slice(start, end).join(' ');

// Verbs that put the person named before them into an office ("anh X tái đắc cử Bí thư", "bà Y được bầu làm
// Phó Chủ tịch"): the office is a predicate, not a title (guidelines), but the person holds it.
const APPOINTED = phraseTable(
  'tái đắc cử|đắc cử|được bầu|được bầu làm|được bầu giữ chức|được bầu giữ|được bổ nhiệm|được bổ nhiệm làm|' +
    'được bổ nhiệm giữ chức|được bổ nhiệm giữ|được tái bổ nhiệm|được giao|được giao làm|được giao phụ trách|' +
    'được phân công|được phân công làm|được điều động|được điều động làm|được chỉ định|được chỉ định làm|' +
    'được cử|được cử làm|giữ chức|đảm nhận|đảm nhiệm',
);
const CONNECTORS = phraseTable('làm|giữ chức|chức|giữ|vị trí');

/** An appointment verb and an office right after token `end` ("… được bầu làm Phó Bí thư"). */
function appointedAfter(t: ViTokens, end: number): boolean {
  if (end >= t.n || !joined(t, end - 1)) return false;
  let k = end + matchPhrase(APPOINTED, t, end);
  if (k === end || !joined(t, k - 1)) return false;
  k += matchPhrase(CONNECTORS, t, k);
  return matchPhrase(VI.titleNouns, t, k) > 0 || matchPhrase(VI.titleModifiers, t, k) > 0;
}

/**
 * Indexes officials' full names by their last one and two words, in text order, so that a short mention
 * ("ông Bình", "đồng chí Hải Bình") finds its full name in logarithmic time.
 */
function indexSuffixes(t: ViTokens, full: NameMention[]): Map<string, NameMention[]> {
  const index = new Map<string, NameMention[]>();
  for (const f of full) {
    for (let len = 1; len <= 2 && len < f.end - f.start; len++) {
      const key = words(t, f.end - len, f.end);
      const list = index.get(key);
      if (list) list.push(f);
      else index.set(key, [f]);
    }
  }
  return index;
}

/** The nearest earlier full name ending with the words of `m`, else the first later one. */
function resolveShort(
  t: ViTokens,
  m: NameMention,
  index: Map<string, NameMention[]>,
): NameMention | undefined {
  const list = index.get(words(t, m.start, m.end));
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < m.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : list[0];
}

/**
 * Vietnamese officials (with their titles), persons and organisations in `text`, which should be NFC.
 * Offsets index `text`. Dates are not found here (see dates/find-dates.ts).
 */
export function recogniseVietnamese(text: string): Entity[] {
  const t = tokeniseVi(text);
  const { orgs, names } = scanVi(t);
  orgs.push(...aliasOrgs(t, orgs));
  orgs.push(...datelineOrgs(t, orgs));
  const taken = new Uint8Array(t.n);
  for (const [s, e] of orgs) taken.fill(1, s, e);
  for (const m of names) taken.fill(1, m.start, m.end);
  const foreign = foreignOrgs(t, taken);
  orgs.push(...foreign);
  const out: Entity[] = [];
  for (const [s, e] of orgs) {
    const start = t.start[s]!;
    const end = t.end[e - 1]!;
    out.push({ type: 'org', start, end, text: text.slice(start, end), key: orgKey(t, s, e), lang: 'vi' });
  }
  // Full names of two words or more anchor the keys of the short mentions. An honorific marks an office holder only in news of public life, i.e. where someone is named with an
  // office; in a story about shopkeepers "ông Minh" is just a person. Citizens are never officials by it.
  const publicLife = names.some((m) => m.titles.length > 0);
  // "đồng chí" (comrade) is the Party's word for its cadres: an office holder even in a short item.
  const comrade = (m: NameMention) =>
    m.start >= 2 && t.low[m.start - 1] === 'chí' && t.low[m.start - 2] === 'đồng' && m.titles.length === 0;
  const byHonorific = (m: NameMention) => m.honorific && (publicLife || comrade(m)) && !m.citizen;
  // Appointed: the verb after the name, or after the last of "A và B" ("Chị A và anh B được bầu làm …"); read
  // from the end, each name joined by "và" to an appointed one is appointed too.
  const appointed = new Set<NameMention>();
  for (let k = names.length - 1; k >= 0; k--) {
    const m = names[k]!;
    const next = names[k + 1];
    const joinedToNext = !!next && t.low[m.end] === 'và' && next.start - m.end <= 3;
    if (joinedToNext ? appointed.has(next) : appointedAfter(t, m.end)) appointed.add(m);
  }
  const officialFull = names.filter(
    (m) => m.end - m.start >= 2 && (m.titles.length > 0 || byHonorific(m) || appointed.has(m)),
  );
  // Each name's own key, computed once (the short mentions and the bare given names reuse them).
  const ownKeys = new Map<NameMention, string>();
  for (const m of names) ownKeys.set(m, personKey(t, m.start, m.end));
  const officialKeys = new Set(officialFull.map((m) => ownKeys.get(m)!));
  const suffixes = indexSuffixes(t, officialFull);
  // Private people's given names ("bị cáo Cẩn" after "bị cáo Trịnh Văn Cẩn"), unambiguous ones only.
  const personGiven = new Map<string, { key: string; end: number } | null>();
  for (const m of names) {
    if (m.end - m.start < 2 || m.byline || officialKeys.has(ownKeys.get(m)!)) continue;
    const w = t.low[m.end - 1]!;
    const had = personGiven.get(w);
    const key = ownKeys.get(m)!;
    personGiven.set(w, had === undefined || had?.key === key ? { key, end: had?.end ?? m.end } : null);
  }
  for (const m of names) {
    const own = ownKeys.get(m)!;
    let key = own;
    let official = m.titles.length > 0 || byHonorific(m) || officialKeys.has(key) || appointed.has(m);
    if (m.end - m.start <= 2 && (m.honorific || m.titles.length > 0) && !officialKeys.has(key)) {
      const full = resolveShort(t, m, suffixes);
      if (full) {
        key = personKey(t, full.start, full.end);
        official = true;
      } else if (m.end - m.start === 1 && m.titles.length === 0) {
        // "Cử tri Phạm Văn Tâm … Ông Tâm": a courtesy word before the given name of a private person named
        // in full earlier keeps that person's type and key.
        const p = personGiven.get(t.low[m.start]!);
        if (p && p.end <= m.start) {
          key = p.key;
          official = false;
        }
      }
    }
    if (m.byline && !officialKeys.has(key)) official = false;
    // "Thủ tướng Phúc" is kept when the article names an official "… Phúc" in full.
    if (m.weak && key === own) {
      const p = personGiven.get(t.low[m.start]!);
      if (!p || p.end > m.start) continue;
      key = p.key;
      official = false;
    }
    const start = t.start[m.start]!;
    const end = t.end[m.end - 1]!;
    const entity: Entity = {
      type: official ? 'official' : 'person',
      start,
      end,
      text: text.slice(start, end),
      key,
      lang: 'vi',
    };
    if (official) entity.titles = m.titles;
    out.push(entity);
  }
  // Foreign organisations are taken too before looking for bare given names.
  for (const [s, e] of foreign) taken.fill(1, s, e);
  out.push(...bareGivenNames(t, names, ownKeys, officialKeys, taken));
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

// Words after a bare given name that make it the subject or object of a clause ("Khoa đã chỉ đạo",
// "Lũy khai nhận", "Tín cho biết").
const CLAUSE_NEXT = new Set(
  (
    'đã|đang|sẽ|bị|được|cho|khai|nói|cũng|vẫn|không|chưa|là|và|có|từng|còn|phải|đề|khẳng|thừa|ký|chỉ|' +
    'nhấn|yêu|cam|giải|trình|phát|tiếp|trao|gửi|nhận|tự|liền|mới|thì|lại|cùng|với|khi|biết|thường|trực|' +
    'chủ|đứng|giữ|làm|đưa|ra|tham|sử|chiếm|lợi|nhờ|bàn|ủy'
  ).split('|'),
);
const CLAUSE_PUNCT = /^[ \t]*(?:[,.;:!?)”"]|\s[-–—]\s)/;
const SENTENCE_BEFORE = /(?:^|[.!?:;"“(\n]|,)[ \t]*$/;

/**
 * Later mentions by the given name alone, without an honorific ("Khoa đã chỉ đạo cấp dưới", "bị cáo
 * Khoa"), common in court and police news: a capitalised word that ends a full name mentioned earlier,
 * standing alone (no capitalised word joined on either side) at a clause's start or after a lower-case
 * word, and followed by punctuation or a verb or auxiliary. It takes the full name's type and key. One
 * pass over the tokens with a map lookup per capitalised word.
 */
function bareGivenNames(
  t: ViTokens,
  names: NameMention[],
  ownKeys: Map<NameMention, string>,
  officialKeys: Set<string>,
  covered: Uint8Array,
): Entity[] {
  const fulls = names.filter((m) => m.end - m.start >= 2 && !m.byline && !m.weak);
  if (fulls.length === 0) return [];
  const given = new Map<string, { key: string; official: boolean }>();
  // A given name shared by two different people is ambiguous: left alone.
  const ambiguous = new Set<string>();
  const out: Entity[] = [];
  let next = 0;
  for (let i = fulls[0]!.end; i < t.n; i++) {
    if (t.cap[i] !== 1 || covered[i]) continue;
    while (next < fulls.length && fulls[next]!.end <= i) {
      const m = fulls[next++]!;
      const w = t.low[m.end - 1]!;
      const key = ownKeys.get(m)!;
      const had = given.get(w);
      if (had && had.key !== key) ambiguous.add(w);
      given.set(w, { key, official: officialKeys.has(key) || m.titles.length > 0 });
    }
    const g = given.get(t.low[i]!);
    if (!g || ambiguous.has(t.low[i]!)) continue;
    if (i > 0 && joined(t, i - 1) && t.cap[i - 1] !== 0) continue;
    if (joined(t, i) && t.cap[i + 1] !== 0) continue;
    const before = t.text.slice(Math.max(0, t.start[i]! - 3), t.start[i]!);
    const afterLower = i > 0 && joined(t, i - 1) && t.cap[i - 1] === 0;
    if (!afterLower && !SENTENCE_BEFORE.test(before)) continue;
    const after = t.text.slice(t.end[i]!, t.end[i]! + 4);
    if (!(CLAUSE_PUNCT.test(after) || i + 1 >= t.n || (joined(t, i) && CLAUSE_NEXT.has(t.low[i + 1]!))))
      continue;
    const start = t.start[i]!;
    const end = t.end[i]!;
    const e: Entity = {
      type: g.official ? 'official' : 'person',
      start,
      end,
      text: t.text.slice(start, end),
      key: g.key,
      lang: 'vi',
    };
    if (g.official) e.titles = [];
    out.push(e);
  }
  return out;
}
