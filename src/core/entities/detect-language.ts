/**
 * Language detection for the recogniser: Vietnamese or English. Vietnamese is written in Latin letters with
 * many diacritics (ă â đ ê ô ơ ư and five tones), so the share of such letters separates the two at once;
 * for Vietnamese typed without diacritics, its frequent function words decide.
 */

// Letters only Vietnamese uses among the two languages (NFC), and the combining tone marks of NFD text.
const VI_LETTER =
  /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]|[\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b]/giu;
const LETTER = /\p{L}/gu;
const VI_WORD =
  /(?<![\p{L}])(?:của|cua|và|va|các|cac|những|nhung|được|duoc|trong|người|nguoi|không|khong|với|voi|như|nhu|cho|theo|một|mot|đã|da|là|la|tại|tai|ngày|ngay|năm|nam)(?![\p{L}])/giu;
const EN_WORD = /(?<![\p{L}])(?:the|of|and|to|in|is|was|for|on|that|with|by|as|at|from)(?![\p{L}])/giu;

/** How much of the text to look at: the language of a news article shows in its first few paragraphs. */
const SAMPLE = 4000;

/**
 * Detects whether `text` is Vietnamese or English.
 * @returns `'vi'` when Vietnamese letters make up more than 10% of the letters in the sample (running
 *   Vietnamese has about 30%; an English text quoting Vietnamese names a few), or when Vietnamese function
 *   words outnumber English ones; otherwise `'en'`. Never throws.
 */
export function detectLanguage(text: string): 'vi' | 'en' {
  if (typeof text !== 'string' || text.length === 0) return 'en';
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return 'en';
  const vi = sample.match(VI_LETTER)?.length ?? 0;
  if (vi / letters > 0.1) return 'vi';
  const viWords = sample.match(VI_WORD)?.length ?? 0;
  const enWords = sample.match(EN_WORD)?.length ?? 0;
  return viWords > enWords && viWords >= 2 ? 'vi' : 'en';
}
