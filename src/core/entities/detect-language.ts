/**
 * Language detection for the recogniser: Vietnamese or English. Vietnamese is written in Latin letters with
 * many diacritics (ă â đ ê ô ơ ư and five tones), so the share of such letters separates the two at once;
 * for Vietnamese typed without diacritics, its frequent function words decide. The composer calls this
 * once per line, so it is one `charCodeAt` pass with a lookup table and no allocation.
 */

const VI_LETTERS = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
// 1: a letter Vietnamese uses and English does not (NFC), or a Vietnamese combining mark (NFD);
// 2: any other letter below U+2000.
const TABLE = new Uint8Array(0x2000);
for (let c = 0xc0; c < 0x2000; c++) if (/\p{L}/u.test(String.fromCharCode(c))) TABLE[c] = 2;
for (const ch of VI_LETTERS + VI_LETTERS.toUpperCase()) TABLE[ch.charCodeAt(0)] = 1;
for (const c of [0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31b, 0x323]) TABLE[c] = 1;

/** How much of the text to look at: the language of a news article shows in its first few paragraphs. */
const SAMPLE = 4000;

// Frequent function words, with and without diacritics (Vietnamese typed without them still has these).
const VI_WORDS = new Set(
  (
    'của|cua|và|va|các|cac|những|nhung|được|duoc|trong|người|nguoi|không|khong|với|voi|như|nhu|cho|' +
    'theo|một|mot|đã|da|là|la|tại|tai|ngày|ngay|năm|nam'
  ).split('|'),
);
const EN_WORDS = new Set('the|of|and|to|in|is|was|for|on|that|with|by|as|at|from'.split('|'));
const LONGEST = Math.max(...[...VI_WORDS, ...EN_WORDS].map((w) => w.length));

// Letters (\p{L}) by UTF-16 code unit, learnt on first sight.
const letterClass = new Int8Array(65536).fill(-1);
function isLetter(c: number): boolean {
  let k = letterClass[c]!;
  if (k < 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 0 : /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 0;
    letterClass[c] = k;
  }
  return k === 1;
}

/**
 * The Vietnamese and English function words in `s`: whole runs of letters, any case, in one pass that
 * slices only runs short enough to be one.
 */
function functionWords(s: string): { vi: number; en: number } {
  let vi = 0;
  let en = 0;
  let i = 0;
  while (i < s.length) {
    if (!isLetter(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < s.length && isLetter(s.charCodeAt(i))) i++;
    if (i - start > LONGEST) continue;
    const w = s.slice(start, i).toLowerCase();
    if (VI_WORDS.has(w)) vi++;
    else if (EN_WORDS.has(w)) en++;
  }
  return { vi, en };
}

/**
 * Detects whether `text` is Vietnamese or English.
 * @returns `'vi'` when Vietnamese letters make up more than 10% of the letters in the sample (running
 *   Vietnamese has about 30%; an English text quoting Vietnamese names a few), or when Vietnamese function
 *   words outnumber English ones; otherwise `'en'`. Never throws.
 */
export function detectLanguage(text: string): 'vi' | 'en' {
  if (typeof text !== 'string' || text.length === 0) return 'en';
  const n = Math.min(text.length, SAMPLE);
  let letters = 0;
  let vi = 0;
  // Letters never outnumber characters: once a tenth of the sample is Vietnamese letters the answer is
  // known, and running Vietnamese gets there within a few hundred characters of a line.
  const enough = n * 0.1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
    } else if (c < 0x2000 && TABLE[c]) {
      letters++;
      if (TABLE[c] === 1 && ++vi > enough) return 'vi';
    }
  }
  if (letters === 0) return 'en';
  if (vi / letters > 0.1) return 'vi';
  if (vi > letters * 0.02) return 'en';
  // Few or no diacritics: Vietnamese typed without them still has its function words.
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const words = functionWords(sample);
  return words.vi >= 2 && words.vi > words.en ? 'vi' : 'en';
}
