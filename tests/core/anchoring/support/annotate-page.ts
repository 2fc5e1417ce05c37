import { describe } from '@/src/core/anchoring/describe.ts';
import { stripIgnorable, toNormalized } from '@/src/core/anchoring/normalize-text.ts';
import { offsetAtPoint, offsetsFromRange, rangeFromOffsets } from '@/src/core/anchoring/range-offsets.ts';
import type { TextPositionSelector, TextQuoteSelector } from '@/src/core/anchoring/selectors.ts';
import { buildTextIndex, type TextIndex } from '@/src/core/anchoring/text-index.ts';
import { levenshtein } from './levenshtein.ts';
import type { Random } from './prng.ts';

/** An annotation made on the original page, with its normalised quote for judging. */
export type TestAnnotation = {
  id: number;
  selectors: [TextQuoteSelector, TextPositionSelector];
  quote: string;
};

/** Where an annotation's text really is after a mutation (normalised offsets), or that it is gone. */
export type Truth =
  | { kind: 'exists'; start: number; end: number }
  | { kind: 'changed'; start: number; end: number }
  | { kind: 'removed'; start?: number; end?: number };

const START = 'x-anchor-start';
const END = 'x-anchor-end';

/** Article paragraphs: long enough to be body text rather than navigation. */
export function articleParagraphs(doc: Document): Element[] {
  return [...doc.body.querySelectorAll('p')].filter((p) => (p.textContent ?? '').trim().length >= 80);
}

function wordBounds(text: string, from: number, to: number): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = from; i < to; i++) {
    const space = /\s/.test(text[i]!);
    const prevSpace = i === from || /\s/.test(text[i - 1]!);
    if (!space && prevSpace) starts.push(i);
    if (!space && (i + 1 === to || /\s/.test(text[i + 1]!))) ends.push(i + 1);
  }
  return { starts, ends };
}

const LENGTHS = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 40];

/**
 * Make `count` annotations on random passages of the article paragraphs (unique quotes, sometimes spanning
 * two paragraphs) and mark their true bounds in the DOM with empty marker elements, which carry no text
 * and so follow the passage through every later mutation.
 */
export function annotatePage(doc: Document, random: Random, count: number): TestAnnotation[] {
  const index = buildTextIndex(doc.body);
  const paragraphs = articleParagraphs(doc).map((p) =>
    offsetsFromRange(index, {
      startContainer: p,
      startOffset: 0,
      endContainer: p,
      endOffset: p.childNodes.length,
    }),
  );
  const out: (TestAnnotation & { start: number; end: number })[] = [];
  for (let attempt = 0; out.length < count && attempt < count * 20; attempt++) {
    const pi = random.int(0, paragraphs.length - 1);
    const para = paragraphs[pi]!;
    const words = wordBounds(index.text, para.start, para.end);
    if (words.starts.length === 0) continue;
    const first = random.int(0, words.starts.length - 1);
    const start = words.starts[first]!;
    let end = words.ends[Math.min(words.ends.length - 1, first + random.pick(LENGTHS) - 1)]!;
    const next = paragraphs[pi + 1];
    if (next && random.chance(0.1) && stripIgnorable(index.text.slice(para.end, next.start)) === '') {
      const nextWords = wordBounds(index.text, next.start, next.end);
      if (nextWords.ends.length > 0)
        end = nextWords.ends[random.int(0, Math.min(8, nextWords.ends.length - 1))]!;
    }
    const quote = stripIgnorable(index.text.slice(start, end));
    const norm = index.normalized.text;
    if (quote.length < 4 || norm.indexOf(quote) !== norm.lastIndexOf(quote)) continue;
    if (out.some((a) => a.start === start && a.end === end)) continue;
    out.push({ id: out.length, selectors: describe(index, start, end), quote, start, end });
  }
  insertMarkers(doc, index, out);
  return out.map(({ id, selectors, quote }) => ({ id, selectors, quote }));
}

function insertMarkers(
  doc: Document,
  index: TextIndex,
  annotations: { id: number; start: number; end: number }[],
) {
  const points = annotations.flatMap((a) => [
    { at: a.start, tag: START, id: a.id, isEnd: false },
    { at: a.end, tag: END, id: a.id, isEnd: true },
  ]);
  // Descending order: splitting a node at k leaves every earlier offset in it valid.
  points.sort((x, y) => y.at - x.at);
  for (const p of points) {
    const bounds = rangeFromOffsets(index, p.at, p.at);
    const node = (
      p.isEnd ? rangeFromOffsets(index, p.at - 1, p.at).endContainer : bounds.startContainer
    ) as Text;
    const offset = p.isEnd ? p.at - index.starts[index.nodes.indexOf(node)]! : bounds.startOffset;
    const marker = doc.createElement(p.tag);
    marker.setAttribute('data-id', String(p.id));
    const parent = node.parentNode!;
    if (offset <= 0) parent.insertBefore(marker, node);
    else if (offset >= node.data.length) parent.insertBefore(marker, node.nextSibling);
    else {
      const rest = doc.createTextNode(node.data.slice(offset));
      node.data = node.data.slice(0, offset);
      parent.insertBefore(rest, node.nextSibling);
      parent.insertBefore(marker, rest);
    }
  }
}

/** Where annotation `id`'s text is in the page `index` was built on, judged from its markers. */
export function truthOf(doc: Document, index: TextIndex, annotation: TestAnnotation): Truth {
  const s = doc.body.querySelector(`${START}[data-id="${annotation.id}"]`);
  const e = doc.body.querySelector(`${END}[data-id="${annotation.id}"]`);
  const at = (marker: Element) => toNormalized(index.normalized, offsetAtPoint(index, marker, 0));
  // One paragraph of a passage spanning two removed: where the surviving marker is tells what is left.
  if (!s || !e) return { kind: 'removed', start: s ? at(s) : undefined, end: e ? at(e) : undefined };
  const start = at(s);
  const end = at(e);
  // Its two paragraphs moved apart: both ends still tell where what is left of it lies.
  if (end <= start) return { kind: 'changed', start, end };
  const now = index.normalized.text.slice(start, end);
  // "Still exists": at most a quarter of the passage edited (the most the matcher is allowed to bridge).
  const exists = levenshtein(now, annotation.quote) <= Math.floor(annotation.quote.length * 0.25);
  return { kind: exists ? 'exists' : 'changed', start, end };
}
