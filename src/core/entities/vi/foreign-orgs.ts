import { isPhrase, phraseTable } from './phrase-table.ts';
import { joined, type ViTokens } from './tokenise-vi.ts';

// Lower-case nouns that say what the foreign name after them is ("hãng Boeing", "quỹ đầu tư Dragon
// Capital", "tổ chức Human Rights Watch"): the name has no Vietnamese head noun of its own.
const CUES = phraseTable(
  'hãng|hãng tin|hãng thông tấn|hãng xếp hạng|hãng hàng không|hãng nghiên cứu|hãng sản xuất|tập đoàn|' +
    'công ty|công ty chứng khoán|công ty tư vấn|công ty nghiên cứu|tổ chức|tổ chức xếp hạng|' +
    'tổ chức phi chính phủ|quỹ|quỹ đầu tư|ngân hàng|nhà mạng|nhà cung cấp|nhà sản xuất|nhà bán lẻ',
);
const MAX_CUE = CUES.maxWords;
// Kinds of fund, deal or investment in capitals: "quỹ ETF" is a kind of fund, not one.
const KINDS = new Set([
  'etf',
  'etfs',
  'reit',
  'reits',
  'ipo',
  'fdi',
  'oda',
  'esg',
  'ppp',
  'bot',
  'bt',
  'm&a',
]);
const MAX_NAME = 4;

// One Vietnamese syllable, tone marks removed: onset, a vowel nucleus Vietnamese has, final. A name made
// of them is Vietnamese ("tổ chức Đảng" is the Party's organisation, "Boeing" is no syllable).
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?([aeiouyăâêôơư]{1,3})(?:ng|nh|ch|[cmnpt])?$/;
const NUCLEI = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô uơ uy ưa ưi ' +
    'ươ ưu yê oai oay oao oeo uây uôi ươi ươu iêu yêu uya uyê uyu'
  ).split(' '),
);
// Tone marks (grave, acute, tilde, hook, dot below) in NFD; the vowel marks ă â ê ô ơ ư stay.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** True when a lower-cased word is one Vietnamese syllable (tone marks ignored). */
export function vietnameseSyllable(low: string): boolean {
  const m = SYLLABLE.exec(low.normalize('NFD').replace(TONES, '').normalize('NFC'));
  return !!m && NUCLEI.has(m[1]!);
}

/** A capitalised word spelt as no Vietnamese syllable ("Samsung", "Reuters", "Moody's", "HSBC"). */
const foreignWord = (t: ViTokens, i: number): boolean =>
  i < t.n && t.cap[i]! >= 1 && !vietnameseSyllable(t.low[i]!);

function opensSentence(t: ViTokens, i: number): boolean {
  const before = t.text.slice(Math.max(0, t.start[i]! - 3), t.start[i]!);
  return i === 0 || /(?:^|[.!?:\n"“])\s*$/.test(before);
}

function cueBefore(t: ViTokens, i: number): boolean {
  if (i === 0 || !joined(t, i - 1)) return false;
  for (let k = 1; k <= MAX_CUE && i - k >= 0; k++) {
    const c = i - k;
    // Only the cue's first word may be capitalised, and only opening a sentence ("Hãng Boeing …").
    if (t.cap[c] !== 0 && !(t.cap[c] === 1 && opensSentence(t, c))) return false;
    if (isPhrase(CUES, t, c, k)) return true;
    if (t.cap[c] !== 0) return false;
  }
  return false;
}

/**
 * Foreign organisations introduced by a lower-case noun saying what they are ("hãng Boeing", "tổ chức
 * xếp hạng Moody's"), the name without the noun, and later repeats of the same name. Tokens already in
 * `taken` (organisations and names found before) are left alone. Returns new token ranges.
 */
export function foreignOrgs(t: ViTokens, taken: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const names = new Map<string, number>();
  for (let i = 1; i < t.n; i++) {
    // The cue first: it is a bit test on the token before, and rarely there.
    if (taken[i] || t.cap[i] === 0 || !cueBefore(t, i) || !foreignWord(t, i) || KINDS.has(t.low[i]!))
      continue;
    let e = i + 1;
    while (e < i + MAX_NAME && joined(t, e - 1) && foreignWord(t, e) && !taken[e]) e++;
    // A longer capitalised run is something else ("hãng Boeing Việt Nam" is read by the body rules).
    if (e < t.n && joined(t, e - 1) && t.cap[e]! >= 1) continue;
    out.push([i, e]);
    taken.fill(1, i, e);
    names.set(t.low.slice(i, e).join(' '), e - i);
    i = e - 1;
  }
  if (names.size === 0) return out;
  // Repeats, looked up by their first word.
  const byFirst = new Map<string, Array<[string, number]>>();
  for (const [key, len] of names) {
    const first = key.split(' ', 1)[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), [key, len]]);
  }
  for (let i = 0; i < t.n; i++) {
    if (taken[i] || t.cap[i] === 0 || (i > 0 && joined(t, i - 1) && t.cap[i - 1]! >= 1)) continue;
    for (const [key, len] of byFirst.get(t.low[i]!) ?? []) {
      const e = i + len;
      if (e > t.n || t.low.slice(i, e).join(' ') !== key) continue;
      if (e < t.n && joined(t, e - 1) && t.cap[e]! >= 1) continue;
      let free = true;
      for (let j = i; j < e; j++) if (taken[j] || (j > i && !joined(t, j - 1))) free = false;
      if (!free) continue;
      out.push([i, e]);
      taken.fill(1, i, e);
      i = e - 1;
      break;
    }
  }
  return out;
}
