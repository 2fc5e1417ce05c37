import { type NormalizedText, sliceNormalized } from '@/src/core/anchoring/normalize-text';
import type { TextIndex } from '@/src/core/anchoring/text-index';

const PRECEDING = 2;
const FOLLOWING = 4;
const CONTAINED_BY = 16;

/**
 * The index of `root`'s text cut out of an index of an ancestor (the body), without walking the DOM
 * again: a subtree's text nodes are a contiguous run of the ancestor's, found by binary search in
 * document order. Equal to `buildTextIndex(root)` for a root that is not itself
 * inside a skipped element.
 */
export function sliceTextIndex(index: TextIndex, root: Node): TextIndex {
  const { nodes, starts } = index;
  const side = (node: Node): -1 | 0 | 1 => {
    if (node === root) return 0;
    const pos = root.compareDocumentPosition(node);
    if (pos & CONTAINED_BY) return 0;
    return pos & PRECEDING ? -1 : pos & FOLLOWING ? 1 : 0;
  };
  const lowerBound = (pred: (n: Node) => boolean) => {
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pred(nodes[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const first = lowerBound((n) => side(n) >= 0);
  const last = lowerBound((n) => side(n) > 0);
  const from = first < nodes.length ? starts[first]! : index.text.length;
  const to = last < nodes.length ? starts[last]! : index.text.length;
  const text = index.text.slice(from, to);
  const subStarts = starts.slice(first, last).map((s) => s - from);
  let normalized: NormalizedText | undefined;
  return {
    root,
    text,
    nodes: nodes.slice(first, last),
    starts: subStarts,
    // Built on first use, as buildTextIndex does, and cut out of the ancestor's view (which finding the
    // root has already built) rather than scanning the text again.
    get normalized() {
      normalized ??= sliceNormalized(index.normalized, from, to);
      return normalized;
    },
  };
}
