// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { anchor } from '@/src/core/anchoring/anchor.ts';
import { describe as describeSpan } from '@/src/core/anchoring/describe.ts';
import { offsetsFromRange } from '@/src/core/anchoring/range-offsets.ts';
import type { Selector } from '@/src/core/anchoring/selectors.ts';
import { buildTextIndex } from '@/src/core/anchoring/text-index.ts';
import { parsePage, readFixture } from './support/load-page.ts';

type HypothesisRow = { id: string; target: { selector: ({ type: string } & Record<string, unknown>)[] }[] };

/** Text nodes under `root`, scripts included: Hypothesis's RangeSelector offsets count all of them. */
function allTextNodes(root: Node, out: Text[] = []): Text[] {
  for (let c = root.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out.push(c as Text);
    else allTextNodes(c, out);
  }
  return out;
}

/** Resolve Hypothesis's simple XPaths (`/div[3]/p[8]`, relative to the root) to an element. */
function resolveXPath(root: Element, path: string): Element {
  let el = root;
  for (const step of path.split('/').filter(Boolean)) {
    const [, tag, n] = /^([a-z0-9]+)\[(\d+)\]$/i.exec(step)!;
    const same = [...el.children].filter((c) => c.localName === tag!.toLowerCase());
    el = same[Number(n) - 1]!;
  }
  return el;
}

/** The DOM point `offset` characters into `el`'s text. */
function pointIn(el: Element, offset: number): { node: Text; offset: number } {
  let at = 0;
  const nodes = allTextNodes(el);
  for (const node of nodes) {
    if (offset <= at + node.data.length) return { node, offset: offset - at };
    at += node.data.length;
  }
  throw new Error(`offset ${offset} past the end of ${el.localName}`);
}

const BASELINES = ['minimal', 'wikipedia-regression-testing'];
const agreement: string[] = [];

describe.each(BASELINES)('Hypothesis baseline %s', (name) => {
  const doc = parsePage(readFixture(`hypothesis/${name}.html`));
  const rows = (JSON.parse(readFixture(`hypothesis/${name}.json`)) as { rows: HypothesisRow[] }).rows;
  const index = buildTextIndex(doc.body);

  it.each(rows.map((r, i) => [i, r] as const))(
    'annotation %i anchors where Hypothesis puts it',
    (_i, row) => {
      const selectors = row.target[0]!.selector.filter(
        (s) => s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector',
      ) as unknown as Selector[];
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector')!;
      // Hypothesis's own answer is its RangeSelector: XPaths from the body plus character offsets.
      const range = row.target[0]!.selector.find((s) => s.type === 'RangeSelector') as unknown as {
        startContainer: string;
        startOffset: number;
        endContainer: string;
        endOffset: number;
      };
      const s = pointIn(resolveXPath(doc.body, range.startContainer), range.startOffset);
      const e = pointIn(resolveXPath(doc.body, range.endContainer), range.endOffset);
      const theirs = offsetsFromRange(index, {
        startContainer: s.node,
        startOffset: s.offset,
        endContainer: e.node,
        endOffset: e.offset,
      });
      expect(index.text.slice(theirs.start, theirs.end)).toBe(quote.exact);

      const ours = anchor(index, selectors);
      expect(ours.state).toBe('exact');
      expect({ start: ours.start, end: ours.end }).toEqual(theirs);
      agreement.push(
        `${name} ${row.id}: ours ${ours.start}–${ours.end} ${ours.state}, Hypothesis ${theirs.start}–${theirs.end}`,
      );

      // And the selectors we would write for the same text anchor back to it.
      const [ourQuote] = describeSpan(index, ours.start, ours.end);
      expect(ourQuote.exact).toBe(quote.exact);
    },
  );
});

describe('Hypothesis agreement', () => {
  it('reports agreement', () => {
    console.log(
      `Hypothesis baselines: ${agreement.length} annotations anchored exactly where Hypothesis selects\n  ${agreement.join('\n  ')}`,
    );
    expect(agreement.length).toBe(6);
  });
});
