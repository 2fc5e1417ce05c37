/**
 * Issue 6, in Chromium: re-anchoring 500 annotations on a 10,000-word page, (a) unchanged and (b) with 30%
 * of the quoted passages edited by a few characters, timed in the page in the same run as two baselines:
 * exact matching alone, and a plain Hypothesis-style matcher (position checked against the quote, else exact
 * search, else approximate search over the whole text scored on quote, prefix, suffix and position, no
 * threshold). Accuracy is reported beside time: right, wrong and orphaned, judged from marker elements that
 * carry no text and follow each passage through the edits.
 *
 * Runs from `npm run bench` (ctx from bench/lib/context.mjs) or alone: `node bench/anchoring.bench.mjs`.
 */

import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ANNOTATIONS = 500;
const WORDS = 10_000;
const EDITED_SHARE = 0.3;
/** Timed rounds per matcher, after untimed ones that let the JIT settle (fewer for the slow baseline). */
const ROUNDS = {
  margin: { warmup: 5, runs: 11 },
  exact: { warmup: 5, runs: 11 },
  hypothesis: { warmup: 1, runs: 3 },
};
const SOURCES = ['vnexpress-3', 'dantri-1', 'bbc-obr-1', 'foxnews-1'];

/** Seeded PRNG (mulberry32), the same in Node and in the page. */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of the real article pages in tests/fixtures/anchoring (Vietnamese and English), with their frequencies. */
function vocabulary(root) {
  const words = [];
  for (const name of SOURCES) {
    const html = gunzipSync(
      readFileSync(join(root, 'tests/fixtures/anchoring/pages', `${name}.html.gz`)),
    ).toString();
    for (const [, inner] of html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)) {
      const text = inner.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
      if (text.trim().length >= 80) words.push(...text.split(/\s+/).filter((w) => w.length > 0));
    }
  }
  return words;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A 10,000-word news-like page: chrome, a script and a style, ~150 paragraphs of real words in random order. */
