// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognise } from '@/src/core/entities/recognise.ts';
import type { Entity } from '@/src/core/entities/types.ts';

/**
 * Regression guard on our own labelled sets (tests/fixtures/entities/README.md): the recogniser was tuned
 * with them, so their scores say nothing about unseen text; they say when a change breaks what worked.
 * Scoring follows ../shared/eval/score.mjs: an entity counts when type, start and end all match; titles
 * count per matched official, by text; date values per matched date.
 */

type GoldEntity = {
  start: number;
  end: number;
  type: 'OFFICIAL' | 'PERSON' | 'ORG' | 'DATE';
  text: string;
  titles?: (string | { text: string })[];
  value?: string;
};
type GoldDoc = { id: string; text: string; reference_date?: string; entities: GoldEntity[] };

const DIR = join(import.meta.dirname, '../../fixtures/entities');

function readSet(name: string): GoldDoc[] {
  return readFileSync(join(DIR, `${name}.gold.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldDoc);
}

const TYPE: Record<Entity['type'], GoldEntity['type']> = {
  official: 'OFFICIAL',
  person: 'PERSON',
  org: 'ORG',
  date: 'DATE',
};

/** A title as the scorer compares it: its text, whitespace folded. */
const titleText = (t: string | { text: string }) =>
  (typeof t === 'string' ? t : t.text).replace(/\s+/g, ' ').trim();

type Score = { f1: number; titleF1: number; wrongValues: string[]; misses: string[] };

const f1 = (right: number, predicted: number, gold: number) =>
  predicted + gold === 0 ? 1 : (2 * right) / (predicted + gold);

/** Micro exact-span F1 over a set, title F1 over matched officials, and the dates whose value is wrong. */
function score(docs: GoldDoc[]): Score {
  let right = 0;
  let predicted = 0;
  let gold = 0;
  let titlesRight = 0;
  let titlesPredicted = 0;
  let titlesGold = 0;
  const wrongValues: string[] = [];
  const misses: string[] = [];
  for (const doc of docs) {
    const found = recognise(doc.text, doc.reference_date ? { referenceDate: doc.reference_date } : {});
    const byPlace = new Map(found.map((e) => [`${TYPE[e.type]}:${e.start}:${e.end}`, e]));
    predicted += found.length;
    gold += doc.entities.length;
    for (const g of doc.entities) {
      const hit = byPlace.get(`${g.type}:${g.start}:${g.end}`);
      if (!hit) {
        misses.push(`${doc.id} ${g.type} ${g.text}`);
        continue;
      }
      right++;
      if (g.type === 'OFFICIAL') {
        const want = new Set((g.titles ?? []).map(titleText));
        const got = new Set((hit.titles ?? []).map(titleText));
        titlesGold += want.size;
        titlesPredicted += got.size;
        for (const t of got) if (want.has(t)) titlesRight++;
      }
      if (g.type === 'DATE' && g.value !== undefined && hit.value !== g.value) {
        wrongValues.push(`${doc.id} ${g.text}: ${hit.value} ≠ ${g.value}`);
      }
    }
  }
  return {
    f1: f1(right, predicted, gold),
    titleF1: f1(titlesRight, titlesPredicted, titlesGold),
    wrongValues,
    misses,
  };
}

// Floors a little under the scores when the sets were committed (micro F1: vi-written 1.000, vi-real
// 0.99, en-written 0.983, en-real 0.94), so a real regression fails and a one-entity wobble does not.
const FLOORS: [set: string, f1: number, titles: number][] = [
  ['vi-written', 0.98, 0.97],
  // vi-real has two titled mentions (a firm's and a tax agent's director); one is a known miss.
  ['vi-real', 0.96, 0.5],
  ['en-written', 0.95, 0.95],
  ['en-real', 0.9, 0.85],
  // Round 2 (scored blind first: vi 0.930, en 0.848 micro F1 on the corrected labels; then tuned to vi 0.994,
  // en 0.992).
  ['vi-round2', 0.97, 0.96],
  ['en-round2', 0.96, 0.96],
  // Round 3 (scored blind first: vi 0.907, en 0.905 micro F1 as first labelled, 0.916 and 0.921 once four
  // labelling slips were corrected; then tuned to vi 0.993, en 0.975, titles 1.0 both).
  ['vi-round3', 0.98, 0.98],
  ['en-round3', 0.96, 0.98],
  // Round 4 (scored blind first: vi 0.927, en 0.913 micro F1 as first labelled, 0.935 and 0.926 once three
  // labelling slips were corrected; then tuned to vi 1.0, en 0.978, titles 1.0 both).
  ['vi-round4', 0.98, 0.98],
  ['en-round4', 0.96, 0.98],
  // Round 5 (scored blind first: vi 0.885, en 0.867 micro F1, no labelling slip found; then tuned to
  // vi 0.960, en 0.942).
  ['vi-round5', 0.95, 0.95],
  ['en-round5', 0.93, 0.97],
  // Round 6, in the dev sets' 2016-2018 register (scored blind first: vi 0.954, en 0.852, no labelling slip
  // found; then tuned to vi 0.965, en 0.920).
  ['vi-round6', 0.965, 0.95],
  ['en-round6', 0.91, 0.89],
  // Round 7, written by three helpers (scored blind first: vi 0.941, en 0.820 micro F1; then tuned to
  // vi 0.981, en 0.945).
  ['vi-round7', 0.97, 0.95],
  ['en-round7', 0.93, 0.95],
  // Round 8, written after the round-7 fixes (scored blind first: vi 0.968, en 0.883; then tuned to vi 0.980,
  // en 0.947).
  ['vi-round8', 0.97, 0.97],
  ['en-round8', 0.93, 0.96],
  // Round 9, written after the round-8 fixes (scored blind first: vi 0.901, en 0.909; then tuned to vi 0.944,
  // en 0.975).
  ['vi-round9', 0.93, 0.94],
  ['en-round9', 0.96, 0.91],
  // Round 10, long articles in the dev sets' registers, after the round-9 fixes (scored blind first: vi 0.981,
  // en 0.901; then tuned to vi 0.985, en 0.963).
  ['vi-round10', 0.97, 0.96],
  ['en-round10', 0.95, 0.96],
  // Round 11, after the round-10 fixes (scored blind first: vi 0.980, en 0.912; then tuned to vi 0.980, en 0.945).
  ['vi-round11', 0.97, 0.96],
  ['en-round11', 0.93, 0.91],
];

describe('entity regression sets', () => {
  for (const [set, minF1, minTitles] of FLOORS) {
    it(`${set}: micro F1 ≥ ${minF1}, titles ≥ ${minTitles}, every found date's value right`, () => {
      const s = score(readSet(set));
      expect(s.f1, `misses: ${s.misses.join(' | ')}`).toBeGreaterThanOrEqual(minF1);
      expect(s.titleF1).toBeGreaterThanOrEqual(minTitles);
      expect(s.wrongValues).toEqual([]);
    });
  }
});
