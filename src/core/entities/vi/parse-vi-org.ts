import { matchPhrase, phraseTable, wordSet } from './phrase-table.ts';
import { joined, type ViTokens } from './tokenise-vi.ts';
import { VI } from './vi-lexicon.ts';
import {
  CLAUSE_OPENERS,
  isCap,
  looksLikeNameAt,
  nameLength,
  STARTERS,
  startsTitleOrOrg,
} from './vi-names.ts';

/** How an organisation name is being read. */
export type OrgMode = {
  /** Inside a title or as an owner: lower-case committees ("tỉnh ủy") and bare "Trung ương" are bodies. */
  nested?: boolean;
  /** How many owner bodies deep this name is; bounded so that "Bộ Bộ Bộ …" stays linear. */
  depth?: number;
};

const MAX_OWNER_DEPTH = 4;

export type HeadKind = 'complete' | 'owner' | 'head' | 'acronym' | 'committee';

// Bodies that are also places' own committees: a place name follows them directly ("Tỉnh ủy Yên Bái").
const COMMITTEES = phraseTable(
  'tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|tỉnh đoàn|thành đoàn|huyện đoàn|quận đoàn',
);
// A complete body followed by these is a generic noun phrase ("Ban Thường vụ cấp ủy", "Chính phủ hai nước").
const GENERIC_AFTER = wordSet('cấp|các|hai|ba|những|nhiều|mỗi|cũ|này|đó|nước');
const DASHES = new Set([' - ', '-', ' – ', '–']);
// Heads of associations, which are named after their members.
const POLICE_UNIT = /^(?:[ABCHKTX]|P[ACHKX])\d{2}$/;
const ASSOCIATIONS = new Set(['hội', 'hiệp', 'liên']);
/** Heads of firms, whose brand names often read like personal names ("Công ty Hoàng Phát"). */
const FIRMS = new Set(['công', 'tổng', 'tập', 'doanh', 'hợp']);
/** Legal forms written as capitals inside a firm's name ("Công ty TNHH Thiết bị …"). */
const LEGAL_FORMS = new Set(['tnhh', 'cp', 'mtv', 'tmcp', 'xnk', 'tm', 'dv']);
const MIDDLE_NAMES = new Set(['văn', 'thị', 'đức', 'hữu', 'công', 'quốc', 'ngọc', 'minh', 'thanh']);
const ROMAN = /^(?:[IVXLC]+|\d+)$/;
/** Military units and regions, which a command ("Bộ Tư lệnh") is of. */
const MILITARY_UNIT_NOUNS = phraseTable('vùng|quân khu|quân đoàn|quân chủng|binh chủng|sư đoàn|lữ đoàn');
const VILLAGES = new Set(['thôn', 'bản', 'ấp', 'buôn', 'khóm', 'khu', 'tổ', 'xóm', 'làng', 'bon', 'sóc']);
const BARE_LOCALITIES = new Set(['tỉnh', 'thành phố', 'tp', 'quận', 'huyện', 'xã', 'phường', 'thị xã']);

/** True when tokens i and i+1 are joined by a single dot ("VOV.VN"). */
function dotAfter(t: ViTokens, i: number): boolean {
  return i + 1 < t.n && t.start[i + 1] === t.end[i]! + 1 && t.text.charCodeAt(t.end[i]!) === 46;
}

