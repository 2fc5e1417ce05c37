#!/usr/bin/env node
/**
 * The schema floor experiment behind schema v2 (issues 4 and 7), not part of `bench/run.mjs`: in plain
 * Chromium (a page served on 127.0.0.1, no extension), bulkPut of a generated library (one transaction,
 * 2,000-row slices) under several index sets, then a toArray; and raw IndexedDB puts one record per
 * annotation (whole, or a tiny `{ id, n }`) against one record per document, which shows the per-record cost
 * that dominates: here (2 cores) ~100–200 µs a put whatever the record holds, so 100,000 puts cannot fit 10 s.
 *
 *   node bench/schema-floor.mjs [annotations=100000] [variants, e.g. abcd] [--raw] [--search]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/lib/chromium.mjs';
import { startFixtureServer } from '../tests/e2e/lib/fixture-server.mjs';
import { bundle } from './lib/bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const [n = '100000', pick = 'abcde'] = args.filter((a) => !a.startsWith('--'));
const N = Number(n);
const VARIANTS = [
  ['a v1', 'id, documentId, *tags, createdAt, updatedAt, *terms, colour, *entityKeys', 'terms'],
  ['b v1 without *terms', 'id, documentId, *tags, createdAt, updatedAt, colour, *entityKeys', 'noTerms'],
  ['c primary key only', 'id', 'noTerms'],
  ['d b + search table', 'id, documentId, *tags, createdAt, updatedAt, colour, *entityKeys', 'search'],
  ['e v2 indexes + search table', 'id, documentId, *tags, createdAt, updatedAt, *entityKeys', 'search'],
];

const www = await mkdtemp(join(tmpdir(), 'schema-floor-'));
await writeFile(join(www, 'index.html'), '<!doctype html><title>floor</title>');
const server = await startFixtureServer({ root: www });
const browser = await launchChromium({});
try {
  const code = await bundle(root, 'bench/lib/entries/schema-floor.ts', { globalName: 'Floor' });
  const page = await browser.context.newPage();
  await page.goto(`${server.baseUrl}/index.html`);
  await page.evaluate(`${code}\nwindow.Floor = Floor;`);
  await page.evaluate((k) => window.Floor.prepare(k / 20, k), N);
  for (const [label, spec, variant] of VARIANTS.filter((v) => pick.includes(v[0][0]))) {
    const r = await page.evaluate(([s, v]) => window.Floor.run('floor', s, v), [spec, variant]);
    console.log(`${label}: ${JSON.stringify(r)}`);
  }
  if (args.includes('--raw')) {
    const kinds = [
      ['one record per annotation', false, false],
      ['one tiny record ({ id, n }) per annotation', false, true],
      ['one record per document', true, false],
    ];
    for (const [label, grouped, tiny] of kinds) {
      const r = await page.evaluate(([g, t]) => window.Floor.raw(g, t), [grouped, tiny]);
      console.log(`raw IndexedDB, ${label}: ${JSON.stringify(r)}`);
    }
  }
  if (args.includes('--search')) {
    for (const columnar of [false, true]) {
      const r = await page.evaluate((c) => window.Floor.searchLoad(c), columnar);
      console.log(`search records read, ${columnar ? 'columns' : 'objects'}: ${JSON.stringify(r)} ms`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  await rm(www, { recursive: true, force: true });
}
