/** A CSL name: a personal name split into family and given, or a literal name kept as written. */
export type CslName = { family: string; given?: string; suffix?: string } | { literal: string };

/** Common Vietnamese family names; a byline name starting with one is Vietnamese even without diacritics. */
const VI_FAMILY = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh dinh mai doan lam luong cao truong ta quach chu thai ha tong van la vuong kieu dam khuc'.split(
    ' ',
  ),
);

/** Letters that only Vietnamese uses among Latin scripts (ơ, ư, ă, đ and tone-marked vowels). */
const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/** Words that introduce a byline or credit, not a name ("By", "Theo", "Bài và ảnh:"). */
const LEAD =
  /^(?:by|written by|reporting by|theo|bài(?:\s+và\s+ảnh)?|tác giả|phóng viên|pv|nhóm phóng viên)\s*[:.-]?\s+/i;

/** Bylines that name no person: agencies, desks, staff. Kept whole as a literal. */
const NOT_A_PERSON =
  /\b(?:staff|reuters|afp|ap|ttxvn|vna|associated press|bbc|editorial|desk|team|ban biên tập|nhóm)\b/i;

/** Folds Vietnamese to ASCII for comparisons and keys (đ → d). */
export function foldAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Whether a name reads as Vietnamese: its letters, or a Vietnamese family name first. */
export function isVietnameseName(name: string, lang?: string): boolean {
  if (VI_LETTERS.test(name)) return true;
  const first = foldAscii(name.split(/\s+/)[0] ?? '').toLowerCase();
  return lang === 'vi' || VI_FAMILY.has(first);
}

/** Title-cases a name written all in capitals ("NGUYỄN VĂN AN" → "Nguyễn Văn An"). */
function fixCase(name: string): string {
  if (name !== name.toUpperCase() || name === name.toLowerCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * Splits one personal name. Vietnamese names (family name first) stay literal in their own order, so no
 * style reorders "Nguyễn Văn An" into "An, N. V."; a single word, or an agency, is literal; otherwise the last
 * word is the family name ("Jane van Doe" → family "van Doe" is not attempted: the last word only).
 */
export function parseName(raw: string, lang?: string): CslName | undefined {
  const name = fixCase(raw.replace(/\s+/g, ' ').trim());
  if (!name || !/\p{L}/u.test(name)) return undefined;
  if (NOT_A_PERSON.test(name) || isVietnameseName(name, lang)) return { literal: name };
  const words = name.split(' ');
  if (words.length === 1) return { literal: name };
  const suffix = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i.test(words[words.length - 1]!) ? words.pop() : undefined;
  const family = words.pop()!;
  if (words.length === 0) return { literal: name };
  return { family, given: words.join(' '), ...(suffix ? { suffix } : {}) };
}

/**
 * Authors from an article byline: strips lead words ("By", "Theo", "Bài và ảnh:"), trailing credits after `|`
 * or an e-mail address, then splits on commas, semicolons, "and", "&", "và" and " - ".
 * @param lang - the article language; "vi" keeps every name literal.
 */
export function parseByline(byline: string | undefined, lang?: string): CslName[] {
  if (!byline) return [];
  const cleaned = byline
    .normalize('NFC')
    .split(/\s*[|\n]\s*/)[0]!
    .replace(/\S+@\S+/g, '')
    .replace(/\(.*?\)/g, '')
    .trim()
    .replace(LEAD, '');
  // Not \b around "và": in a non-Unicode regex "à" is not a word character, so \b never matches after it.
  const parts = cleaned.split(/\s*(?:[,;/&]|\s[-–]\s|\sand\s|\svà\s)\s*/i);
  const names: CslName[] = [];
  // One Vietnamese name makes the whole byline Vietnamese ("Hoàng Nam - Minh Anh": both literal).
  const bylineLang = parts.some((p) => isVietnameseName(p.trim())) ? 'vi' : lang;
  for (const part of parts) {
    const name = parseName(part.replace(LEAD, ''), bylineLang);
    if (name && !names.some((n) => JSON.stringify(n) === JSON.stringify(name))) names.push(name);
  }
  return names;
}