/** Reads the head of an organisation at token i: its kind and the token after it, or null. */
function readHead(t: ViTokens, i: number, mode: OrgMode): { kind: HeadKind; end: number } | null {
  const w = t.word[i]!;
  const prevFirst = i > 0 ? t.text.charCodeAt(t.start[i - 1]!) : 0;
  if (i > 0 && (t.cap[i - 1] === 2 || (prevFirst >= 48 && prevFirst <= 57))) {
    // A document number ("Thông tư 25/2025/TT-NHNN", "181-QĐ/TW") names no body.
    const gap = t.text.slice(t.end[i - 1]!, t.start[i]!);
    if (gap === '-' || gap === '/') return null;
  }
  // The navy's and the coast guard's regions, named by a number: "Vùng 4 Hải quân", "Vùng Cảnh sát biển 3".
  if (t.low[i] === 'vùng' && isCap(t, i)) {
    const navy = /^\d+$/.test(t.word[i + 1] ?? '') && t.low[i + 2] === 'hải' && t.low[i + 3] === 'quân';
    if (navy && joined(t, i) && joined(t, i + 1) && joined(t, i + 2)) return { kind: 'complete', end: i + 4 };
    const coast = t.low[i + 1] === 'cảnh' && t.low[i + 2] === 'sát' && t.low[i + 3] === 'biển';
    if (coast && /^\d+$/.test(t.word[i + 4] ?? '') && joined(t, i + 3))
      return { kind: 'complete', end: i + 5 };
  }
  // The police's department codes: "C04" (a department of the Ministry), "PC04", "PA05" (of a province).
  if (VI.acronyms.has(w) || POLICE_UNIT.test(w)) {
    // An acronym that opens a longer body's name ("TAND tối cao", "Đoàn TNCS Hồ Chí Minh"): the body.
    const kc = matchPhrase(VI.orgComplete, t, i);
    if (kc > 1) return { kind: 'complete', end: i + kc };
    // Dotted outlets ("Chinhphu.vn", "VOV.VN") are one name.
    if (i + 1 < t.n && dotAfter(t, i) && VI.acronyms.has(`${w}.${t.word[i + 1]}`)) {
      return { kind: 'acronym', end: i + 2 };
    }
    return { kind: 'acronym', end: i + 1 };
  }
  if (i + 1 < t.n && dotAfter(t, i) && VI.acronyms.has(`${w}.${t.word[i + 1]}`)) {
    return { kind: 'acronym', end: i + 2 };
  }
  const cap = isCap(t, i);
  const kc = matchPhrase(VI.orgComplete, t, i);
  const ko = matchPhrase(VI.orgNeedsOwner, t, i);
  const kh = matchPhrase(VI.orgHeads, t, i);
  if (kc > 0 && kc >= ko && kc >= kh) {
    const committee = matchPhrase(COMMITTEES, t, i) === kc;
    // Lower-case bodies count only as owners or inside titles ("Ban Thường vụ tỉnh ủy").
    if (!cap && !(mode.nested && (committee || kc >= 2))) return null;
    return { kind: committee ? 'committee' : 'complete', end: i + kc };
  }
  if (!cap) {
    if (mode.nested && t.low[i] === 'trung' && t.low[i + 1] === 'ương' && joined(t, i)) {
      return { kind: 'complete', end: i + 2 };
    }
    return null;
  }
  if (ko > 0 && ko >= kh) return { kind: 'owner', end: i + ko };
  if (kh > 0) return { kind: 'head', end: i + kh };
  if (mode.nested && t.low[i] === 'trung' && t.low[i + 1] === 'ương' && joined(t, i)) {
    return { kind: 'complete', end: i + 2 };
  }
  return null;
}

/**
 * Reads a place at token i ("Đắk Lắk", "Ba Đình", "1", "I"), stopping before a person's name; returns the
 * token after it, or i when there is none.
 */
export function parsePlace(t: ViTokens, i: number): number {
  if (i >= t.n) return i;
  const kp = matchPhrase(VI.places, t, i);
  if (kp > 0) return i + kp;
  if (ROMAN.test(t.word[i]!)) return i + 1;
  if (!isCap(t, i) || startsTitleOrOrg(t, i) || looksLikeNameAt(t, i)) return i;
  // A clause word opens a place only before a second capitalised word ("Tuy Đức", "Đại Lộc", not "Tuy nhiên").
  if (
    STARTERS.has(t.low[i]!) &&
    !(
      joined(t, i) &&
      t.cap[i + 1] === 1 &&
      !STARTERS.has(t.low[i + 1]!) &&
      !startsTitleOrOrg(t, i + 1) &&
      !looksLikeNameAt(t, i + 1)
    )
  )
    return i;
  let k = 1;
  while (k < 2 && joined(t, i + k - 1) && isCap(t, i + k) && !looksLikeNameAt(t, i + k)) {
    // "Bình Chánh": "Chánh" opens an office only before its body ("Chánh Văn phòng", "Chánh án").
    const j = i + k;
    const chief = t.low[j] === 'chánh' && !(joined(t, j) && (isCap(t, j + 1) || t.low[j + 1] === 'án'));
    if (STARTERS.has(t.low[j]!) || (startsTitleOrOrg(t, j) && !chief)) break;
    k++;
  }
  return i + k;
}

