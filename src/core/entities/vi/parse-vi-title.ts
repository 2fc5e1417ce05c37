import { vietnameseSyllable } from './foreign-orgs.ts';
import { parseDesignation, parseLocality, parseOrg, parsePlace } from './parse-vi-org.ts';
import { isPhrase, matchPhrase, opensPhraseOf, phraseTable } from './phrase-table.ts';
import { joined, type ViTokens } from './tokenise-vi.ts';
import { VI } from './vi-lexicon.ts';
import { degreeLength, honorificLength, isCap, nameLength } from './vi-names.ts';

/** One office read from the text: token range, end offset (a closing parenthesis may end it) and bodies. */
export type TitleParse = {
  start: number;
  /** Token after the title. */
  end: number;
  /** Character offset where the title ends. */
  endOffset: number;
  /** Organisations named inside the title, as token ranges [start, end). */
  orgs: Array<[number, number]>;
  /** True for a military or police rank. */
  rank: boolean;
  /** Joined to the office before it by "và" rather than a comma. */
  afterVa?: boolean;
};

// Offices followed by a bare domain rather than a body ("Bộ trưởng Ngoại giao", "Thứ trưởng Công an").
const DOMAIN_TITLES = phraseTable(
  'bộ trưởng|thứ trưởng|ngoại trưởng|tổng cục trưởng|cục trưởng|vụ trưởng|trợ lý bộ trưởng',
);

const DOMAIN_SECOND = (w: string): boolean => w === 'an' || VI.designationTails.has(w);

const OPENS_TITLE = opensPhraseOf([VI.titleNouns, VI.ranks, VI.titleModifiers]);

// Formal names of states before the country ("Tổng thống Cộng hòa Chile", "Quốc vương Vương quốc Thái Lan").
const COUNTRY_FORMS = phraseTable(
  'cộng hòa|cộng hòa nhân dân|cộng hòa dân chủ nhân dân|cộng hòa xã hội chủ nghĩa|cộng hòa liên bang|' +
    'vương quốc|liên bang|cộng hòa hồi giáo|cộng hòa ả rập',
);
// Units that sit inside a ministry, a central office or a committee, and those parents.
const UNIT_HEADS = phraseTable(
  'cục|vụ|viện|trung tâm|văn phòng|ban|phòng|chi cục|tổng cục|học viện|trường|báo|tạp chí|thanh tra|sở',
);
const PARENT_HEADS = phraseTable(
  'bộ|văn phòng chính phủ|văn phòng quốc hội|văn phòng trung ương đảng|văn phòng chủ tịch nước|tổng cục|' +
    'ủy ban|ubnd|thanh tra chính phủ|kiểm toán nhà nước|ngân hàng nhà nước|ban tổ chức trung ương|' +
    'ban tuyên giáo trung ương|ban kinh tế trung ương|ban nội chính trung ương|ban đối ngoại trung ương|' +
    'ban dân vận trung ương|ủy ban kiểm tra trung ương|tòa án nhân dân tối cao|viện kiểm sát nhân dân tối cao|' +
    'đài truyền hình việt nam|đài tiếng nói việt nam|thông tấn xã việt nam|bảo hiểm xã hội việt nam|' +
    // Banks, groups, corporations and provincial police and departments have units too ("Phòng Cảnh sát
    // hình sự, Công an tỉnh Nghệ An", "Vụ Đông Nam Á, Ngân hàng Phát triển châu Á").
    'ngân hàng|tập đoàn|tổng công ty|công an|bộ chỉ huy|bộ tư lệnh|quân khu|đại học|sở',
);

/**
 * The end of a parent body named after a comma behind a unit ("Cục Quản trị, Văn phòng Chính phủ"), or
 * p when there is none: the unit must be a department-level head and the parent a ministry-level one.
 */
function parentAfterComma(t: ViTokens, unit: [number, number], p: number): number {
  if (p >= t.n || !/^, ?$/.test(t.text.slice(t.end[p - 1]!, t.start[p]!))) return p;
  if (matchPhrase(UNIT_HEADS, t, unit[0]) === 0 || matchPhrase(PARENT_HEADS, t, p) === 0) return p;
  if (matchPhrase(VI.titleNouns, t, p) > 0) return p;
  const o = parseOrg(t, p, { nested: true });
  return Math.max(o, p);
}

// Locality nouns of a commune-level body, and those that may follow it after a comma.
const LOW_LOCALITIES = phraseTable('xã|phường|thị trấn|thôn|bản|ấp|khu phố|tổ dân phố|xóm|làng|buôn|khóm');
const HIGH_LOCALITIES = phraseTable('huyện|quận|thị xã|thành phố|tỉnh');

/**
 * The end of the district and province written after a commune-level body in an office ("UBND xã A, huyện
 * B, tỉnh C"), or p: at most two, each a lower-case locality noun and a place.
 */
