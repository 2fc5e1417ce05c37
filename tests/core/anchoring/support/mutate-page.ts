import { toNormalized } from '@/src/core/anchoring/normalize-text.ts';
import { offsetAtPoint, rangeFromOffsets } from '@/src/core/anchoring/range-offsets.ts';
import { buildTextIndex, type TextIndex } from '@/src/core/anchoring/text-index.ts';
import { articleParagraphs, type TestAnnotation } from './annotate-page.ts';
import type { Random } from './prng.ts';

/** A change made to a page between annotating it and visiting it again. */
export type Mutation = (doc: Document, random: Random, annotations: TestAnnotation[]) => void;

function vocabulary(doc: Document): string[] {
  const words = articleParagraphs(doc).flatMap((p) => (p.textContent ?? '').split(/\s+/));
  return words.filter((w) => w.length >= 3);
}

function sentence(random: Random, words: string[], n: number): string {
  return Array.from({ length: n }, () => random.pick(words)).join(' ');
}

/** Insert `count` new paragraphs of shuffled page words next to random article paragraphs. */
export const insertParagraphs =
  (count: number): Mutation =>
  (doc, random) => {
    const words = vocabulary(doc);
    const paragraphs = articleParagraphs(doc);
    for (let i = 0; i < count; i++) {
      const anchor = random.pick(paragraphs);
      const p = doc.createElement('p');
      p.textContent = `${sentence(random, words, random.int(15, 40))}.`;
      anchor.parentNode!.insertBefore(p, random.chance(0.5) ? anchor : anchor.nextSibling);
    }
  };

/** Remove a share of the article paragraphs (annotations inside them lose their text). */
export const removeParagraphs =
  (share: number): Mutation =>
  (doc, random) => {
    for (const p of articleParagraphs(doc)) if (random.chance(share)) p.remove();
  };

type Edit = { at: number; length: number; replacement: string };

/** Words (raw spans) lying inside one text node within [from, to) of the index text. */
function wordsIn(index: TextIndex, from: number, to: number): { at: number; length: number }[] {
  const found: { at: number; length: number }[] = [];
  const re = /[^\s.,;:!?"'()“”‘’–—-]{2,}/gu;
  re.lastIndex = Math.max(0, from);
  for (let m = re.exec(index.text); m && m.index + m[0].length <= to; m = re.exec(index.text)) {
    const bounds = rangeFromOffsets(index, m.index, m.index + m[0].length);
    if (bounds.startContainer === bounds.endContainer) found.push({ at: m.index, length: m[0].length });
  }
  return found;
}

/**
 * A typo, a swap, a replaced word, an added word or a dropped character. Words are added only inside a
 * passage (`canAdd`): one added at its edge could belong to the passage or to its context, so no single
 * answer would be right.
 */
function editFor(random: Random, word: string, words: string[], canAdd = true): string {
  let kind = random.int(0, 4);
  if (kind === 3 && !canAdd) kind = 2;
  const chars = [...word];
  const i = random.int(0, chars.length - 1);
  if (kind === 0) chars[i] = random.pick([...'aeiouxyzđêôă']);
  else if (kind === 1 && chars.length > 1) {
    const j = i === chars.length - 1 ? i - 1 : i + 1;
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  } else if (kind === 2) return random.pick(words);
  else if (kind === 3) return `${word} ${random.pick(words)}`;
  else chars.splice(i, 1);
  return chars.join('');
}

/** Apply edits given as raw spans of `index` (descending, so earlier offsets stay valid). */
function applyEdits(index: TextIndex, edits: Edit[]) {
  edits.sort((a, b) => b.at - a.at);
  let last = Number.POSITIVE_INFINITY;
  for (const e of edits) {
    if (e.at + e.length > last) continue; // overlapping edit: skip
    last = e.at;
    const b = rangeFromOffsets(index, e.at, e.at + e.length);
    const node = b.startContainer as Text;
    node.data = node.data.slice(0, b.startOffset) + e.replacement + node.data.slice(b.endOffset);
  }
}

function markerOffset(doc: Document, index: TextIndex, tag: string, id: number): number | null {
  const m = doc.body.querySelector(`${tag}[data-id="${id}"]`);
  return m ? offsetAtPoint(index, m, 0) : null;
}

/**
 * Where any passage starts or ends (normalised offsets). A word added right after a word ending at such an
 * edge would sit at that passage's edge, even when it is inside another, overlapping passage: the marker
 * splitting the text there decides arbitrarily which side it falls on.
 */
function passageEdges(doc: Document, index: TextIndex, annotations: TestAnnotation[]): Set<number> {
  const edges = new Set<number>();
  for (const a of annotations) {
    for (const tag of ['x-anchor-start', 'x-anchor-end']) {
      const at = markerOffset(doc, index, tag, a.id);
      if (at !== null) edges.add(toNormalized(index.normalized, at));
    }
  }
  return edges;
}

/** Edit one word inside a share of the quoted passages (typos, swaps, replaced, added or dropped words). */
export const editInsideQuotes =
  (share: number): Mutation =>
  (doc, random, annotations) => {
    const index = buildTextIndex(doc.body);
    const words = vocabulary(doc);
    const edges = passageEdges(doc, index, annotations);
    const edits: Edit[] = [];
    for (const a of annotations) {
      if (!random.chance(share)) continue;
      const s = markerOffset(doc, index, 'x-anchor-start', a.id);
      const e = markerOffset(doc, index, 'x-anchor-end', a.id);
      if (s === null || e === null) continue;
      const inside = wordsIn(index, s, e);
      if (inside.length === 0) continue;
      const k = random.int(0, inside.length - 1);
      const w = inside[k]!;
      const interior =
        k > 0 && k < inside.length - 1 && !edges.has(toNormalized(index.normalized, w.at + w.length));
      edits.push({
        ...w,
        replacement: editFor(random, index.text.slice(w.at, w.at + w.length), words, interior),
      });
    }
    applyEdits(index, edits);
  };

/** Edit the words just before and just after a share of the quoted passages (their context). */
export const editAroundQuotes =
  (share: number): Mutation =>
  (doc, random, annotations) => {
    const index = buildTextIndex(doc.body);
    const words = vocabulary(doc);
    const edits: Edit[] = [];
    for (const a of annotations) {
      if (!random.chance(share)) continue;
      const s = markerOffset(doc, index, 'x-anchor-start', a.id);
      const e = markerOffset(doc, index, 'x-anchor-end', a.id);
      if (s === null || e === null) continue;
      const before = wordsIn(index, s - 40, s).filter((w) => w.at + w.length <= s);
      const after = wordsIn(index, e, e + 40);
      for (const w of [before.at(-1), after[0]]) {
        if (!w) continue;
        // No added words: one added next to a quote (this one's or an overlapping one's) is ambiguous.
        const replacement = editFor(random, index.text.slice(w.at, w.at + w.length), words, false);
        edits.push({ ...w, replacement });
      }
    }
    applyEdits(index, edits);
  };

function textNodesUnder(node: Node, out: Text[] = []): Text[] {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out.push(c as Text);
    else textNodesUnder(c, out);
  }
  return out;
}

