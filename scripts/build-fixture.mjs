#!/usr/bin/env node
/**
 * Builds the e2e fixture pages in tests/fixtures/pages/ from ../shared (run by hand; the output is
 * committed so tests never need ../shared):
 *   - reference-article.html: a Vietnamese news page around the text of ../shared/eval/seed.gold.jsonl
 *   - index.html: the same site's home page (the non-article case)
 *   - real/<name>.html.gz (+ .groundtruth.json): real publisher pages from ../shared/pages, gzipped
 *     (the fixture server serves /real/<name>.html with Content-Encoding: gzip)
 *
 *   node scripts/build-fixture.mjs [--shared <dir>]     (default: ../shared next to the repository)
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { renderHomePage } from './fixture/home-page.mjs';
import { parseSeed } from './fixture/parse-seed.mjs';
import { renderReferenceArticle } from './fixture/reference-article.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const flag = process.argv.indexOf('--shared');
const shared = flag > 0 ? process.argv[flag + 1] : join(root, '..', 'shared');
const out = join(root, 'tests', 'fixtures', 'pages');

/** Real pages copied for e2e, preferring MIT / Apache-2.0 sources (see tests/fixtures/README.md). */
export const realPages = [
  'vi/vnexpress-1',
  'vi/baochinhphu-1',
  'vi/dantri-1',
  'vi/tuoitre-1',
  'en/apnews-1',
  'en/whitehouse-speeches',
  'en/bbc-obr-1',
  'en/politico-1',
];

function write(file, data) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
  console.log(`wrote ${relative(root, file)} (${data.length} bytes)`);
}

const seedLine = readFileSync(join(shared, 'eval', 'seed.gold.jsonl'), 'utf8')
  .split('\n')
  .find(Boolean);
if (!seedLine) throw new Error('seed.gold.jsonl is empty');
const seed = parseSeed(JSON.parse(seedLine).text);
write(join(out, 'reference-article.html'), renderReferenceArticle(seed));
write(join(out, 'index.html'), renderHomePage(seed));

for (const page of realPages) {
  const [lang, name] = page.split('/');
  const html = readFileSync(join(shared, 'pages', lang, `${name}.html`));
  // level 9 and Node's fixed gzip header (mtime 0) keep the bytes identical between runs.
  write(join(out, 'real', `${name}.html.gz`), gzipSync(html, { level: 9 }));
  const truth = join(shared, 'pages', lang, `${name}.groundtruth.json`);
  if (existsSync(truth)) {
    copyFileSync(truth, join(out, 'real', `${name}.groundtruth.json`));
    console.log(`copied ${relative(root, join(out, 'real', `${name}.groundtruth.json`))}`);
  }
}
