import type { RangeBounds } from '@/src/core/anchoring/range-offsets';
import type { PaintKind } from './paint-kinds';

export type { RangeBounds };

/** One thing to paint: an entity mention or a user highlight. `id` is what hit-testing reports back. */
export type PaintItem = { id: string; kind: PaintKind; range: RangeBounds };

/** Whether a range's boundary points still lie inside the document and within their nodes' lengths. */
export function isRangeValid(range: RangeBounds, doc: Document): boolean {
  const ok = (node: Node, offset: number) =>
    node.isConnected &&
    node.ownerDocument === doc &&
    offset >= 0 &&
    offset <= (node.nodeType === 3 ? (node as Text).length : node.childNodes.length);
  return ok(range.startContainer, range.startOffset) && ok(range.endContainer, range.endOffset);
}

/** The text nodes a range covers (partly or wholly), in document order. */
export function textNodesIn(range: RangeBounds, doc: Document): Text[] {
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  const root = live.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // comparePoint: -1 before the range, 0 inside, 1 after it.
    if (live.comparePoint(node, 0) > 0) break;
    if (live.intersectsNode(node)) nodes.push(node as Text);
  }
  live.detach();
  return nodes;
}