/** True when a locality starts at p: "tỉnh Yên Bái", "TP.HCM", but not "Xã hội" inside a designation. */
function startsLocality(t: ViTokens, p: number): boolean {
  const kl = matchPhrase(VI.localities, t, p);
  if (kl === 0) return false;
  if (t.cap[p] === 0 || t.low[p] === 'tp') return true;
  return parsePlace(t, p + kl) > p + kl;
}

/**
 * Reads the rest of a comma list of domains closed by "và" ("Văn hóa[, Thể thao và Du lịch]") from token
 * p, just after a comma; returns its end, or p when the list is not closed by "và" or a part of it opens a
 * body, a place, an office or a name ("Bộ Tài chính, Bộ Công an và …").
 */
function domainList(t: ViTokens, p: number): number {
  let q = p;
  for (let parts = 0; parts < 4 && q < t.n; parts++) {
    if (!isCap(t, q) || readHead(t, q, { nested: true }) || startsLocality(t, q)) return p;
    if (matchPhrase(VI.places, t, q) > 0 || looksLikeNameAt(t, q) || matchPhrase(VI.titleNouns, t, q) > 0)
      return p;
    const e = parseDesignation(t, q, true);
    if (e <= q) return p;
    for (let k = q; k < e; k++) if (t.low[k] === 'và') return e;
    if (e >= t.n || t.text.slice(t.end[e - 1]!, t.start[e]!) !== ', ') return p;
    q = e;
  }
  return p;
}

/** Reads a designation ("Bảo vệ chính trị nội bộ", "Giao thông Vận tải") at token i; returns its end. */
export function parseDesignation(
  t: ViTokens,
  i: number,
  inList = false,
  members = false,
  firm = false,
): number {
  let p = i;
  let lastCap = false;
  let words = 0;
  while (p < t.n && words < 12) {
    if (p > i) {
      const gap = t.text.slice(t.end[p - 1]!, t.start[p]!);
      const hyphen = gap === ' - ' || gap === '-' || gap === ' – ' || gap === ' & ' || gap === '&';
      if (gap === ', ' && !inList) {
        const q = domainList(t, p);
        if (q > p) p = q;
        break;
      }
      if (!joined(t, p - 1) && !(hyphen && isCap(t, p))) break;
    }
    if (isCap(t, p)) {
      // "Vụ Giáo dục Đại học": a level of education, not a university opening a body of its own.
      const level =
        t.low[p] === 'đại' && t.low[p + 1] === 'học' && t.low[p - 1] === 'dục' && t.low[p - 2] === 'giáo';
      if (p > i && !level && (readHead(t, p, { nested: true }) || startsLocality(t, p))) break;
      // A military unit or region is a body of its own, the owner ("Bộ Tư lệnh Vùng 4 Hải quân", "Bộ Tư
      // lệnh Quân khu 7").
      if (p === i && matchPhrase(MILITARY_UNIT_NOUNS, t, p) > 0 && readHead(t, p, { nested: true })) break;
      // A body named after a province is read to the province's end ("Báo Lâm Đồng", "Báo Đắk Lắk").
      if (p === i && !inList) {
        const kp = matchPhrase(VI.places, t, p);
        if (kp >= 2) {
          p += kp;
          words += kp;
          lastCap = false;
          continue;
        }
      }
      // Two peoples joined by a dash are one designation ("Hữu nghị Việt - Lào", "Kinh tế Á - Âu").
      if (
        p > i &&
        p + 1 < t.n &&
        DASHES.has(t.text.slice(t.end[p]!, t.start[p + 1]!)) &&
        isCap(t, p + 1) &&
        !CLAUSE_OPENERS.has(t.low[p + 1]!) &&
        !looksLikeNameAt(t, p + 1)
      ) {
        // "châu Á - Thái Bình Dương": a region after the dash is read whole.
        const kp = matchPhrase(VI.places, t, p + 1);
        p += 1 + Math.max(1, kp);
        words += 1 + Math.max(1, kp);
        lastCap = false;
        continue;
      }
      // A known place ends the designation and is read as the body's locality ("Hội Nhà báo Việt Nam"), unless
      // it opens a field's name ("Pháp luật" is law, not France).
      if (p > i && matchPhrase(VI.places, t, p) > 0 && matchPhrase(VI.designationPhrases, t, p) < 2) break;
      // An association is named after its members ("Liên minh Nghị sĩ …", "Hội Luật gia").
      const member = members && p === i && matchPhrase(VI.titleNouns, t, p) > 0;
      // A firm's brand of two words that closes its name ("Công ty TNHH Thiết bị Y tế Hoàng Phát").
      if (firm && brandAt(t, p)) {
        p += 2;
        words += 2;
        lastCap = true;
        break;
      }
      if (
        looksLikeNameAt(t, p) ||
        (!member && matchPhrase(VI.titleNouns, t, p) > 0) ||
        matchPhrase(VI.ranks, t, p) > 0
      )
        break;
      // Clause-opening words do not start a designation ("… Bộ. Theo đó").
      if (CLAUSE_OPENERS.has(t.low[p]!)) break;
      // A two-word noun opening with a capital ("Nhà báo", "Phụ nữ") is read whole.
      const kc = matchPhrase(VI.designationPhrases, t, p);
      if (kc >= 2) {
        p += kc;
        words += kc;
        lastCap = false;
        continue;
      }
      p++;
      words++;
      lastCap = true;
      continue;
    }
    if (p === i) {
      // A number names a unit ("Quân khu 7", "Sư đoàn 312").
      if (/^\d+$/.test(t.word[p]!)) return p + 1;
      // A designation in lower case from its start ("Hội Liên hiệp phụ nữ").
      const k0 = matchPhrase(VI.designationPhrases, t, p);
      if (k0 === 0 || (t.low[p] === 'trung' && t.low[p + 1] === 'ương')) break;
      p += k0;
      words += k0;
      continue;
    }
    // Lower-case phrases continue a designation that is already in lower case ("Bảo vệ chính trị nội
    // bộ"), not a proper name ("Công ty Cường Hưng đầu tư …").
    const kd = lastCap && words > 1 ? 0 : matchPhrase(VI.designationPhrases, t, p);
    if (kd > 0 && !(kd === 2 && t.low[p] === 'trung' && t.low[p + 1] === 'ương')) {
      p += kd;
      words += kd;
      lastCap = false;
      continue;
    }
    // "TNHH Thiết bị": a legal form in capitals before it does not make "Thiết" the second capital.
    const firstCap =
      lastCap && t.cap[p - 1] === 1 && (p - 1 === i || !isCap(t, p - 2) || LEGAL_FORMS.has(t.low[p - 2]!));
    const w = t.low[p]!;
    if (firstCap && (VI.designationTails.has(w) || (!VI.designationStops.has(w) && !/\d/.test(w)))) {
      p++;
      words++;
      lastCap = false;
      continue;
    }
    // "và" joins two capitalised parts ("Giáo dục và Đào tạo"), not two bodies ("Bộ Chính trị và Ban Bí thư").
    if (
      t.low[p] === 'và' &&
      joined(t, p) &&
      isCap(t, p + 1) &&
      !readHead(t, p + 1, {}) &&
      !looksLikeNameAt(t, p + 1)
    ) {
      if (matchPhrase(VI.titleNouns, t, p + 1) === 0) {
        p++;
        continue;
      }
    }
    break;
  }
  return p;
}

