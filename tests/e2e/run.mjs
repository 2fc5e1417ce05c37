#!/usr/bin/env node
/**
 * Runs the e2e suite: builds the Chrome extension when `.output/chrome-mv3` is missing (or with
 * `--build`), then `node --test` over `tests/e2e/*.e2e.mjs`, one file at a time (one Chromium at a
 * time on a 2-core machine). Exits with the test runner's code.
 *
 *   node tests/e2e/run.mjs [--build] [name-filter ...]
 *   e.g. `node tests/e2e/run.mjs popup` runs the files whose name contains "popup".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
const forceBuild = args.includes('--build');
const filters = args.filter((a) => !a.startsWith('--'));

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

if (forceBuild || !existsSync(join(root, '.output', 'chrome-mv3', 'manifest.json'))) {
  console.log('e2e: building the Chrome extension (wxt build)');
  const status = run(process.execPath, [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build']);
  if (status !== 0) process.exit(status);
}

// Node 20's --test takes no globs, so list the files here.
const files = readdirSync(here)
  .filter((f) => f.endsWith('.e2e.mjs'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort()
  .map((f) => relative(root, join(here, f)));
if (files.length === 0) {
  console.error(`e2e: no test files match ${filters.join(', ') || '*.e2e.mjs'}`);
  process.exit(1);
}
const started = Date.now();
const status = run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files]);
console.log(
  `e2e: ${files.length} file(s) in ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${status}`,
);
process.exit(status);
