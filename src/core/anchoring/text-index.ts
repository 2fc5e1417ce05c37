import { type NormalizedText, normalizeText } from './normalize-text.ts';

/**
 * The text of a DOM subtree as one string, with the map from offsets to text nodes.
 *
 * Built from the text nodes in document order, skipping those that never render as text (scripts, styles,
 * `<noscript>`, `<template>`, form-field contents). Offsets into {@link TextIndex.text} are what
 * TextPositionSelectors hold; {@link TextIndex.normalized} is the whitespace-free view matching runs on.
 */
export type TextIndex = {
  root: Node;
  /** Concatenated data of the indexed text nodes. */
  text: string;
  /** Indexed text nodes in document order. */
  nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  starts: Int32Array;
  /** `text` without whitespace and invisible characters, with a map back (computed on first use). */
  readonly normalized: NormalizedText;
};

/** Elements whose text content is never rendered as page text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'iframe',
  'object',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * Index the text under `root`.
 *
 * @param root - an element, document fragment or document; the DOM is only read.
 * @returns the index; it goes stale when the subtree's text changes (rebuild it then).
 */
export function buildTextIndex(root: Node): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node) => {
    nodes.push(node as Text);
    starts.push(length);
    const data = (node as Text).data;
    parts.push(data);
    length += data.length;
  };
  if (root.nodeType === TEXT_NODE || root.nodeType === CDATA_SECTION_NODE) visit(root);
  // Iterative pre-order walk: no recursion limit on deep pages, no TreeWalker quirks across DOM libraries.
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      visit(node);
    } else if (node.nodeType === ELEMENT_NODE) {
      descend = !SKIPPED.has((node as Element).localName?.toLowerCase());
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  const text = parts.join('');
  let normalized: NormalizedText | undefined;
  return {
    root,
    text,
    nodes,
    starts: Int32Array.from(starts),
    // Built on first use: mapping offsets to nodes does not need it, matching does.
    get normalized() {
      normalized ??= normalizeText(text);
      return normalized;
    },
  };
}
