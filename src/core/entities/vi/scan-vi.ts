import type { TitleSpan } from '../types.ts';
import { parseDesignation, parseOrg } from './parse-vi-org.ts';
import { mayStartTitle, parseTitleChain, type TitleParse } from './parse-vi-title.ts';
import { isPhrase, matchPhrase, opensPhraseOf, type PhraseTable, phraseTable } from './phrase-table.ts';
import { joined, type ViTokens } from './tokenise-vi.ts';
import { VI } from './vi-lexicon.ts';
import {
  degreeLength,
  honorificLength,
  isCap,
  looksLikeNameAt,
  nameLength,
  startsTitleOrOrg,
} from './vi-names.ts';

/** A personal name found in the text, before deciding whether it is an official. */
export type NameMention = {
  /** Token range of the name (honorific excluded). */
  start: number;
  end: number;
  titles: TitleSpan[];
  /** Introduced by ông, bà, đồng chí: in news of public life, an office holder. */
  honorific: boolean;
  /** A byline or photo credit. */
  byline: boolean;
  /** Introduced as a private citizen ("bà X (địa chỉ: …)", "ông Y, trú tại …"). */
  citizen: boolean;
  /** One word after an office ("Thủ tướng Phúc"): kept only if it is the end of an official's full name. */
  weak?: boolean;
};

/** What one pass over the tokens finds: organisations (token ranges) and names. */
export type ViScan = { orgs: Array<[number, number]>; names: NameMention[] };

// A brand of one word that no Vietnamese syllable is: longer than any ("Petrovietnam", "Vinacomin"), or
// with a second capital or a digit ("PVN", "PV", "VNPT"). A rare family name ("Kha Văn Tú") is neither.
const BRAND_WORD = /^(?:\p{Lu}[\p{L}\d]{7,14}|\p{Lu}[\p{L}\d]*[\p{Lu}\d][\p{L}\d]*)$/u;

// Words before a name that make it part of a street, facility or place name, which is not labelled.
const FACILITY = phraseTable(
  'đường|phố|công viên|khu lưu niệm|nhà lưu niệm|lăng|đền|tượng đài|trường|giải|huân chương|học bổng|tp|' +
    'tỉnh|quận|huyện|xã|phường|thị trấn|thị xã|bệnh viện|sân vận động|bến|chợ|làng|thôn|ấp|khu|cầu|ga|' +
    'xóm|bản|buôn|khóm|bon|sóc|' +
    'tàu|danh hiệu|mang tên|thành phố|quảng trường|hẻm|ngõ|ngách|đại lộ|bảo tàng|nhà tưởng niệm|di tích|' +
    'khu di tích|nhà thờ|tên',
);
// Callings before a private person's name, which may be a pen name or a religious name without a family
// name ("nhà báo Hữu Thọ", "nhà thơ Tố Hữu", "Hòa thượng Thích Trí Quảng").
const CALLINGS = phraseTable(
  'nhà báo|nhà văn|nhà thơ|nhà nghiên cứu|nhà sử học|nhà khoa học|nhà giáo|nhạc sĩ|họa sĩ|nghệ sĩ|' +
    'nghệ sĩ nhân dân|nghệ sĩ ưu tú|nsnd|nsưt|ca sĩ|diễn viên|đạo diễn|tác giả|nghệ nhân|nhiếp ảnh gia|' +
    'hòa thượng|thượng tọa|đại đức|ni sư|linh mục|mục sư|vận động viên|vđv|cầu thủ|huấn luyện viên|hlv|' +
    'liệt sĩ|cựu chiến binh|doanh nhân',
);
// Words that open the name of a law, whose designation may name a body ("Luật Tổ chức Quốc hội").
const LAW_NAMES = phraseTable('luật|bộ luật|pháp lệnh');
// Between a name and an apposition: "(SN 1964)", "(phải)", then a comma or a dash, then maybe "chức vụ".
const APPOSITION = /^(?:\s*\([^()\n]{0,40}\))?(?:\s*,\s*|\s+[-–—]\s+)(?:chức vụ:?\s+)?/;
// What may follow a byline at the end of a line: "(TTXVN)", "-", "/TTXVN", then the end of the line.
const BYLINE_END =
  /^[ \t]*(?:\([^()\n]{1,24}\)|[-–—]|\/[^\s/]{2,24}(?:[ \t][^\s/]{1,16}){0,3})?[ \t.]*(?:\n|$)/;
