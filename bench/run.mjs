#!/usr/bin/env node
/**
 * `npm run bench`: runs every `bench/*.bench.mjs`, writes `bench/results.json` and prints a table.
 *
 * A bench module's default export is `async function run(ctx)` (ctx: bench/lib/context.mjs) returning
 * rows `{ issue, name, value, unit, baseline?: { name, value }, ratio?, goal? }`. Figures are compared
 * as ratios against baselines measured in the same run, so they mean the same on any machine. A module
 * that throws is reported (and makes the exit code 1) without stopping the others.
 *
 *   node bench/run.mjs [--no-build] [name-filter ...]
 */
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createBenchContext } from './lib/context.mjs';
import { formatTable } from './lib/table.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith('--'));
const ctx = createBenchContext({ root, rebuild: !args.includes('--no-build') });

const modules = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

const rows = [];
const failures = [];
for (const file of modules) {
  const started = Date.now();
  try {
    const mod = await import(pathToFileURL(join(here, file)).href);
    const produced = await mod.default(ctx);
    if (!Array.isArray(produced)) throw new Error('run(ctx) must return an array of rows');
    for (const row of produced) {
      const ratio =
        row.ratio ?? (row.baseline && row.value !== null ? row.value / row.baseline.value : undefined);
      rows.push({ module: file, ...row, ...(ratio !== undefined ? { ratio } : {}) });
    }
    console.error(
      `bench: ${file} ${produced.length} row(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    failures.push({ module: file, error: String(error?.stack ?? error) });
    console.error(`bench: ${file} FAILED: ${error?.stack ?? error}`);
  }
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  modules,
  rows,
  failures,
};
await writeFile(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(formatTable(rows));
for (const f of failures) console.log(`FAILED ${f.module}: ${f.error.split('\n').slice(0, 3).join(' | ')}`);
console.log(`\nwrote bench/results.json (${rows.length} rows, ${failures.length} failed module(s))`);
if (failures.length > 0) process.exitCode = 1;
