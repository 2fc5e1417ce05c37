// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { annotatePage } from './support/annotate-page.ts';
import { anchorMutated, empty, judge, pageSeed, SCENARIOS, type Tally } from './support/judge.ts';
import { parsePage, readFixture } from './support/load-page.ts';
import { createRandom } from './support/prng.ts';

/**
 * Issue #6's rule, "never anchor wrongly", over more than the default seed. Seeds 1, 3, 5, 6 and 9 each
 * produced WRONG anchors before the ambiguity and edge fixes (near-duplicate price lines, a teaser repeating
 * the lead, a short quote in an inserted paragraph at the old position, edges cut short at an edited word).
 * Only the scenarios that edit text run here: the others never reach the fuzzy stages where those arose.
 */
const SEEDS = [1, 3, 5, 6, 9];
/** The pages those came from (vnexpress-3, never wrong on seeds 0–9, is left to the main suite: runtime). */
const PAGES = ['dantri-1', 'bbc-obr-1', 'foxnews-1'];
const PER_PAGE = 60;
const EDITING = new Set(['edited words inside quotes', 'edited words around quotes', 'all combined']);

describe.each(SEEDS)('mutation seed %i: no wrong anchor', (offset) => {
  const pages = PAGES.map((page) => {
    const original = parsePage(readFixture(`pages/${page}.html.gz`));
    const seed = pageSeed(page, offset);
    return {
      seed,
      annotations: annotatePage(original, createRandom(seed), PER_PAGE),
      marked: original.documentElement.outerHTML,
    };
  });

  it.each(SCENARIOS.filter(([name]) => EDITING.has(name)))('%s', (name, mutate) => {
    const tallies: Tally[] = [empty(), empty()];
    const log: string[] = [];
    for (const { seed, annotations, marked } of pages) {
      const { doc, index, batch, single } = anchorMutated(marked, seed, [name, mutate], annotations);
      annotations.forEach((a, i) => {
        judge(doc, index, a, batch[i]!, tallies[0]!, log);
        judge(doc, index, a, single[i]!, tallies[1]!, log);
      });
    }
    for (const t of tallies) {
      expect(t.wrong, log.filter((l) => l.startsWith('WRONG')).join('\n')).toBe(0);
      expect(t.right / t.exists).toBeGreaterThanOrEqual(0.95);
    }
  });
});