/**
 * Two capitalised words at p that end a firm's name and read as a brand rather than a person's name: no
 * middle name ("Văn", "Thị") and no capitalised word after them ("Công ty Hoàng Phát", not "… Nguyễn Văn An").
 */
function brandAt(t: ViTokens, p: number): boolean {
  if (!looksLikeNameAt(t, p) || !joined(t, p) || t.cap[p + 1] !== 1 || MIDDLE_NAMES.has(t.low[p + 1]!))
    return false;
  return !(joined(t, p + 1) && isCap(t, p + 2));
}

/**
 * A securities firm named by "Chứng khoán" and its capitalised brand ("Chứng khoán MB"); not a place
 * ("Chứng khoán Mỹ giảm") nor a person. Returns the token after the brand, or i.
 */
function readBroker(t: ViTokens, i: number): number {
  if (
    t.low[i] !== 'chứng' ||
    t.low[i + 1] !== 'khoán' ||
    t.cap[i] !== 1 ||
    !joined(t, i) ||
    !joined(t, i + 1)
  )
    return i;
  const b = i + 2;
  if (!isCap(t, b) || matchPhrase(VI.places, t, b) > 0 || looksLikeNameAt(t, b) || startsTitleOrOrg(t, b))
    return i;
  let e = b + 1;
  while (e < b + 3 && joined(t, e - 1) && isCap(t, e) && !startsTitleOrOrg(t, e) && !looksLikeNameAt(t, e))
    e++;
  return e;
}

