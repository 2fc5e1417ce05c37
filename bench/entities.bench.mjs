/**
 * Issue 5: entity recognition throughput in Node on one core.
 *
 * - Vietnamese: the full `recognise()` (language detection, NFC, Vietnamese rules, dates, merge) on
 *   Vietnamese news text, against the floor any recogniser pays, NFC-normalising and tokenising the same
 *   text, in the same run. Goal ≥ 5 MB/s.
 * - English: the full `recognise()` on English press-release text, side by side with compromise
 *   (`nlp(text)` then `.people()`, `.organizations()` and `.match('#Date+')`: compromise-dates is not
 *   installed, so dates are what compromise core tags as #Date).
 *
 * The texts are the evaluation files' texts in ../shared/eval, read at run time (never copied into the
 * repository), concatenated to ~1 MB (Vietnamese) and ~200 kB (English; compromise needs seconds per MB).
 * MB = 10^6 bytes of UTF-8; times are the process's CPU time (one core). Runnable alone: `node bench/entities.bench.mjs` prints the rows as JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, '..', 'shared', 'eval');

/** The `text` of every line of the given gold files, or [] when ../shared is absent. */
function evalTexts(files) {
  const out = [];
  for (const f of files) {
    const path = join(evalDir, f);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line);
      if (typeof row.text === 'string') out.push(row.text);
    }
  }
  return out;
}

/** Articles repeated, separated by blank lines, until `bytes` of UTF-8. */
function corpus(texts, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    size += Buffer.byteLength(t) + 2;
  }
  return parts.join('\n\n');
}

/** Bundles `src/core/entities/recognise.ts` for Node with esbuild and imports it. */
async function loadRecognise() {
  const result = await build({
    entryPoints: [join(root, 'src/core/entities/recognise.ts')],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    alias: { '@': root },
    logLevel: 'silent',
  });
  const dir = await mkdtemp(join(tmpdir(), 'margin-bench-'));
  const file = join(dir, 'recognise.mjs');
  await writeFile(file, result.outputFiles[0].text);
  try {
    return (await import(pathToFileURL(file).href)).recognise;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Median CPU milliseconds (user + system) of `fn()` over `runs` after `warmup` unmeasured calls. CPU time,
 * not wall time: it is what one core spends, and it stays meaningful on a machine busy with other work.
 */
function time(fn, { warmup = 2, runs = 7 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    samples.push((c.user + c.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const mbps = (text, ms) => Buffer.byteLength(text) / 1e6 / (ms / 1000);

/** The floor: NFC-normalise, then split into words and punctuation. */
function nfcAndTokenise(text) {
  const nfc = text.normalize('NFC');
  let n = 0;
  for (const _ of nfc.matchAll(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu)) n++;
  return n;
}

/** @returns {Promise<Array<object>>} bench rows */
export default async function run() {
  const vi = evalTexts(['seed.gold.jsonl', 'politics-dev.gold.jsonl']);
  const en = evalTexts(['english-dev.gold.jsonl']);
  if (vi.length === 0 || en.length === 0) {
    return [
      { issue: 5, name: 'entities: ../shared/eval not found, nothing measured', value: null, unit: '' },
    ];
  }
  const recognise = await loadRecognise();
  const rows = [];

  const viText = corpus(vi, 1_000_000);
  const viBytes = (Buffer.byteLength(viText) / 1e6).toFixed(2);
  const floor = mbps(
    viText,
    time(() => nfcAndTokenise(viText)),
  );
  const whole = mbps(
    viText,
    time(() => recognise(viText, { referenceDate: '2017' })),
  );
  rows.push({
    issue: 5,
    name: `entities: recognise() Vietnamese news, one ${viBytes} MB call`,
    value: whole,
    unit: 'MB/s',
    baseline: { name: 'NFC + tokenise, same text', value: floor },
    goal: '≥ 5 MB/s',
  });
  // The content script calls recognise() once per article: the same bytes, article by article.
  const articles = corpus(vi, 1_000_000).split('\n\n');
  const perArticle = mbps(
    viText,
    time(() => {
      for (const a of articles) recognise(a, { referenceDate: '2017' });
    }),
  );
  rows.push({
    issue: 5,
    name: `entities: recognise() Vietnamese news, per article (${articles.length} calls, ${viBytes} MB)`,
    value: perArticle,
    unit: 'MB/s',
    baseline: { name: 'NFC + tokenise, same text', value: floor },
    goal: '≥ 5 MB/s',
  });

  const enText = corpus(en, 200_000);
  const { default: nlp } = await import('compromise');
  const compromise = mbps(
    enText,
    time(
      () => {
        const doc = nlp(enText);
        doc.people().out('array');
        doc.organizations().out('array');
        doc.match('#Date+').out('array');
      },
      { warmup: 1, runs: 3 },
    ),
  );
  const ours = mbps(
    enText,
    time(() => recognise(enText, {})),
  );
  rows.push({
    issue: 5,
    name: `entities: recognise() English press releases (${(Buffer.byteLength(enText) / 1e6).toFixed(2)} MB)`,
    value: ours,
    unit: 'MB/s',
    baseline: { name: 'compromise people+orgs+#Date (core, no compromise-dates)', value: compromise },
  });
  const enArticles = enText.split('\n\n');
  const oursPerArticle = mbps(
    enText,
    time(() => {
      for (const a of enArticles) recognise(a, {});
    }),
  );
  rows.push({
    issue: 5,
    name: `entities: recognise() English press releases, per article (${enArticles.length} calls)`,
    value: oursPerArticle,
    unit: 'MB/s',
    baseline: { name: 'compromise people+orgs+#Date (core, no compromise-dates)', value: compromise },
  });
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await run())
    console.log(
      JSON.stringify({ ...row, ...(row.baseline ? { ratio: row.value / row.baseline.value } : {}) }),
    );
}