function higherLocalities(t: ViTokens, org: [number, number], p: number): number {
  // Cheap tests first: a lower-case word after a comma right behind the body.
  if (p >= t.n || t.cap[p] !== 0 || t.text.charCodeAt(t.end[p - 1]!) !== 44) return p;
  let low = false;
  for (let k = org[0]; k < org[1] && !low; k++)
    if (t.cap[k] === 0 && matchPhrase(LOW_LOCALITIES, t, k) > 0) low = true;
  if (!low) return p;
  let q = p;
  for (let n = 0; n < 2 && q < t.n; n++) {
    if (!/^, ?$/.test(t.text.slice(t.end[q - 1]!, t.start[q]!)) || t.cap[q] !== 0) break;
    const kl = matchPhrase(HIGH_LOCALITIES, t, q);
    if (kl === 0 || !joined(t, q + kl - 1)) break;
    const place = parsePlace(t, q + kl);
    if (place <= q + kl) break;
    q = place;
  }
  return q;
}

/** The first words of every office noun, rank and modifier: a cheap test before trying to parse. */
export function mayStartTitle(t: ViTokens, i: number): boolean {
  return OPENS_TITLE(t, i);
}

/** Reads the office noun at p (longest of office nouns and ranks). */
function nounAt(t: ViTokens, p: number): { k: number; rank: boolean } {
  const kn = matchPhrase(VI.titleNouns, t, p);
  const kr = matchPhrase(VI.ranks, t, p);
  return kr > kn ? { k: kr, rank: true } : { k: kn, rank: false };
}

/** The token after an office's function and "của" at p (p when there are none). */
function officeVia(t: ViTokens, p: number): number {
  let q = p;
  const kf = matchPhrase(VI.titleFunctions, t, q);
  if (kf > 0 && t.cap[q] === 0 && joined(t, q + kf - 1)) q += kf;
  if (t.low[q] === 'của' && joined(t, q)) q++;
  return q;
}

/**
 * Reads one office at token i: modifiers (nguyên, cựu, tân, Quyền, Phó…), the office noun, qualifiers
 * (Thường trực, dự khuyết…) and its body: an organisation (with a parent in parentheses), a locality, or
 * a body fused in lower case with the noun ("Trưởng ban Tuyên giáo Thành ủy", where nothing is labelled).
 * Returns null when no office starts at i.
 */