/**
 * Reads an organisation name starting at token i and returns the token after its end, or -1. The name is
 * the longest: head, designation, owner body ("Ban Thường vụ [Tỉnh ủy Đắk Lắk]"), locality ("UBND [tỉnh
 * Yên Bái]") and one attached term number ("khóa XII").
 */
export function parseOrg(t: ViTokens, i: number, mode: OrgMode = {}): number {
  if (i >= t.n) return -1;
  const broker = readBroker(t, i);
  if (broker > i) return broker;
  const head = readHead(t, i, mode);
  if (!head) return -1;
  let p = head.end;
  const kind = head.kind;
  if (
    (kind === 'complete' || kind === 'committee' || kind === 'acronym') &&
    joined(t, p - 1) &&
    GENERIC_AFTER.has(t.low[p] ?? '')
  ) {
    if (!isCap(t, p)) return -1;
  }
  let hasBody = kind !== 'head' && kind !== 'owner';
  // "Cơ quan" names a body only by a capitalised designation ("Cơ quan Hợp tác Quốc tế Nhật Bản"), not a
  // function in lower case ("Cơ quan lý luận và chính trị của …").
  if (kind === 'head' && t.low[i] === 'cơ' && !isCap(t, p)) return -1;
  if (kind === 'head' && joined(t, p - 1)) {
    const firm =
      FIRMS.has(t.low[i]!) &&
      (t.low[i + 1] === 'ty' ||
        t.low[i + 1] === 'công' ||
        t.low[i + 1] === 'đoàn' ||
        t.low[i + 1] === 'nghiệp' ||
        t.low[i + 1] === 'tác');
    // A hospital named after a place or a person ("Bệnh viện Bạch Mai", "Bệnh viện Nguyễn Tri Phương"):
    // the name is its designation. A second full name after it is its director's ("Bệnh viện Bạch Mai
    // Đào Xuân Cơ").
    let named = 0;
    if (t.low[i] === 'bệnh' && t.low[i + 1] === 'viện' && p === i + 2 && looksLikeNameAt(t, p)) {
      named = nameLength(t, p, true);
      for (let j = 2; j < named; j++) {
        if (looksLikeNameAt(t, p + j)) {
          named = j;
          break;
        }
      }
    }
    const d = named > 0 ? p + named : parseDesignation(t, p, false, ASSOCIATIONS.has(t.low[i]!), firm);
    if (d > p) {
      p = d;
      hasBody = true;
    }
  }
  // Owner: another body directly after ("Ban Tổ chức Tỉnh ủy", "Ban Chấp hành Trung ương Đảng").
  let owned = false;
  if (joined(t, p - 1) && p < t.n) {
    const depth = (mode.depth ?? 0) + 1;
    const o = depth <= MAX_OWNER_DEPTH ? parseOrg(t, p, { nested: true, depth }) : -1;
    if (o > p) {
      p = o;
      owned = true;
    } else if (isCap(t, p) && t.low[p] === 'đảng' && (kind === 'complete' || kind === 'head')) {
      p++;
      owned = true;
    } else if (
      t.low[p] === 'của' &&
      joined(t, p) &&
      (t.low[i] === 'ủy' || t.low[i] === 'hội') &&
      ((t.low[p + 1] === 'quốc' && t.low[p + 2] === 'hội') ||
        (t.low[p + 1] === 'chính' && t.low[p + 2] === 'phủ'))
    ) {
      p += 3;
      owned = true;
    }
  }
  // A branch in a province or city ("Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An", "BIDV chi nhánh Hà Nội").
  if (
    !owned &&
    hasBody &&
    joined(t, p - 1) &&
    t.low[p] === 'chi' &&
    t.low[p + 1] === 'nhánh' &&
    joined(t, p)
  ) {
    const q = joined(t, p + 1) ? parseLocality(t, p + 2, 'owner') : p + 2;
    if (q > p + 2) {
      p = q;
      owned = true;
    }
  }
  if (!owned && joined(t, p - 1) && p < t.n) {
    // "Đảng ủy xã", "Đảng ủy phường": the Party committee of the article's own commune.
    const q = parseLocality(t, p, kind === 'committee' && t.low[i] === 'đảng' ? 'owner' : kind);
    owned = q > p;
    // "Ủy ban MTTQ Việt Nam TP.HCM": the national body's branch in a city.
    if (owned && t.low[q - 1] === 'nam' && t.low[q - 2] === 'việt' && joined(t, q - 1)) {
      const r = parseLocality(t, q, 'head');
      p = r > q && matchPhrase(VI.localities, t, q) > 0 ? r : q;
    } else p = q;
  }
  if (!hasBody && !owned) return -1;
  // A unit number after a capitalised designation ("Bệnh viện Trung ương Quân đội 108"), not a count
  // ("… 108 người").
  if (
    kind === 'head' &&
    joined(t, p - 1) &&
    // … and a numbered project board ("Ban Quản lý dự án 7").
    (isCap(t, p - 1) || isCap(t, p - 2) || (t.low[p - 1] === 'án' && t.low[p - 2] === 'dự')) &&
    /^\d{1,4}$/.test(t.word[p] ?? '')
  ) {
    const board = t.low[p - 1] === 'án' && /^\d{1,2}$/.test(t.word[p]!);
    if (board || !(joined(t, p) && t.cap[p + 1] === 0)) p++;
  }
  // One directly attached term number ("khóa XII").
  if (
    joined(t, p - 1) &&
    (t.low[p] === 'khóa' || t.low[p] === 'khoá') &&
    joined(t, p) &&
    ROMAN.test(t.word[p + 1] ?? '')
  ) {
    p += 2;
  }
  // A mission abroad and the country it is in ("Đại sứ quán Việt Nam tại Hàn Quốc").
  if (MISSIONS(t, i) && t.low[p] === 'tại' && joined(t, p - 1) && joined(t, p)) {
    const q = parsePlace(t, p + 1);
    if (q > p + 1) p = q;
  }
  return p;
}

