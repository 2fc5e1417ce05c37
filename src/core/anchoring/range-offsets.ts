import type { TextIndex } from './text-index.ts';

/** The boundary points of a range: what `new StaticRange(...)` and `Range.setStart/setEnd` take. */
export type RangeBounds = {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
};

/** Offsets into {@link TextIndex.text}; `end` is exclusive. */
export type TextSpan = { start: number; end: number };

/** Index of the last node whose start is <= offset (0 when the offset precedes every node). */
function nodeAt(index: TextIndex, offset: number): number {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Convert text offsets into DOM boundary points.
 *
 * A start that falls between two nodes is placed at the beginning of the later one and an end at the close
 * of the earlier one, so the range never spills into a neighbouring element. Offsets are clamped.
 *
 * @throws RangeError when the index holds no text node at all.
 */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): RangeBounds {
  const { nodes, starts, text } = index;
  if (nodes.length === 0) throw new RangeError('the index has no text');
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  // The last node starting at or before s holds the character at s (empty nodes before it start at s too).
  const i = nodeAt(index, s);
  let j = nodeAt(index, e);
  // Step back so the end sits at the close of the node holding the last character.
  while (j > i && starts[j]! >= e) j--;
  return {
    startContainer: nodes[i]!,
    startOffset: s - starts[i]!,
    endContainer: nodes[j]!,
    endOffset: Math.min(e - starts[j]!, nodes[j]!.data.length),
  };
}

/** Node → position in `index.nodes`, built once per index. */
const positions = new WeakMap<TextIndex, Map<Node, number>>();

function positionOf(index: TextIndex, node: Node): number | undefined {
  let map = positions.get(index);
  if (!map) {
    map = new Map(index.nodes.map((n, i) => [n, i]));
    positions.set(index, map);
  }
  return map.get(node);
}

/** The node after `node`'s subtree in document order, or null past the end of `root`. */
function nextOutside(node: Node, root: Node): Node | null {
  let n: Node | null = node;
  while (n && n !== root && !n.nextSibling) n = n.parentNode;
  return n && n !== root ? n.nextSibling : null;
}

/**
 * Offset of the first indexed character at or after `from` in document order (walking the DOM rather than
 * comparing positions: compareDocumentPosition is unreliable in some DOM implementations used in tests).
 */
function offsetFrom(index: TextIndex, from: Node | null): number {
  let node = from;
  while (node) {
    const i = positionOf(index, node);
    if (i !== undefined) return index.starts[i]!;
    node = node.firstChild ?? nextOutside(node, index.root);
  }
  return index.text.length;
}

/** Text offset of a DOM boundary point; a point outside indexed text maps to the next indexed character. */
export function offsetAtPoint(index: TextIndex, container: Node, offset: number): number {
  const i = positionOf(index, container);
  if (i !== undefined) return index.starts[i]! + Math.max(0, Math.min(offset, index.nodes[i]!.data.length));
  const isCharacterData = container.nodeType === 3 || container.nodeType === 4 || container.nodeType === 8;
  if (isCharacterData) return offsetFrom(index, nextOutside(container, index.root));
  const child = container.childNodes[offset];
  return offsetFrom(index, child ?? nextOutside(container, index.root));
}

/**
 * Convert a DOM range (a Range, a StaticRange or plain bounds) into offsets of the index's text.
 * Parts of the range outside the indexed root are clipped to the root's text.
 */
export function offsetsFromRange(index: TextIndex, range: RangeBounds): TextSpan {
  const start = offsetAtPoint(index, range.startContainer, range.startOffset);
  const end = offsetAtPoint(index, range.endContainer, range.endOffset);
  return { start, end: Math.max(start, end) };
}
