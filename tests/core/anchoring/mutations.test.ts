// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { anchor } from '@/src/core/anchoring/anchor.ts';
import { anchorMany } from '@/src/core/anchoring/anchor-many.ts';
import { toNormalized } from '@/src/core/anchoring/normalize-text.ts';
import type { AnchorResult } from '@/src/core/anchoring/selectors.ts';
import { buildTextIndex, type TextIndex } from '@/src/core/anchoring/text-index.ts';
import { annotatePage, type TestAnnotation, truthOf } from './support/annotate-page.ts';
import { parsePage, readFixture } from './support/load-page.ts';
import {
  changeWhitespaceAndMarkup,
  combined,
  editAroundQuotes,
  editInsideQuotes,
  insertParagraphs,
  type Mutation,
  removeParagraphs,
  reorderSections,
} from './support/mutate-page.ts';
import { createRandom } from './support/prng.ts';

const PAGES = ['vnexpress-3', 'dantri-1', 'bbc-obr-1', 'foxnews-1'];
const PER_PAGE = 60;
/** Another seed gives other passages and mutations: `ANCHORING_MUTATION_SEED=3 npx vitest run …`. */
const SEED_OFFSET = Number(process.env.ANCHORING_MUTATION_SEED ?? 0);
const SCENARIOS: [string, Mutation][] = [
  ['unchanged', () => {}],
  ['inserted paragraphs', insertParagraphs(8)],
  ['removed paragraphs', removeParagraphs(0.25)],
  ['edited words inside quotes', editInsideQuotes(0.6)],
  ['edited words around quotes', editAroundQuotes(0.6)],
  ['whitespace and markup', changeWhitespaceAndMarkup],
  ['reordered sections', reorderSections],
  ['all combined', combined],
];

type Tally = {
  total: number;
  exists: number;
  right: number;
  fuzzy: number;
  missed: number;
  gone: number;
  goneOrphaned: number;
  wrong: number;
};

const empty = (): Tally => ({
  total: 0,
  exists: 0,
  right: 0,
  fuzzy: 0,
  missed: 0,
  gone: 0,
  goneOrphaned: 0,
  wrong: 0,
});

function judge(
  doc: Document,
  index: TextIndex,
  a: TestAnnotation,
  r: AnchorResult,
  tally: Tally,
  log: string[],
) {
  const truth = truthOf(doc, index, a);
  tally.total++;
  const anchored = r.state !== 'orphan';
  const start = anchored ? toNormalized(index.normalized, r.start) : -1;
  const end = anchored ? toNormalized(index.normalized, r.end) : -1;
  const norm = index.normalized.text;
  const describeMiss = (what: string) =>
    log.push(
      `${what} #${a.id} ${truth.kind} "${a.quote}" now "${truth.kind === 'removed' ? '' : norm.slice(truth.start, truth.end)}" → ${r.state} "${norm.slice(start, end)}"`,
    );
  if (truth.kind === 'exists') {
    tally.exists++;
    // Words inserted or replaced at a quote's edge make its exact ends debatable: allow a few characters.
    const tolerance = Math.max(4, Math.floor(a.quote.length * 0.15));
    if (!anchored) {
      tally.missed++;
      describeMiss('missed');
    } else if (Math.abs(start - truth.start) <= tolerance && Math.abs(end - truth.end) <= tolerance) {
      tally.right++;
      if (r.state === 'fuzzy') tally.fuzzy++;
    } else {
      tally.wrong++;
      describeMiss('WRONG');
    }
    return;
  }
  tally.gone++;
  if (!anchored) {
    tally.goneOrphaned++;
    return;
  }
  // What is left of a passage (edited past recognition, or one of the two paragraphs it spanned removed or
  // moved away) may still be found where it was: overlapping the text after its start or before its end.
  const overlaps = (from: number, to: number) => from < to && start < to && end > from;
  const n = a.quote.length;
  const partial =
    (truth.start !== undefined && overlaps(truth.start, truth.start + n)) ||
    (truth.end !== undefined && overlaps(truth.end - n, truth.end));
  if (!partial) {
    tally.wrong++;
    describeMiss('WRONG');
  }
}

const byScenario = new Map<string, { batch: Tally; single: Tally }>();
const rows: string[] = [];
const pct = (n: number, d: number) => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(1)}%`);

describe.each(PAGES)('re-anchoring after mutations: %s', (page) => {
  const original = parsePage(readFixture(`pages/${page}.html.gz`));
  const seed = [...page].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7 + SEED_OFFSET);
  const annotations = annotatePage(original, createRandom(seed), PER_PAGE);
  const marked = original.documentElement.outerHTML;

  it.each(SCENARIOS)('%s', (name, mutate) => {
    const doc = parsePage(marked);
    mutate(doc, createRandom(seed ^ name.length), annotations);
    const index = buildTextIndex(doc.body);
    const batch = anchorMany(
      index,
      annotations.map((a) => a.selectors),
    );
    const single = annotations.map((a) => anchor(index, a.selectors));
    const sums = byScenario.get(name) ?? { batch: empty(), single: empty() };
    byScenario.set(name, sums);
    const tally = empty();
    const log: string[] = [];
    annotations.forEach((a, i) => {
      judge(doc, index, a, batch[i]!, tally, log);
      judge(doc, index, a, single[i]!, sums.single, []);
    });
    for (const k of Object.keys(tally) as (keyof Tally)[]) sums.batch[k] += tally[k];
    rows.push(
      `${page.padEnd(12)} ${name.padEnd(28)} n=${tally.total} exists=${tally.exists} right=${pct(tally.right, tally.exists)} (fuzzy ${tally.fuzzy}) missed=${tally.missed} gone=${tally.gone} orphaned=${tally.goneOrphaned} wrong=${tally.wrong}`,
    );
    if (log.length > 0) rows.push(...log.map((l) => `    ${l}`));
    expect(tally.wrong, log.join('\n')).toBe(0);
    if (name === 'unchanged') expect(batch.every((r) => r.state === 'exact')).toBe(true);
  });
});

describe('mutation suite totals', () => {
  it('anchors ≥ 95% of surviving passages right and none wrong, per scenario', () => {
    for (const [name, { batch, single }] of byScenario) {
      for (const t of [batch, single]) {
        expect(t.right / t.exists, name).toBeGreaterThanOrEqual(0.95);
        expect(t.wrong, name).toBe(0);
      }
    }
  });
});

afterAll(() => {
  const lines = ['', 'Anchoring mutation suite (anchorMany | anchor):'];
  for (const [name, { batch, single }] of byScenario) {
    lines.push(
      `  ${name.padEnd(28)} surviving ${batch.exists}: right ${pct(batch.right, batch.exists)} | ${pct(single.right, single.exists)}; fuzzy ${batch.fuzzy}; gone ${batch.gone}: orphaned ${pct(batch.goneOrphaned, batch.gone)}; wrong ${batch.wrong} | ${single.wrong}`,
    );
  }
  console.log([...rows, ...lines].join('\n'));
});
