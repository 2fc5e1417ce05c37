import { isRangeValid, type PaintItem } from './paint-item';

/** A point in the live DOM, as `caretPositionFromPoint` reports it. */
export type CaretPoint = { node: Node; offset: number };

/** The caret position under a viewport point, or null (for example over an image or outside any text). */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * The painted items under viewport point (x, y), topmost layer first. The CSS Custom Highlight API
 * fires no events, so hit-testing is ours: find the caret under the pointer, keep the items whose range
 * contains it, then confirm with the range's client rects (the caret snaps to the nearest character,
 * which may lie outside any highlight).
 */
export function itemsAtPoint(doc: Document, items: readonly PaintItem[], x: number, y: number): PaintItem[] {
  const caret = caretAt(doc, x, y);
  if (!caret) return [];
  const probe = doc.createRange();
  const hits: PaintItem[] = [];
  for (const item of items) {
    if (!isRangeValid(item.range, doc)) continue;
    probe.setStart(item.range.startContainer, item.range.startOffset);
    probe.setEnd(item.range.endContainer, item.range.endOffset);
    let inside: number;
    try {
      inside = probe.comparePoint(caret.node, caret.offset);
    } catch {
      continue;
    }
    if (inside !== 0) continue;
    if (containsPoint(probe.getClientRects(), x, y)) hits.push(item);
  }
  probe.detach();
  return hits.reverse();
}

function containsPoint(rects: DOMRectList, x: number, y: number): boolean {
  for (const r of Array.from(rects))
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}