export function parseTitle(t: ViTokens, i: number): TitleParse | null {
  let p = i;
  for (let m = 0; m < 3; m++) {
    const km = matchPhrase(VI.titleModifiers, t, p);
    if (km === 0 || !joined(t, p + km - 1)) break;
    // The modifier opens a longer office noun of its own ("Tổng Kiểm toán Nhà nước").
    const after = nounAt(t, p + km).k;
    const whole = nounAt(t, p).k;
    if (whole > km && whole >= km + after) break;
    if (after === 0 && matchPhrase(VI.titleModifiers, t, p + km) === 0) break;
    p += km;
  }
  const { k, rank } = nounAt(t, p);
  if (k === 0) return null;
  let nounEnd = p + k;
  let fused = false;
  // "Trưởng Ban Tổ chức…" = office + body; "Trưởng ban Tuyên giáo…" = one fused office.
  for (const tailLen of [3, 2, 1]) {
    if (k <= tailLen) continue;
    const tailStart = nounEnd - tailLen;
    if (!isPhrase(VI.fusedTails, t, tailStart, tailLen)) continue;
    // The body may be the tail itself ("Thường trực [Ban Bí thư]") or run on ("Trưởng [Công an huyện …]").
    if (isCap(t, tailStart) && parseOrg(t, tailStart, { nested: true }) >= nounEnd) nounEnd = tailStart;
    else fused = !isCap(t, tailStart);
    break;
  }
  const nounStart = p;
  p = nounEnd;
  while (joined(t, p - 1)) {
    const kq = matchPhrase(VI.titleQualifiers, t, p);
    if (kq === 0) break;
    p += kq;
  }
  // After a qualifier the body is named in full ("Phó Trưởng ban Thường trực Ban Tổ chức Trung ương").
  if (fused && p > nounEnd && isCap(t, p) && parseOrg(t, p, { nested: true }) > p) fused = false;
  const orgs: Array<[number, number]> = [];
  let endOffset = t.end[p - 1]!;
  if (!joined(t, p - 1)) return { start: i, end: p, endOffset, orgs, rank };
  if (fused) {
    // The body is part of the office: read it to find the end, label nothing inside.
    let q = parseDesignation(t, p);
    const o = joined(t, q - 1) ? parseOrg(t, q, { nested: true }) : -1;
    if (o > q) q = o;
    else if (q > p && joined(t, q - 1)) q = parseLocality(t, q, 'head');
    if (q > p) endOffset = t.end[q - 1]!;
    return { start: i, end: q, endOffset, orgs, rank };
  }
  // A function and "của" between the office and its body ("Giám đốc tài chính của CTCP …").
  const via = officeVia(t, p);
  if (via > p) {
    const ov = parseOrg(t, via, { nested: true });
    if (ov > via) {
      orgs.push([via, ov]);
      return { start: i, end: ov, endOffset: t.end[ov - 1]!, orgs, rank };
    }
  }
  const o = parseOrg(t, p, { nested: true });
  if (o > p) {
    orgs.push([p, o]);
    p = o;
    endOffset = t.end[p - 1]!;
    // A parent body after a comma stays in the same office ("Phó Cục trưởng Cục Quản trị, Văn phòng
    // Chính phủ"): a unit of a ministry, a central office or a committee, named right after it.
    const parent = parentAfterComma(t, orgs[0]!, p);
    if (parent > p) {
      orgs.push([p, parent]);
      p = parent;
      endOffset = t.end[p - 1]!;
    }
    // The district and province of a commune's body stay in the office ("Chủ tịch UBND xã Phước Thuận,
    // huyện Tuy Phước"): a lower-case locality noun and its place after a comma.
    p = higherLocalities(t, orgs[orgs.length - 1]!, p);
    endOffset = t.end[p - 1]!;
    // A parent body in parentheses stays in the same office ("Cục … (Ban Tổ chức Trung ương)").
    const open = t.text.slice(endOffset, t.start[p] ?? endOffset);
    if ((open === ' (' || open === '(') && p < t.n) {
      const po = parseOrg(t, p, { nested: true });
      // Not the body's own acronym ("Ngân hàng Phát triển châu Á (ADB)").
      const acronym = po === p + 1 && t.cap[p] === 2;
      const closed = po > p && t.text.slice(t.end[po - 1]!, t.end[po - 1]! + 1) === ')';
      // "… Tập đoàn Điện lực Việt Nam (EVN) Đặng Hoàng An": the body's own acronym before the name stays
      // in the office, so the name still follows it.
      const nameNext = closed && acronym && nameLength(t, po, false) >= 2;
      if (closed && (!acronym || nameNext)) {
        orgs.push([p, po]);
        p = po;
        endOffset = t.end[po - 1]! + 1;
      }
    }
    return { start: i, end: p, endOffset, orgs, rank };
  }
  const kl = matchPhrase(VI.localities, t, p);
  if (kl > 0) {
    const place = parsePlace(t, p + kl);
    // "Phó Chánh Thanh tra TP.HCM Đinh Ngọc Quyên": "TP" and its city joined by a dot.
    const dotted = t.low[p] === 'tp' && /^\. ?$/.test(t.text.slice(t.end[p]!, t.start[p + 1] ?? t.end[p]!));
    if (place > p + kl && (joined(t, p + kl - 1) || dotted)) {
      return { start: i, end: place, endOffset: t.end[place - 1]!, orgs, rank };
    }
    // "Chánh Thanh tra tỉnh Nguyễn Văn A": the province is the article's own.
    if (joined(t, p + kl - 1) && nameLength(t, p + kl, false) >= 2) {
      return { start: i, end: p + kl, endOffset: t.end[p + kl - 1]!, orgs, rank };
    }
    // "…, công chức địa chính xã, …", "Phó Chủ tịch tỉnh.": a bare lower-case locality closing the office.
    if (t.cap[p] === 0 && !joined(t, p + kl - 1) && /^[,.;)]/.test(t.text.slice(t.end[p + kl - 1]!))) {
      return { start: i, end: p + kl, endOffset: t.end[p + kl - 1]!, orgs, rank };
    }
  }
  // A country or province qualifies the office ("Phó Thủ tướng Nga", "Chủ tịch Hà Nội").
  // Only when a name follows: "Chủ tịch Hồ Chí Minh" is the person, not an office of the city.
  // … and "Đại sứ Việt Nam tại Nhật Bản Vũ Hồng Nam".
  const kf = matchPhrase(COUNTRY_FORMS, t, p);
  const kp =
    kf > 0 && joined(t, p + kf - 1) ? kf + matchPhrase(VI.places, t, p + kf) : matchPhrase(VI.places, t, p);
  if (kp > kf) {
    let q = p + kp;
    if (joined(t, q - 1) && t.low[q] === 'tại' && joined(t, q)) {
      const kt = matchPhrase(VI.places, t, q + 1);
      if (kt > 0) q += 1 + kt;
    }
    if ((joined(t, q - 1) && nameLength(t, q, false) >= 2) || personAfterComma(t, q)) {
      return { start: i, end: q, endOffset: t.end[q - 1]!, orgs, rank };
    }
  }
  if (isCap(t, p) && isPhrase(DOMAIN_TITLES, t, nounStart, nounEnd - nounStart)) {
    let d = parseDesignation(t, p);
    // A domain is Vietnamese words: a foreign word after it opens the holder's name ("Bộ trưởng Ngoại giao
    // Camila Soto Herrera").
    for (let k = p + 1; k < d; k++) {
      if (isCap(t, k) && !vietnameseSyllable(t.low[k]!)) {
        d = k;
        break;
      }
    }
    // A domain has two syllables or more ("Ngoại giao", "Y tế"); one word is a short name ("Thứ trưởng Tuyên").
    // Its second syllable is a known one ("giao", "tế", "an"), not the verb after a short name
    // ("Thứ trưởng Khoa nhấn mạnh").
    // Two capitalised words are a domain only with such a second syllable too ("Thứ trưởng Minh Hạnh" is a name).
    if (d - p < 2 || (d - p === 2 && !DOMAIN_SECOND(t.low[p + 1]!))) d = p;
    // "Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru": the country of the office, then the name.
    // A country right after the domain always belongs to it ("Thứ trưởng Ngoại giao Nga, …").
    const kc = d > p && joined(t, d - 1) ? matchPhrase(VI.places, t, d) : 0;
    if (kc > 0) d += kc;
    // "Tùy viên Quốc phòng Australia tại Việt Nam, Đại tá …": where the office is held, before its holder.
    if (kc > 0 && joined(t, d - 1) && t.low[d] === 'tại' && joined(t, d)) {
      const kt = matchPhrase(VI.places, t, d + 1);
      if (
        kt > 0 &&
        (personAfterComma(t, d + 1 + kt) || (joined(t, d + kt) && nameLength(t, d + 1 + kt, false) >= 2))
      )
        d += 1 + kt;
    }
    if (d > p) return { start: i, end: d, endOffset: t.end[d - 1]!, orgs, rank };
  }
  return { start: i, end: p, endOffset, orgs, rank };
}

