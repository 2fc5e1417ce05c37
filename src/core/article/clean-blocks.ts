import type { Block } from './collect-blocks';

/** Words that may make up a dateline ("Thứ Tư, 24/4/2024 10:05 (GMT+7)", "Updated 10:05 AM EDT, April 24"). */
const DATE_WORDS = new Set(
  (
    'thứ hai ba tư năm sáu bảy chủ nhật cn t2 t3 t4 t5 t6 t7 ngày tháng giờ lúc sáng trưa chiều tối đêm ' +
    'cập nhật đăng gmt utc ict am pm a.m p.m et pt ct edt est cdt cst pdt pst bst cet updated update published ' +
    'posted last modified on at by ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun'
  ).split(' '),
);
const NUMERIC = /^\d+(h\d*|g\d*|:\d+)*$|^\d+(st|nd|rd|th)$/;
const TOKEN_SPLIT = /[\s,;|()[\]/\\\-–—·•+]+|(?<!\d)[.:]|[.:](?!\d)/;

/** A short line made only of weekdays, dates, times, time zones and "updated/cập nhật" words. */
export function isDateline(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const tokens = text.toLowerCase().split(TOKEN_SPLIT).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 16) return false;
  return tokens.every((t) => NUMERIC.test(t) || DATE_WORDS.has(t));
}

const words = (text: string) => text.split(' ').length;
const fold = (text: string) => text.toLowerCase();

/**
 * A breadcrumb or section label: a declared section name, or a short all-link line ("Sức khỏe", "Tin tức").
 * Kept short on purpose: link lists that are real content (references, tables of contents) run longer.
 */
function isCategory(block: Block, sections: Set<string>): boolean {
  if (block.caption || words(block.text) > 6 || /[.!?…:;"“”]$/.test(block.text)) return false;
  if (sections.has(fold(block.text))) return true;
  const visible = block.text.replace(/\s+/g, '').length;
  return words(block.text) <= 4 && block.text.length <= 20 && visible > 0 && block.linkChars / visible >= 0.8;
}

/** Words of the "read more" controls some sites leave at the end of the body ("Đọc tiếp", "Về trang Chủ đề"). */
const MORE_WORDS = new Set(
  'đọc tiếp xem thêm về trang chủ đề trở lại quay read more continue reading see show back to top'.split(' '),
);

function isMoreLinks(block: Block): boolean {
  const list = fold(block.text).split(' ');
  return !block.caption && block.linkChars > 0 && list.length <= 6 && list.every((w) => MORE_WORDS.has(w));
}

/** A closing signature ("Lê Phương", "Hà Thu (tổng hợp)") set apart in bold, as vnexpress and others do. */
function isSignature(block: Block, byline: string | null): boolean {
  if (block.caption) return false;
  if (byline && fold(block.text) === fold(byline)) return true;
  // "Hà Thu (tổng hợp)": the name in bold, a note on sources after it in parentheses.
  const name = block.text.replace(/\s*\([^)]*\)$/, '');
  const visible = name.replace(/\s+/g, '').length;
  // Length as well as words: Chinese and Japanese lines have no spaces to count.
  return (
    words(block.text) <= 6 &&
    block.text.length <= 40 &&
    !/[.!?…:;]$/.test(name) &&
    visible > 0 &&
    block.boldChars / visible >= 0.9
  );
}

/**
 * A promo line in capitals that is all link ("2 NY RESIDENTS ALLEGEDLY RAN…", "CLICK HERE TO GET THE APP"):
 * how several news sites plant related stories between paragraphs. Body text is never all capitals and link.
 */
function isShoutedLink(block: Block): boolean {
  if (block.caption || block.linkChars === 0) return false;
  const visible = block.text.replace(/\s+/g, '').length;
  if (block.linkChars / visible < 0.9) return false;
  // Only letters that have case count: Chinese or Japanese text with "WEB" in it is not shouting.
  const cased = [...block.text].filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
  return cased.length >= 12 && cased.length >= visible / 2 && cased.every((ch) => ch === ch.toUpperCase());
}

/** What {@link cleanBlocks} kept, and the signature it removed (a byline when the page declares none). */
export type CleanedBlocks = { blocks: Block[]; signature: string | null };

/**
 * Removes what sites put inside the article element but is not article text: leading breadcrumb/category
 * lines, datelines and a repeated title; trailing signatures and link-only lines ("Đọc tiếp", "Về trang
 * Chủ đề"). Only the edges are touched, at most a few blocks each, so body text is never lost.
 */
export function cleanBlocks(
  input: Block[],
  ctx: { title: string | null; byline: string | null; sections: string[] },
): CleanedBlocks {
  const sections = new Set(ctx.sections.map(fold));
  const title = ctx.title ? fold(ctx.title) : null;
  let start = 0;
  while (start < Math.min(input.length, 8)) {
    const b = input[start]!;
    const noise = !b.caption && (isDateline(b.text) || isCategory(b, sections) || fold(b.text) === title);
    if (!noise) break;
    start++;
  }
  let end = input.length;
  let signature: string | null = null;
  while (end > start && input.length - end < 4) {
    const b = input[end - 1]!;
    if (isSignature(b, ctx.byline)) signature = b.text;
    else if (!isMoreLinks(b)) break;
    end--;
  }
  const kept = input.slice(start, end).filter((b) => !isShoutedLink(b));
  return { blocks: kept, signature };
}