/**
 * Change only whitespace and markup: re-indent text, turn spaces into newlines and NBSPs, wrap words in
 * `<strong>`, unwrap links and emphasis, turn paragraphs into divs, add whitespace between blocks.
 */
export const changeWhitespaceAndMarkup: Mutation = (doc, random) => {
  for (const p of articleParagraphs(doc)) {
    for (const t of textNodesUnder(p)) {
      t.data = t.data.replace(/ /g, () =>
        random.chance(0.15) ? '\n      ' : random.chance(0.05) ? '\u00a0' : ' ',
      );
      if (random.chance(0.3) && t.data.length > 20) {
        const cut = t.data.indexOf(' ', random.int(1, t.data.length - 1));
        const end = cut < 0 ? -1 : t.data.indexOf(' ', cut + 1);
        if (cut > 0 && end > cut + 1) {
          const strong = doc.createElement('strong');
          const tail = doc.createTextNode(t.data.slice(end));
          strong.textContent = t.data.slice(cut + 1, end);
          t.data = t.data.slice(0, cut + 1);
          t.parentNode!.insertBefore(tail, t.nextSibling);
          t.parentNode!.insertBefore(strong, tail);
        }
      }
    }
    for (const inline of [...p.querySelectorAll('a, em, i, b')]) {
      if (random.chance(0.5)) inline.replaceWith(...inline.childNodes);
    }
    p.parentNode!.insertBefore(doc.createTextNode('\n\n        '), p);
    if (random.chance(0.2)) {
      const div = doc.createElement('div');
      div.append(...p.childNodes);
      p.replaceWith(div);
    }
  }
};

/** Cut the main article container's children into runs of 2–5 and shuffle the runs. */
export const reorderSections: Mutation = (doc, random) => {
  const counts = new Map<Node, number>();
  for (const p of articleParagraphs(doc)) counts.set(p.parentNode!, (counts.get(p.parentNode!) ?? 0) + 1);
  const container = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!container) return;
  const children = [...container.childNodes];
  const runs: Node[][] = [];
  for (let i = 0; i < children.length; ) {
    const n = random.int(2, 5);
    runs.push(children.slice(i, i + n));
    i += n;
  }
  for (const run of random.shuffle(runs)) for (const node of run) container.appendChild(node);
};

/** Every mutation above, one after another. */
export const combined: Mutation = (doc, random, annotations) => {
  for (const m of [
    insertParagraphs(5),
    removeParagraphs(0.1),
    editInsideQuotes(0.3),
    editAroundQuotes(0.3),
    changeWhitespaceAndMarkup,
    reorderSections,
  ]) {
    m(doc, random, annotations);
  }
};
