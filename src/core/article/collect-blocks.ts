import { normalizeText } from './normalize-text';

/** One paragraph of extracted text with what the cleaning steps need to know about its markup. */
export type Block = {
  /** NFC text, whitespace collapsed. */
  text: string;
  /** Document-order index of the last marked element entered before this text (see `ORDER_ATTR`). */
  order: number;
  /** Characters inside links / inside `<b>`, `<strong>`: navigation lines are all link, signatures all bold. */
  linkChars: number;
  boldChars: number;
  /** The block is (inside) a figure caption. */
  caption: boolean;
};

/** Attribute set on the clone's block elements before Readability runs, so order survives its rewriting. */
export const ORDER_ATTR = 'data-margin-order';
/** Attribute set on the clone's caption elements. */
export const CAPTION_ATTR = 'data-margin-caption';

/** Elements that end a paragraph: the HTML block elements plus line breaks and table cells. */
const BREAKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER ' +
    'FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH ' +
    'THEAD TR UL'
  ).split(' '),
);
/** Never text a reader sees. */
const SKIP = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG MATH IFRAME OBJECT BUTTON SELECT TEXTAREA INPUT'.split(' '),
);
const BOLD = new Set(['B', 'STRONG']);

/**
 * Turns an extracted article element into paragraphs, in reading order. Iterative (no recursion), so deep
 * or huge articles cost only their size.
 * @param root the element Readability returned (part of a clone; read only).
 */
export function collectBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let order = -1;
  let blockOrder = -1;
  let linkChars = 0;
  let boldChars = 0;
  let caption = false;
  let inLink = 0;
  let inBold = 0;
  let inCaption = 0;

  const flush = () => {
    if (parts.length > 0) {
      const text = normalizeText(parts.join(''));
      if (text) blocks.push({ text, order: blockOrder, linkChars, boldChars, caption });
    }
    parts = [];
    linkChars = 0;
    boldChars = 0;
    caption = false;
  };

  const text = (value: string) => {
    if (parts.length === 0) {
      if (!value.trim()) return;
      blockOrder = order;
    }
    parts.push(value);
    if (inLink > 0 || inBold > 0) {
      const visible = value.replace(/\s+/g, '').length;
      if (inLink > 0) linkChars += visible;
      if (inBold > 0) boldChars += visible;
    }
    if (inCaption > 0) caption = true;
  };
  /** Opens an element; false when its content is skipped (then it is not closed either). */
  const enter = (el: Element): boolean => {
    const tag = el.nodeName.toUpperCase();
    if (SKIP.has(tag)) return false;
    const marked = el.getAttribute(ORDER_ATTR);
    if (marked !== null) order = Number(marked);
    const isCaption = el.hasAttribute(CAPTION_ATTR);
    if (BREAKS.has(tag) || isCaption) flush();
    if (tag === 'A') inLink++;
    if (BOLD.has(tag)) inBold++;
    if (isCaption) inCaption++;
    return true;
  };
  const exit = (el: Element) => {
    const tag = el.nodeName.toUpperCase();
    const isCaption = el.hasAttribute(CAPTION_ATTR);
    if (tag === 'A') inLink--;
    if (BOLD.has(tag)) inBold--;
    if (isCaption) inCaption--;
    if (BREAKS.has(tag) || isCaption) flush();
  };

  // Forward iterative walk (firstChild / nextSibling / parentNode): no recursion, and no previousSibling,
  // which some DOM implementations answer by scanning.
  let node: Node | null = root.firstChild;
  while (node) {
    let open = false;
    if (node.nodeType === 3) text(node.nodeValue ?? '');
    else if (node.nodeType === 1) open = enter(node as Element);
    if (open && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (open) exit(node as Element);
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) exit(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return blocks;
}