export function buildPage(root) {
  const words = vocabulary(root);
  const random = createRandom(2026);
  const pick = () => words[Math.floor(random() * words.length)];
  const paragraphs = [];
  let count = 0;
  while (count < WORDS) {
    const n = 40 + Math.floor(random() * 50);
    const text = Array.from({ length: n }, pick).join(' ');
    count += n;
    const inline = random() < 0.3 ? ` <a href="#x">${escapeHtml(pick())} ${escapeHtml(pick())}</a>` : '';
    paragraphs.push(`<p>${escapeHtml(text)}${inline}.</p>`);
    if (random() < 0.08) paragraphs.push(`<h2>${escapeHtml(Array.from({ length: 6 }, pick).join(' '))}</h2>`);
  }
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bench article</title>
<style>body { font: 16px serif; } .nav a { margin: 0 4px; }</style></head><body>
<nav class="nav"><a href="#">Thời sự</a><a href="#">Thế giới</a><a href="#">Kinh doanh</a><a href="#">Politics</a></nav>
<script>window.__analytics = { page: "article", words: ${WORDS} };</script>
<article><h1>${escapeHtml(Array.from({ length: 10 }, pick).join(' '))}</h1>
${paragraphs.join('\n')}
</article><footer><p>© Bench News. All rights reserved.</p></footer></body></html>`;
}

/** The in-page part, bundled with Margin's anchoring core by esbuild. */
export const entrySource = (root) => `// @ts-nocheck
import approxSearch from ${JSON.stringify(join(root, 'node_modules/approx-string-match/build/src/index.js'))};
import { anchorMany } from '@/src/core/anchoring/anchor-many.ts';
import { describe } from '@/src/core/anchoring/describe.ts';
import { toNormalized } from '@/src/core/anchoring/normalize-text.ts';
import { offsetAtPoint, rangeFromOffsets } from '@/src/core/anchoring/range-offsets.ts';
import { buildTextIndex } from '@/src/core/anchoring/text-index.ts';

${createRandom.toString()}

/** Baseline 1: the quote's exact occurrences, the one nearest the old position; else orphan. */
function exactOnly(index, annotations) {
  return annotations.map(([quote, position]) => {
    let best = -1;
    for (let i = index.text.indexOf(quote.exact); i !== -1; i = index.text.indexOf(quote.exact, i + 1)) {
      if (best < 0 || Math.abs(i - position.start) < Math.abs(best - position.start)) best = i;
    }
    return best < 0 ? { start: -1, end: -1, state: 'orphan' } : { start: best, end: best + quote.exact.length, state: 'exact' };
  });
}

/** Baseline 2: plain Hypothesis-style anchoring over the raw text, no windows, no threshold. */
function similarityOf(text, str) {
  if (str.length === 0 || text.length === 0) return str.length === 0 ? 1 : 0;
  const matches = approxSearch(text, str, str.length);
  return 1 - Math.min(...matches.map((m) => m.errors)) / str.length;
}
function hypothesisStyle(index, annotations) {
  const text = index.text;
  return annotations.map(([quote, position]) => {
    if (text.slice(position.start, position.end) === quote.exact) {
      return { start: position.start, end: position.end, state: 'exact' };
    }
    let matches = [];
    for (let i = text.indexOf(quote.exact); i !== -1; i = text.indexOf(quote.exact, i + 1)) {
      matches.push({ start: i, end: i + quote.exact.length, errors: 0 });
    }
    const exact = matches.length > 0;
    if (!exact) matches = approxSearch(text, quote.exact, Math.min(256, Math.floor(quote.exact.length / 2)));
    if (matches.length === 0) return { start: -1, end: -1, state: 'orphan' };
    let best = null;
    for (const m of matches) {
      const q = 1 - m.errors / quote.exact.length;
      const p = similarityOf(text.slice(Math.max(0, m.start - quote.prefix.length), m.start), quote.prefix);
      const s = similarityOf(text.slice(m.end, m.end + quote.suffix.length), quote.suffix);
      const pos = 1 - Math.abs(m.start - position.start) / text.length;
      const score = (50 * q + 20 * p + 20 * s + 2 * pos) / 92;
      if (!best || score > best.score) best = { start: m.start, end: m.end, score };
    }
    return { start: best.start, end: best.end, state: exact ? 'exact' : 'fuzzy' };
  });
}

const METHODS = {
  margin: (root, annotations) => anchorMany(buildTextIndex(root), annotations),
  exact: (root, annotations) => exactOnly(buildTextIndex(root), annotations),
  hypothesis: (root, annotations) => hypothesisStyle(buildTextIndex(root), annotations),
};

function wordSpans(text, from, to) {
  const spans = [];
  const re = /\\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index + m[0].length <= to; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Empty marker elements at each passage's ends: they carry no text and move with it. */
function insertMarkers(index, points) {
  points.sort((x, y) => y.at - x.at);
  for (const p of points) {
    const b = p.isEnd ? rangeFromOffsets(index, p.at - 1, p.at) : rangeFromOffsets(index, p.at, p.at);
    const node = p.isEnd ? b.endContainer : b.startContainer;
    const offset = p.isEnd ? b.endOffset : b.startOffset;
    const marker = document.createElement(p.isEnd ? 'x-e' : 'x-s');
    marker.dataset.id = String(p.id);
    if (offset <= 0) node.parentNode.insertBefore(marker, node);
    else if (offset >= node.data.length) node.parentNode.insertBefore(marker, node.nextSibling);
    else node.parentNode.insertBefore(marker, node.splitText(offset));
  }
}

function judge(root, annotations, results) {
  const index = buildTextIndex(root);
  const norm = (raw) => toNormalized(index.normalized, raw);
  const tally = { right: 0, wrong: 0, orphan: 0 };
  annotations.forEach(([quote], id) => {
    const r = results[id];
    if (r.state === 'orphan') return void tally.orphan++;
    const s = norm(offsetAtPoint(index, root.querySelector('x-s[data-id="' + id + '"]'), 0));
    const e = norm(offsetAtPoint(index, root.querySelector('x-e[data-id="' + id + '"]'), 0));
    const tolerance = Math.max(4, Math.floor((e - s) * 0.15));
    const ok = Math.abs(norm(r.start) - s) <= tolerance && Math.abs(norm(r.end) - e) <= tolerance;
    tally[ok ? 'right' : 'wrong']++;
  });
  return tally;
}

function time(warmup, runs, methods, root, annotations) {
  const samples = Object.fromEntries(Object.keys(methods).map((k) => [k, []]));
  const cold = {};
  const results = {};
  for (let i = 0; i < warmup + runs; i++) {
    for (const [name, fn] of Object.entries(methods)) {
      const t0 = performance.now();
      results[name] = fn(root, annotations);
      const ms = performance.now() - t0;
      if (i === 0) cold[name] = ms; // what a single page visit pays
      if (i >= warmup) samples[name].push(ms);
    }
  }
  return { samples, cold, accuracy: Object.fromEntries(Object.keys(methods).map((k) => [k, judge(root, annotations, results[k])])) };
}

export function run({ method, count, editedShare, runs, warmup, seed }) {
  const methods = { [method]: METHODS[method] };
  const random = createRandom(seed);
  const root = document.body;
  const index = buildTextIndex(root);
  const paragraphs = [...root.querySelectorAll('article p')].map((p) => {
    const a = offsetAtPoint(index, p, 0);
    return [a, a + (p.textContent || '').length];
  });
  const annotations = [];
  const points = [];
  while (annotations.length < count) {
    const [from, to] = paragraphs[Math.floor(random() * paragraphs.length)];
    const words = wordSpans(index.text, from, to);
    const first = Math.floor(random() * words.length);
    const last = Math.min(words.length - 1, first + 2 + Math.floor(random() * 28));
    const start = words[first][0];
    const end = words[last][1];
    const id = annotations.length;
    annotations.push(describe(index, start, end));
    points.push({ at: start, id, isEnd: false }, { at: end, id, isEnd: true });
  }
  insertMarkers(index, points);
  const words = root.textContent.trim().split(/\\s+/).length;

  const unchanged = time(warmup, runs, methods, root, annotations);

  // Edit a few characters inside 30% of the quoted passages (substitutions, insertions, deletions).
  const now = buildTextIndex(root);
  const edits = [];
  for (let id = 0; id < count; id++) {
    if (random() >= editedShare) continue;
    const s = offsetAtPoint(now, root.querySelector('x-s[data-id="' + id + '"]'), 0);
    const e = offsetAtPoint(now, root.querySelector('x-e[data-id="' + id + '"]'), 0);
    const at = s + 1 + Math.floor(random() * Math.max(1, e - s - 2));
    edits.push({ at, kind: Math.floor(random() * 3), n: 1 + Math.floor(random() * 3) });
  }
  edits.sort((x, y) => y.at - x.at);
  let last = Infinity;
  let edited = 0;
  for (const { at, kind, n } of edits) {
    if (at + n >= last) continue;
    last = at;
    const b = rangeFromOffsets(now, at, at + n);
    if (b.startContainer !== b.endContainer) continue;
    const node = b.startContainer;
    const letters = 'aeioustrnxyzđăêô'.slice(0, 8 + Math.floor(random() * 8));
    const insert = Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
    const head = node.data.slice(0, b.startOffset);
    const tail = node.data.slice(kind === 1 ? b.startOffset : b.endOffset);
    node.data = head + (kind === 2 ? '' : insert) + tail;
    edited++;
  }
  const changed = time(warmup, runs, methods, root, annotations);
  return { words, count, edited, unchanged, changed };
}
`;

async function standaloneContext(root) {
  const { createBenchContext } = await import(pathToFileURL(join(root, 'bench/lib/context.mjs')).href);
  return createBenchContext({ root, rebuild: false });
}

/** @param {import('./lib/context.mjs').BenchContext} ctx */
export default async function run(ctx) {
  const root = ctx.root;
  const dir = await mkdtemp(join(tmpdir(), 'margin-anchoring-bench-'));
  const entry = join(dir, 'anchoring-entry.ts');
  await writeFile(entry, entrySource(root));
  let script;
  try {
    script = await ctx.bundle(entry, { globalName: 'AnchoringBench' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const browser = await ctx.launchChromium();
  try {
    // Each matcher gets a fresh page (same HTML, same seed, so the same annotations and edits): they share
    // approx-string-match, and one's JIT and heap state must not slow the other down.
    const html = buildPage(root);
    const outs = {};
    for (const method of ['margin', 'exact', 'hypothesis']) {
      const page = await browser.context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.addScriptTag({ content: script });
      outs[method] = await page.evaluate((config) => window.AnchoringBench.run(config), {
        method,
        count: ANNOTATIONS,
        editedShare: EDITED_SHARE,
        ...ROUNDS[method],
        seed: 6,
      });
      await page.close();
    }
    const merge = (key) => ({
      samples: Object.fromEntries(Object.entries(outs).map(([m, o]) => [m, o[key].samples[m]])),
      cold: Object.fromEntries(Object.entries(outs).map(([m, o]) => [m, o[key].cold[m]])),
      accuracy: Object.fromEntries(Object.entries(outs).map(([m, o]) => [m, o[key].accuracy[m]])),
    });
    const { words, count, edited } = outs.margin;
    return toRows(ctx, { words, count, edited, unchanged: merge('unchanged'), changed: merge('changed') });
  } finally {
    await browser.close();
  }
}

function toRows(ctx, out) {
  const rows = [];
  const accuracy = (a) => `${a.right} right, ${a.wrong} wrong, ${a.orphan} orphaned`;
  for (const [key, label] of [
    ['unchanged', '(a) unchanged'],
    ['changed', `(b) ${out.edited} of ${out.count} passages edited`],
  ]) {
    const { samples, accuracy: acc } = out[key];
    const median = (name) => ctx.summarise(samples[name]).median;
    const base = `re-anchor ${out.count} annotations, ${out.words}-word page, ${label}`;
    const hypothesis = {
      name: `Hypothesis-style matcher (${accuracy(acc.hypothesis)})`,
      value: median('hypothesis'),
    };
    const exact = { name: `exact matching alone (${accuracy(acc.exact)})`, value: median('exact') };
    rows.push({
      issue: 6,
      name: `anchoring: ${base}: Margin (${accuracy(acc.margin)})`,
      value: median('margin'),
      unit: 'ms',
      baseline: hypothesis,
      ...(key === 'changed' ? { goal: '< 100 ms, accuracy ≥ Hypothesis-style, 0 wrong' } : {}),
    });
    rows.push({
      issue: 6,
      name: `anchoring: ${base}: Margin vs exact alone`,
      value: median('margin'),
      unit: 'ms',
      baseline: exact,
    });
    rows.push({
      issue: 6,
      name: `anchoring: ${base}: Margin first run (cold JIT, as on one page visit)`,
      value: out[key].cold.margin,
      unit: 'ms',
      baseline: { name: 'Hypothesis-style matcher, first run', value: out[key].cold.hypothesis },
    });
    for (const [name, a] of Object.entries(acc)) {
      rows.push({
        issue: 6,
        name: `anchoring accuracy ${label}: ${name} right (${a.wrong} wrong, ${a.orphan} orphaned)`,
        value: Math.round((1000 * a.right) / out.count) / 10,
        unit: '%',
      });
    }
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const rows = await run(await standaloneContext(root));
  for (const r of rows) {
    const ratio = r.baseline
      ? ` (baseline ${r.baseline.value.toFixed(1)} ${r.unit}: ${r.baseline.name}; ratio ${(r.value / r.baseline.value).toFixed(2)})`
      : '';
    console.log(`${r.name}: ${typeof r.value === 'number' ? r.value.toFixed(1) : r.value} ${r.unit}${ratio}`);
  }
}
