import { isRangeValid, type PaintItem, textNodesIn } from './paint-item';

/**
 * Fallback painter for browsers without the CSS Custom Highlight API: wraps each item's text in
 * `<mark data-margin-kind>` elements. Items are wrapped from the last to the first so splitting a text
 * node never moves the offsets of ranges still to be wrapped; an item whose range became invalid
 * (overlaps an earlier wrap) is skipped rather than painted wrongly. Returns a function that unwraps.
 */
export function wrapInMarks(doc: Document, items: readonly PaintItem[]): () => void {
  const marks: HTMLElement[] = [];
  const ordered = [...items].sort((a, b) => compareStarts(b, a));
  for (const item of ordered) {
    if (!isRangeValid(item.range, doc)) continue;
    const { startContainer, startOffset, endContainer, endOffset } = item.range;
    for (const node of textNodesIn(item.range, doc).reverse()) {
      const from = node === startContainer ? startOffset : 0;
      const to = node === endContainer ? endOffset : node.length;
      if (to <= from || !node.parentNode) continue;
      if (!(node.parentNode instanceof doc.defaultView!.Element) || isRawText(node.parentNode as Element))
        continue;
      const middle = from > 0 ? node.splitText(from) : node;
      if (to - from < middle.length) middle.splitText(to - from);
      const mark = doc.createElement('mark');
      mark.dataset.marginKind = item.kind;
      mark.dataset.marginId = item.id;
      middle.replaceWith(mark);
      mark.append(middle);
      marks.push(mark);
    }
  }
  return () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      mark.replaceWith(...Array.from(mark.childNodes));
      parent.normalize();
    }
  };
}

function isRawText(el: Element): boolean {
  return /^(SCRIPT|STYLE|TEXTAREA|TITLE|NOSCRIPT)$/.test(el.tagName);
}

function compareStarts(a: PaintItem, b: PaintItem): number {
  if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
  const pos = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
  return pos & 4 /* FOLLOWING */ ? -1 : 1;
}