// After a name: a private address or birthplace marks a citizen, not an office holder.
const CITIZEN =
  /^\s*[(,]\s*(?:địa chỉ|trú|ngụ|hộ khẩu|HKTT|quê|(?:sinh năm|SN:?)\s*\d{4}\s*[,;]\s*(?:trú|ngụ|quê|HKTT)|\d{1,3} tuổi\s*[,;]\s*(?:người dân|trú|ngụ|ở|quê))/;
// Photo credits that are agencies, not people.
const AGENCIES = new Set([
  'reuters',
  'afp',
  'ap',
  'xinhua',
  'bloomberg',
  'getty',
  'shutterstock',
  'internet',
  'epa',
  'tass',
  'kyodo',
  'yonhap',
  'cnn',
  'bbc',
]);
// Initials-only credits and bylines ("H.Y.T", "B.T.Ngọc").
const INITIALS = /^(?:\p{Lu}\.){1,4}\p{Lu}\p{Ll}*(?=[ \t]*(?:[\n/()]|$))|^(?:\p{Lu}\.){1,3}\p{Lu}/u;
const SENTENCE_END = /(?:^|[.!?…:"”)\]]|\.\/\.)[ \t]*$|\n[ \t]*$/;

// Lower-case words that may open something: an honorific, an office or one of its modifiers.
const OPENS_SOMETHING = opensPhraseOf([VI.honorifics, VI.titleNouns, VI.ranks, VI.titleModifiers]);

// First words of plural honorifics ("các đồng chí", "hai ông").
const PLURAL_HONORIFIC = new Set(['các', 'hai']);

// Second words of the court roles "bị cáo" (defendant) and "bị can" (accused).
const ROLE_SECOND = new Set(['cáo', 'can']);

const OUTLET_CUES = new Set(['báo', 'theo', 'nguồn', 'tờ']);

function spans(t: ViTokens, chain: TitleParse[]): TitleSpan[] {
  return chain.map((c) => {
    const start = t.start[c.start]!;
    return { start, end: c.endOffset, text: t.text.slice(start, c.endOffset) };
  });
}

function precededBy(t: ViTokens, i: number, table: PhraseTable): boolean {
  for (let k = 1; k <= 3 && i - k >= 0; k++) {
    if (!joined(t, i - k)) return false;
    if (isPhrase(table, t, i - k, k)) return true;
  }
  return false;
}

function afterFacility(t: ViTokens, i: number): boolean {
  if (i > 0 && t.low[i - 1] === 'tp' && /^\.? ?$/.test(t.text.slice(t.end[i - 1]!, t.start[i]!))) return true;
  return precededBy(t, i, FACILITY);
}

// Characters that may end the sentence or line before a byline.
const ENDERS = new Set([...'.!?…:"”)]\n'].map((c) => c.charCodeAt(0)));

/** A cheap test before the regex: the last non-blank character before token i ends a sentence or line. */
function atLineOrSentenceStart(t: ViTokens, i: number): boolean {
  for (let k = t.start[i]! - 1; k >= 0 && k >= t.start[i]! - 4; k--) {
    const c = t.text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 0xa0) continue;
    return ENDERS.has(c);
  }
  return true;
}

// Words that open a reporters' credit line before a colon.
const CREDIT_CUES = phraseTable('phóng viên|nhóm phóng viên|bài và ảnh|tin và ảnh|nhóm pv');
// Between two names of a credit, and after the last one (the end of the line, an agency, a full stop).
const CREDIT_SEP = /^(?: [-–] |, )$/;
const CREDIT_END = /^(?:[ \t]*(?:\.[ \t]*)?(?:\n|$)|\/|[ \t]*\()/;

/** The names of a credit line from token p ("Thu Quyên - Tiến Đạt"), all or none, at most four. */
function creditList(t: ViTokens, p: number): Array<[number, number]> {
  const list: Array<[number, number]> = [];
  let q = p;
  while (q < t.n && list.length < 4) {
    const nl = nameLength(t, q, false);
    if (nl < 2) return [];
    list.push([q, q + nl]);
    q += nl;
    if (CREDIT_END.test(t.text.slice(t.end[q - 1]!, t.end[q - 1]! + 8))) return list;
    const after = t.text.slice(t.end[q - 1]!, q < t.n ? t.start[q]! : t.text.length);
    if (after === ' ' && t.low[q] === 'và' && joined(t, q)) {
      q++;
      continue;
    }
    if (!CREDIT_SEP.test(after)) return [];
  }
  return [];
}

/** Full names separated by commas and a final "và" from token p ("A, B và C"), as token ranges. */
function nameList(t: ViTokens, p: number): Array<[number, number]> {
  const list: Array<[number, number]> = [];
  let q = p;
  while (q < t.n && list.length < 12) {
    const nl = nameLength(t, q, false);
    if (nl < 2) break;
    list.push([q, q + nl]);
    q += nl;
    if (q >= t.n) break;
    const gap = t.text.slice(t.end[q - 1]!, t.start[q]!);
    if (gap === ', ' || gap === ',') continue;
    if (gap === ' ' && t.low[q] === 'và' && joined(t, q)) {
      q++;
      continue;
    }
    break;
  }
  return list;
}

function isCitizen(t: ViTokens, end: number): boolean {
  const from = t.end[end - 1]!;
  return CITIZEN.test(t.text.slice(from, from + 24));
}

function lastTokenBefore(t: ViTokens, from: number, offset: number): number {
  let j = from;
  while (j + 1 < t.n && t.end[j + 1]! <= offset) j++;
  return j;
}

function tokenAt(t: ViTokens, from: number, offset: number): number {
  let j = from;
  while (j < t.n && t.start[j]! < offset) j++;
  return j < t.n && t.start[j] === offset ? j : -1;
}

// Verbs addressed to the Central Committee ("kiến nghị Trung ương", "báo cáo Trung ương").
const PETITIONS = phraseTable('kiến nghị|đề nghị|báo cáo|trình|xin ý kiến|đề xuất với|kiến nghị với');

/** True when a petition verb ends right before token i. */
function petitions(t: ViTokens, i: number): boolean {
  return precededBy(t, i, PETITIONS);
}

/**
 * A photographer's name in a credit up to "/" or the end of the line ("Ảnh: Nhan Sáng/TTXVN"), where
 * words that usually open a clause ("Sáng", "Tháng") are name words: its token count, or 0.
 */
function creditName(t: ViTokens, p: number): number {
  let k = 0;
  while (k < 4 && p + k < t.n && t.cap[p + k] === 1 && !/\d/.test(t.word[p + k]!)) {
    k++;
    if (!joined(t, p + k - 1)) break;
  }
  if (k < 2) return 0;
  const after = t.text.slice(t.end[p + k - 1]!, t.end[p + k - 1]! + 2);
  return /^(?:\/|[ \t]*(?:\n|$)|\))/.test(after) ? k : 0;
}

function allLower(t: ViTokens, c: TitleParse): boolean {
  for (let k = c.start; k < c.end; k++) if (t.cap[k] !== 0) return false;
  return true;
}

/**
 * A capitalised word that is usually not a name ("Khoa", "Tuyên", "Thành") right after an honorific or an
 * office, alone: read as a short name, kept only when it ends an official's full name (a weak mention).
 */
function shortNameWord(t: ViTokens, p: number): boolean {
  if (p >= t.n || t.cap[p] !== 1 || !VI.notName.has(t.low[p]!)) return false;
  if (startsTitleOrOrg(t, p) || matchPhrase(VI.places, t, p) > 0 || /\d/.test(t.word[p]!)) return false;
  return !(joined(t, p) && isCap(t, p + 1));
}

/** Offices in apposition after a name ending before token ne ("…, Ủy viên …, Bí thư …"), or []. */
function apposition(t: ViTokens, ne: number): TitleParse[] {
  if (ne >= t.n) return [];
  const from = t.end[ne - 1]!;
  const m = APPOSITION.exec(t.text.slice(from, from + 64));
  if (!m) return inParentheses(t, ne, from);
  const j = tokenAt(t, ne, from + m[0].length);
  if (j < 0) return [];
  const chain = parseTitleChain(t, j);
  const last = chain[chain.length - 1];
  if (!last) return [];
  // The offices introduce the next person instead ("…, Bí thư Tỉnh ủy Nguyễn Văn A"); with "và" only
  // those after it do ("A, Ủy viên Bộ Chính trị và Thượng tướng B").
  if (
    last.end < t.n &&
    joined(t, last.end - 1) &&
    nameLength(t, last.end, false) > 0 &&
    matchPhrase(VI.places, t, last.end) === 0
  ) {
    let k = chain.length - 1;
    while (k > 0 && !chain[k]!.afterVa) k--;
    return k > 0 ? chain.slice(0, k) : [];
  }
  return chain;
}

/**
 * Offices in parentheses right after a name, filling them: "chị Ksor H'Bin (Bí thư Tỉnh đoàn Gia Lai)",
 * "ông Ma Đình Khiêm (nguyên Chủ tịch HĐND tỉnh Hà Giang)", after a birth year or an age ("(SN 1962, nguyên
 * Giám đốc …)"). Anything else in them (a place, a photo's left or right) gives none.
 */
function inParentheses(t: ViTokens, ne: number, from: number): TitleParse[] {
  // A birth year or an age may come first: "bị cáo X (SN 1962, nguyên Phó Tổng cục trưởng …)".
  const open = /^ ?\((?:(?:SN|sinh năm)\s*:?\s*\d{4}|\d{2} tuổi),\s*|^ ?\(/iu.exec(
    t.text.slice(from, from + 24),
  );
  if (!open) return [];
  const j = tokenAt(t, ne, from + open[0].length);
  if (j < 0) return [];
  const chain = parseTitleChain(t, j);
  const last = chain[chain.length - 1];
  if (!last || !/^ ?\)/.test(t.text.slice(last.endOffset, last.endOffset + 2))) return [];
  return chain;
}

/**
 * One left-to-right pass over Vietnamese tokens: offices and the names they introduce or follow,
 * names after honorifics, organisations, full names, photo credits and bylines. Linear: every step
 * consumes at least one token and looks ahead a bounded number of tokens.
 */
export function scanVi(t: ViTokens): ViScan {
  const orgs: Array<[number, number]> = [];
  const names: NameMention[] = [];
  const addChainOrgs = (chain: TitleParse[]) => {
    for (const c of chain) orgs.push(...c.orgs);
  };
  // The names of a list under one plural office, each with its own copy of the titles; returns the list's end.
  const addListed = (listed: Array<[number, number]>, titles: TitleSpan[], honorific: boolean): number => {
    for (const [start, end] of listed)
      names.push({ start, end, titles: [...titles], honorific, byline: false, citizen: false });
    return listed[listed.length - 1]![1];
  };
  const addName = (start: number, end: number, titles: TitleSpan[], honorific: boolean, byline = false) => {
    let all = titles;
    const chain = apposition(t, end);
    if (chain.length) {
      all = [...titles, ...spans(t, chain)];
      addChainOrgs(chain);
      names.push({ start, end, titles: all, honorific, byline, citizen: isCitizen(t, end) });
      return chain[chain.length - 1]!.end;
    }
    names.push({ start, end, titles: all, honorific, byline, citizen: isCitizen(t, end) });
    return end;
  };

  let i = 0;
  while (i < t.n) {
    // Most tokens are lower-case words that can open nothing: skip them with one bit test.
    if (t.cap[i] === 0 && !OPENS_SOMETHING(t, i)) {
      i++;
      continue;
    }
    const low = t.low[i]!;
    // Honorific + (offices) + name.
    const hk = honorificLength(t, i);
    // "các đồng chí: A, B và C": a plural honorific introduces a list after a colon.
    if (
      hk > 1 &&
      PLURAL_HONORIFIC.has(t.low[i]!) &&
      /^ ?: ?$/.test(t.text.slice(t.end[i + hk - 1]!, t.start[i + hk] ?? 0))
    ) {
      const listed = nameList(t, i + hk);
      if (listed.length > 1) {
        for (const [s, e] of listed)
          names.push({ start: s, end: e, titles: [], honorific: true, byline: false, citizen: false });
        i = listed[listed.length - 1]![1];
        continue;
      }
      // Each name with its offices, the entries set off by semicolons ("A, Ủy viên …; B, Phó …").
      if (listed.length === 1) {
        let q = addName(listed[0]![0], listed[0]![1], [], true);
        for (let n = 0; n < 12 && q < t.n && /^; ?$/.test(t.text.slice(t.end[q - 1]!, t.start[q]!)); n++) {
          const nl = nameLength(t, q, false);
          if (nl < 2) break;
          q = addName(q, q + nl, [], true);
        }
        i = q;
        continue;
      }
    }
    if (hk > 0 && joined(t, i + hk - 1) && matchPhrase(VI.places, t, i) <= hk) {
      const p = i + hk;
      const chain = mayStartTitle(t, p) ? parseTitleChain(t, p) : [];
      const last = chain[chain.length - 1];
      if (last && joined(t, last.end - 1)) {
        const nl = nameLength(t, last.end, false);
        if (nl > 0) {
          addChainOrgs(chain);
          i = addName(last.end, last.end + nl, spans(t, chain), true);
          continue;
        }
      }
      const nl = nameLength(t, p, false);
      if (nl > 0) {
        i = addName(p, p + nl, [], true);
        continue;
      }
      if (shortNameWord(t, p)) {
        names.push({
          start: p,
          end: p + 1,
          titles: [],
          honorific: true,
          byline: false,
          citizen: false,
          weak: true,
        });
        i = p + 1;
        continue;
      }
    }
    // Offices + name, or offices + ", ông" + name.
    if (mayStartTitle(t, i)) {
      const chain = parseTitleChain(t, i);
      const chainStart = i;
      const last = chain[chain.length - 1];
      // A bare lower-case office before a comma is a noun of the clause, not an office of the name after
      // it ("Giải trình ý kiến đại biểu, Bộ trưởng … X").
      // "Phủ Chủ tịch" (the Presidential Palace) is a building, not an office.
      const palace = i > 0 && t.word[i - 1] === 'Phủ' && joined(t, i - 1) && t.low[i - 2] !== 'chính';
      if (
        chain.length > 1 &&
        (palace || (t.cap[i] === 0 && chain[0]!.orgs.length === 0 && allLower(t, chain[0]!)))
      ) {
        i = chain[0]!.end;
        continue;
      }
      if (last) {
        addChainOrgs(chain);
        const facility = afterFacility(t, i);
        let p = last.end;
        const gap = p < t.n ? t.text.slice(last.endOffset, t.start[p]!) : '';
        let honorific = false;
        if ((gap === ', ' && !precededBy(t, i, VI.predicates)) || gap === ' ') {
          // A courtesy word or a degree ("Hiệu trưởng …, PGS.TS Ngô Thị Thảo") before the name.
          const h = honorificLength(t, p) || degreeLength(t, p);
          if (h > 0 && joined(t, p + h - 1)) {
            p += h;
            honorific = true;
          } else if (gap !== ' ') p = -1;
        } else p = -1;
        let nl = p >= 0 ? nameLength(t, p, false) : 0;
        // A firm's brand between its office and the name ("Tổng Giám đốc Petrovietnam Phan Hữu Giang"):
        // a word that is no family name, then a full Vietnamese name. The brand is a body, and the office's.
        let titles = spans(t, chain);
        if (nl >= 3 && !honorific && BRAND_WORD.test(t.word[p]!) && !VI.surnames.has(t.low[p]!)) {
          const rest = looksLikeNameAt(t, p + 1) ? nameLength(t, p + 1, true) : 0;
          if (rest === nl - 1) {
            orgs.push([p, p + 1]);
            const head = titles[titles.length - 1]!;
            titles = [
              ...titles.slice(0, -1),
              { ...head, end: t.end[p]!, text: t.text.slice(head.start, t.end[p]!) },
            ];
            p += 1;
            nl = rest;
          }
        }
        const short = nl === 0 && p >= 0 && shortNameWord(t, p);
        // An office noun that also opens a body's name, and the body runs on past it: the body ("Kiểm toán
        // Nhà nước vừa công bố …", where "Kiểm toán" is also an office).
        if ((nl === 0 || short) && chain.length === 1 && last.orgs.length === 0 && !honorific) {
          const o = parseOrg(t, i);
          if (o > last.end) {
            orgs.push([i, o]);
            i = o;
            continue;
          }
        }
        if (short) nl = 1;
        // A name inside a facility's name is not labelled ("Khu lưu niệm Tổng Bí thư Trần Phú").
        if (nl > 0 && facility) {
          i = p + nl;
          continue;
        }
        if (nl > 0) {
          // Without an honorific one word after an office may be a word, not a name: decided later.
          const weak = (nl === 1 && !honorific) || short;
          if (weak) {
            names.push({
              start: p,
              end: p + 1,
              titles,
              honorific,
              byline: false,
              citizen: false,
              weak,
            });
            i = p + 1;
          } else {
            i = addName(p, p + nl, titles, honorific);
            // A plural office before a list: "các Phó Thủ tướng A, B và C": each holds it.
            const plural =
              chainStart > 0 && joined(t, chainStart - 1) && PLURAL_HONORIFIC.has(t.low[chainStart - 1]!);
            if (plural && i === p + nl) {
              const listed = nameList(t, p);
              if (listed.length > 1) i = addListed(listed.slice(1), titles, honorific);
            }
          }
          continue;
        }
        // A plural office and a list: "các Phó Thủ tướng: A, B và C".
        if ((gap === ': ' || gap === ':') && !facility) {
          const listed = nameList(t, last.end);
          if (listed.length > 1) {
            i = addListed(listed, spans(t, chain), false);
            continue;
          }
        }
        i = Math.max(last.end, i + 1);
        continue;
      }
    }
    // Outlets named after "báo", "Theo" or "Nguồn" ("Theo báo Tuổi Trẻ", "Theo Dân Trí").
    if (t.cap[i] === 1 && i > 0 && OUTLET_CUES.has(t.low[i - 1]!) && joined(t, i - 1)) {
      const ko = matchPhrase(VI.outlets, t, i);
      if (ko > 0) {
        orgs.push([i, i + ko]);
        i += ko;
        continue;
      }
    }
    // A law's name is a title, not a body ("Luật Tổ chức Quốc hội", "Pháp lệnh Thư viện").
    const kl = t.cap[i] === 1 ? matchPhrase(LAW_NAMES, t, i) : 0;
    if (kl > 0 && joined(t, i + kl - 1) && isCap(t, i + kl)) {
      let e = parseDesignation(t, i + kl);
      const owner = e > i + kl && joined(t, e - 1) ? parseOrg(t, e, { nested: true }) : -1;
      if (owner > e) e = owner;
      if (e > i + kl) {
        i = e;
        continue;
      }
    }
    // Organisations.
    const o = parseOrg(t, i);
    if (o > i) {
      orgs.push([i, o]);
      i = o;
      continue;
    }
    // Bare "Trung ương" acting as the Central Committee ("Trung ương thảo luận", "của Trung ương").
    if (low === 'trung' && t.low[i + 1] === 'ương' && isCap(t, i) && joined(t, i)) {
      const next = t.word[i + 2] ?? '';
      const prevDe = i > 0 && (t.low[i - 1] === 'của' || petitions(t, i)) && joined(t, i - 1);
      const opens = SENTENCE_END.test(t.text.slice(Math.max(0, t.start[i]! - 3), t.start[i]!));
      const nextJoined = joined(t, i + 1);
      if (!/^\d/.test(next) && (prevDe || (opens && nextJoined && t.cap[i + 2] === 0))) {
        orgs.push([i, i + 2]);
      }
      i += 2;
      continue;
    }
    // Reporters' credits: "Phóng viên: Thu Quyên - Tiến Đạt", "Bài và ảnh: Minh Đức".
    const kc = t.cap[i] === 1 ? matchPhrase(CREDIT_CUES, t, i) : 0;
    if (kc > 0 && t.text.slice(t.end[i + kc - 1]!, t.start[i + kc] ?? 0).trim() === ':') {
      const listed = creditList(t, i + kc);
      if (listed.length > 0) {
        for (const [s, e] of listed)
          names.push({ start: s, end: e, titles: [], honorific: false, byline: true, citizen: false });
        i = listed[listed.length - 1]![1];
        continue;
      }
    }
    // Photo credits: "Ảnh: Tống Thị Hoài Thu/TTXVN".
    if (low === 'ảnh' && t.text.slice(t.end[i]!, t.start[i + 1] ?? 0).trim() === ':') {
      const initials = INITIALS.exec(t.text.slice(t.start[i + 1]!, t.start[i + 1]! + 24));
      if (initials) {
        const endOffset = t.start[i + 1]! + initials[0].length;
        const j = tokenAt(t, i + 1, endOffset) < 0 ? lastTokenBefore(t, i + 1, endOffset) : i + 1;
        names.push({ start: i + 1, end: j + 1, titles: [], honorific: false, byline: true, citizen: false });
        i = j + 1;
        continue;
      }
      const nl = Math.max(nameLength(t, i + 1, false, 5), creditName(t, i + 1));
      if (nl >= 2 && !AGENCIES.has(t.low[i + 1]!)) {
        names.push({
          start: i + 1,
          end: i + 1 + nl,
          titles: [],
          honorific: false,
          byline: true,
          citizen: false,
        });
        i += 1 + nl;
        continue;
      }
    }
    // A photographer after an agency in a credit: "Ảnh: VGP/Quang Hiếu".
    if (
      t.cap[i] === 1 &&
      i > 1 &&
      t.start[i] === t.end[i - 1]! + 1 &&
      t.text.charCodeAt(t.start[i]! - 1) === 47
    ) {
      if (VI.acronyms.has(t.word[i - 1]!) && t.low[i - 2] === 'ảnh') {
        const nl = nameLength(t, i, false);
        if (nl >= 2) {
          names.push({ start: i, end: i + nl, titles: [], honorific: false, byline: true, citizen: false });
          i += nl;
          continue;
        }
      }
    }
    // A defendant's short name ("bị cáo Dũng"): an official only when the article names one "… Dũng" in full.
    if (t.cap[i] === 1 && i > 1 && ROLE_SECOND.has(t.low[i - 1]!) && t.low[i - 2] === 'bị') {
      if (joined(t, i - 2) && joined(t, i - 1) && nameLength(t, i, false) === 1) {
        names.push({
          start: i,
          end: i + 1,
          titles: [],
          honorific: true,
          byline: false,
          citizen: false,
          weak: true,
        });
        i++;
        continue;
      }
    }
    // A byline of initials alone on its line ("B.T.Ngọc").
    if (
      t.cap[i] !== 0 &&
      (i === 0 || /\n[ \t]*$/.test(t.text.slice(Math.max(0, t.start[i]! - 4), t.start[i]!)))
    ) {
      const from = t.start[i]!;
      const initials = INITIALS.exec(t.text.slice(from, from + 24));
      if (
        initials &&
        /^[ \t]*(?:\n|$)/.test(t.text.slice(from + initials[0].length, from + initials[0].length + 8))
      ) {
        const j = lastTokenBefore(t, i, from + initials[0].length);
        names.push({ start: i, end: j + 1, titles: [], honorific: false, byline: true, citizen: false });
        i = j + 1;
        continue;
      }
    }
    // Full names in running text ("Hồ Chí Minh", a later "Lê Minh Trung").
    if (isCap(t, i)) {
      const nl = nameLength(t, i, true);
      if (nl > 0) {
        const address = i > 0 && /^\d+[A-Za-z]?$/.test(t.word[i - 1]!) && joined(t, i - 1);
        if (!afterFacility(t, i) && !address) i = addName(i, i + nl, [], false);
        else i += nl;
        continue;
      }
      // "nhà báo Hữu Thọ": a calling before a name of two or three words without a family name.
      if (i > 0 && t.cap[i] === 1 && precededBy(t, i, CALLINGS) && matchesNoPlace(t, i)) {
        const cl = nameLength(t, i, false, 3);
        if (cl >= 2) {
          i = addName(i, i + cl, [], false);
          continue;
        }
      }
      // Bylines: a short name alone at the end of a line or of the text ("Yến Chi", "Xuân Tùng (TTXVN)").
      if (
        i === 0 ||
        (atLineOrSentenceStart(t, i) &&
          SENTENCE_END.test(t.text.slice(Math.max(0, t.start[i]! - 4), t.start[i]!)))
      ) {
        const bl = nameLength(t, i, false);
        // "THU HẰNG - MINH ANH": two reporters on the byline's line.
        const j = i + bl;
        const bl2 =
          bl >= 2 && j < t.n && /^ ?[-–] ?$/.test(t.text.slice(t.end[j - 1]!, t.start[j]!))
            ? nameLength(t, j, false)
            : 0;
        if (
          bl2 >= 2 &&
          BYLINE_END.test(t.text.slice(t.end[j + bl2 - 1]!, t.end[j + bl2 - 1]! + 32)) &&
          matchesNoPlace(t, i) &&
          matchesNoPlace(t, j)
        ) {
          names.push({ start: i, end: j, titles: [], honorific: false, byline: true, citizen: false });
          names.push({ start: j, end: j + bl2, titles: [], honorific: false, byline: true, citizen: false });
          i = j + bl2;
          continue;
        }
        if (bl >= 2) {
          const after = t.text.slice(t.end[i + bl - 1]!, t.end[i + bl - 1]! + 32);
          if (BYLINE_END.test(after) && matchesNoPlace(t, i)) {
            names.push({ start: i, end: i + bl, titles: [], honorific: false, byline: true, citizen: false });
            i += bl;
            continue;
          }
        }
      }
    }
    i++;
  }
  return { orgs, names };
}

function matchesNoPlace(t: ViTokens, i: number): boolean {
  return matchPhrase(VI.places, t, i) === 0;
}
