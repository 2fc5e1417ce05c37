import { anchor } from '@/src/core/anchoring/anchor.ts';
import { anchorMany } from '@/src/core/anchoring/anchor-many.ts';
import { toNormalized } from '@/src/core/anchoring/normalize-text.ts';
import type { AnchorResult } from '@/src/core/anchoring/selectors.ts';
import { buildTextIndex, type TextIndex } from '@/src/core/anchoring/text-index.ts';
import { type TestAnnotation, truthOf } from './annotate-page.ts';
import { parsePage } from './load-page.ts';
import {
  changeWhitespaceAndMarkup,
  combined,
  editAroundQuotes,
  editInsideQuotes,
  insertParagraphs,
  type Mutation,
  removeParagraphs,
  reorderSections,
} from './mutate-page.ts';
import { createRandom } from './prng.ts';

/** The mutation suite's scenarios: one kind of change each, then all of them together. */
export const SCENARIOS: [string, Mutation][] = [
  ['unchanged', () => {}],
  ['inserted paragraphs', insertParagraphs(8)],
  ['removed paragraphs', removeParagraphs(0.25)],
  ['edited words inside quotes', editInsideQuotes(0.6)],
  ['edited words around quotes', editAroundQuotes(0.6)],
  ['whitespace and markup', changeWhitespaceAndMarkup],
  ['reordered sections', reorderSections],
  ['all combined', combined],
];

/**
 * One scenario on one page: the marked original parsed afresh, mutated (its random draws seeded by the
 * page's seed and the scenario), and every annotation anchored both in one batch and one by one.
 */
export function anchorMutated(
  marked: string,
  seed: number,
  [name, mutate]: [string, Mutation],
  annotations: TestAnnotation[],
): { doc: Document; index: TextIndex; batch: AnchorResult[]; single: AnchorResult[] } {
  const doc = parsePage(marked);
  mutate(doc, createRandom(seed ^ name.length), annotations);
  const index = buildTextIndex(doc.body);
  const selectors = annotations.map((a) => a.selectors);
  return { doc, index, batch: anchorMany(index, selectors), single: selectors.map((s) => anchor(index, s)) };
}

/** The seed of a page's annotations and mutations, for a suite-wide seed offset. */
export function pageSeed(page: string, offset: number): number {
  return [...page].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7 + offset);
}

/** Counts of one scenario's verdicts (see {@link judge}). */
export type Tally = {
  total: number;
  exists: number;
  right: number;
  fuzzy: number;
  missed: number;
  gone: number;
  goneOrphaned: number;
  wrong: number;
};

export const empty = (): Tally => ({
  total: 0,
  exists: 0,
  right: 0,
  fuzzy: 0,
  missed: 0,
  gone: 0,
  goneOrphaned: 0,
  wrong: 0,
});

/**
 * Judge one result against where the annotation's text really is (from its markers): right (within a few
 * characters), missed (orphaned though the text exists), wrong (elsewhere), or, for text that is gone, orphaned
 * or left on what remains of it. Misses are described in `log`.
 */
export function judge(
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
