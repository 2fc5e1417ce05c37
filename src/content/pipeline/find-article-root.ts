import { stripIgnorable, toRawSpan } from '@/src/core/anchoring/normalize-text';
import { rangeFromOffsets } from '@/src/core/anchoring/range-offsets';
import type { TextIndex } from '@/src/core/anchoring/text-index';

const SNIPPET = 80;

/**
 * Finds the live element holding the extracted article. Readability works on a clone and does not say
 * which live element it kept, so we look for its paragraphs in the page's text (ignoring whitespace) and
 * take the lowest element containing all that were found. Paragraphs are searched in reading order from
 * just after the previous one, so a lead paragraph repeated in the body (common on Vietnamese sites:
 * the sapo, then "TTXVN - " and the same sentence) lands on the right copy. Returns null when fewer than
 * two paragraphs are found (the caller then works on the whole body).
 */
export function findArticleRoot(bodyIndex: TextIndex, paragraphs: readonly string[]): Element | null {
  const hay = bodyIndex.normalized.text;
  const found: Node[] = [];
  let cursor = 0;
  for (const paragraph of paragraphs) {
    const needle = stripIgnorable(paragraph).slice(0, SNIPPET);
    if (needle.length < 12) continue;
    let at = hay.indexOf(needle, cursor);
    if (at < 0) at = hay.indexOf(needle);
    if (at < 0) continue;
    cursor = at + needle.length;
    const raw = toRawSpan(bodyIndex.normalized, at, at + needle.length);
    found.push(rangeFromOffsets(bodyIndex, raw.start, raw.end).startContainer);
  }
  if (found.length < 2) return null;
  let root: Node | null = found[0]!;
  for (const node of found.slice(1)) root = commonAncestor(root, node);
  while (root && root.nodeType !== 1) root = root.parentNode;
  return root as Element | null;
}
function commonAncestor(a: Node | null, b: Node): Node | null {
  if (!a) return null;
  const seen = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) seen.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (seen.has(n)) return n;
  return null;
}