/**
 * "Đại sứ Hoa Kỳ tại Việt Nam, ông Marc Knapper", "…, Đại tá Mark Jensen": after a comma at token q, a
 * courtesy word or a rank and then a name, so the office before the comma is that person's.
 */
function personAfterComma(t: ViTokens, q: number): boolean {
  if (q >= t.n || !/^, ?$/.test(t.text.slice(t.end[q - 1]!, t.start[q]!))) return false;
  const h = honorificLength(t, q) || matchPhrase(VI.ranks, t, q) || degreeLength(t, q);
  return h > 0 && joined(t, q + h - 1) && nameLength(t, q + h, false) >= 2;
}

/** Reads offices separated by commas (and a rank right after an office) starting at token i. */
export function parseTitleChain(t: ViTokens, i: number): TitleParse[] {
  const chain: TitleParse[] = [];
  let p = i;
  while (p < t.n && chain.length < 8) {
    if (!mayStartTitle(t, p)) break;
    const title = parseTitle(t, p);
    if (!title) break;
    chain.push(title);
    p = title.end;
    if (p >= t.n) break;
    const gap = t.text.slice(title.endOffset, t.start[p]!);
    // Offices are listed with commas, or with a dash ("Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh").
    if (gap === ', ' || gap === ',' || ((gap === ' - ' || gap === ' – ') && mayStartTitle(t, p))) continue;
    // Offices held together are one ("Chủ tịch HĐQT kiêm Tổng Giám đốc Tổng công ty …").
    if (gap === ' ' && t.low[p] === 'kiêm' && joined(t, p) && mayStartTitle(t, p + 1)) {
      const next = parseTitle(t, p + 1);
      if (next) {
        chain[chain.length - 1] = {
          ...title,
          end: next.end,
          endOffset: next.endOffset,
          orgs: [...title.orgs, ...next.orgs],
        };
        p = next.end;
        if (p >= t.n) break;
        const after = t.text.slice(next.endOffset, t.start[p]!);
        if (after === ', ' || after === ',') continue;
        if (after === ' ' && nounAt(t, p).rank) continue;
        break;
      }
    }
    // Coordinated offices: "Bí thư Tỉnh ủy và Chủ tịch HĐND tỉnh".
    if (gap === ' ' && t.low[p] === 'và' && joined(t, p) && mayStartTitle(t, p + 1)) {
      const next = parseTitle(t, p + 1);
      if (next) {
        chain.push({ ...next, afterVa: true });
        p = next.end;
        if (p >= t.n) break;
        const after = t.text.slice(next.endOffset, t.start[p]!);
        if (after === ', ' || after === ',') continue;
        break;
      }
    }
    if (gap === ' ' && nounAt(t, p).rank) continue;
    break;
  }
  return chain;
}