const MISSION_HEADS = phraseTable(
  'đại sứ quán|tổng lãnh sự quán|lãnh sự quán|cơ quan đại diện|phái đoàn thường trực',
);
/** True when a diplomatic mission's head opens the body at i. */
const MISSIONS = (t: ViTokens, i: number) => matchPhrase(MISSION_HEADS, t, i) > 0;

/**
 * After a locality noun, a place of two words that opens with a family name ("huyện Sầm Sơn", "thị xã Lê
 * Chân"), which {@link parsePlace} leaves as a possible name: a place when nothing capitalised follows it, or
 * a full name does (its official's). Returns its end, or i.
 */
function familyNamedPlace(t: ViTokens, i: number): number {
  if (!looksLikeNameAt(t, i) || !joined(t, i) || !isCap(t, i + 1) || startsTitleOrOrg(t, i + 1)) return i;
  const more = joined(t, i + 1) && isCap(t, i + 2);
  return !more || looksLikeNameAt(t, i + 2) ? i + 2 : i;
}

/** Reads the locality of a body at token p ("tỉnh Yên Bái", "TP.HCM", "Đắk Lắk"); returns its end or p. */
export function parseLocality(t: ViTokens, p: number, kind: HeadKind): number {
  const kl = matchPhrase(VI.localities, t, p);
  if (kl > 0) {
    const afterNoun = p + kl;
    const sep = afterNoun < t.n ? t.text.slice(t.end[afterNoun - 1]!, t.start[afterNoun]!) : '';
    const dotted = t.low[p] === 'tp' && (sep === '.' || sep === '. ');
    let place = sep === ' ' || dotted ? parsePlace(t, afterNoun) : afterNoun;
    if (place === afterNoun && sep === ' ') place = familyNamedPlace(t, afterNoun);
    // A numbered village or group keeps its number ("thôn Tà Số 2", "khu phố Tân Lập 3").
    if (
      place > afterNoun &&
      VILLAGES.has(t.low[p]!) &&
      joined(t, place - 1) &&
      /^\d{1,3}$/.test(t.word[place] ?? '') &&
      !ROMAN.test(t.word[place - 1]!) &&
      !joined(t, place)
    )
      place++;
    if (place > afterNoun) return place;
    // A bare locality noun stands for "of this province" ("UBND tỉnh", "Công an tỉnh").
    const noun = t.low.slice(p, afterNoun).join(' ');
    // Party committees take only the abbreviated city ("Thành ủy TP").
    return (kind !== 'committee' || noun === 'tp') && BARE_LOCALITIES.has(noun) ? afterNoun : p;
  }
  // Party committees and owner-bound bodies take a place directly ("Tỉnh ủy Yên Bái").
  if (kind === 'committee' || kind === 'owner') return parsePlace(t, p);
  return p + matchPhrase(VI.places, t, p);
}
