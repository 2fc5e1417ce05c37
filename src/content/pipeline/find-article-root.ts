import { stripIgnorable, toRawSpan } from '@/src/core/anchoring/normalize-text';
import { rangeFromOffsets } from '@/src/core/anchoring/range-offsets';
import type { TextIndex } from '@/src/core/anchoring/text-index';

const SNIPPET = 80;

/**
 * Finds the live element holding the extracted article. Readability works on a clone and does not say
 * which live element it kept, so we look for a handful of its paragraphs in the page's text (ignoring
 * whitespace) and take the lowest element containing all that were found. Returns null when fewer than
 * two paragraphs are found (the caller then works on the whole body).
 */
export function findArticleRoot(bodyIndex: TextIndex, paragraphs: readonly string[]): Element | null {
  const picks = pickParagraphs(paragraphs);
  const hay = bodyIndex.normalized.text;
  const found: Node[] = [];
  for (const paragraph of picks) {
    const needle = stripIgnorable(paragraph).slice(0, SNIPPET);
    if (needle.length < 12) continue;
    const at = hay.indexOf(needle);
    // A snippet seen twice (teaser and body) is ambiguous: skip it rather than widen the root wrongly.
    if (at < 0 || hay.indexOf(needle, at + 1) >= 0) continue;
    const raw = toRawSpan(bodyIndex.normalized, at, at + needle.length);
    found.push(rangeFromOffsets(bodyIndex, raw.start, raw.end).startContainer);
  }
  if (found.length < 2) return null;
  let root: Node | null = found[0]!;
  for (const node of found.slice(1)) root = commonAncestor(root, node);
  while (root && root.nodeType !== 1) root = root.parentNode;
  return root as Element | null;
}

/** First, last and a few of the longest paragraphs: enough to bound the article without searching all. */
function pickParagraphs(paragraphs: readonly string[]): string[] {
  const usable = paragraphs.filter((p) => p.trim().length >= 20);
  if (usable.length <= 6) return usable;
  const longest = [...usable].sort((a, b) => b.length - a.length).slice(0, 3);
  return [
    ...new Set([usable[0]!, usable[1]!, ...longest, usable[usable.length - 2]!, usable[usable.length - 1]!]),
  ];
}

function commonAncestor(a: Node | null, b: Node): Node | null {
  if (!a) return null;
  const seen = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) seen.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (seen.has(n)) return n;
  return null;
}
