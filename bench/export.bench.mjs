/**
 * Issue 4: JSON backup export and import of 100,000 annotations over 5,000 documents (each with a copy of
 * its article text, ~800 words), in Node, against plain `JSON.stringify` / `JSON.parse` of the same raw
 * tables in the same run.
 *
 * - export: `exportBackup(library, now)` vs `JSON.stringify(tables)`.
 * - import: `parseBackup(text)` (every record validated) + `planImport(empty, library)` vs `JSON.parse(text)`.
 * - re-import: `parseBackup` + `planImport(full, library)` (the idempotent case: nothing to write).
 * - peak memory: each variant runs in its own Node process; the figure is the peak RSS
 *   (`process.resourceUsage().maxRSS`) above the RSS measured once the library was built and garbage collected.
 *
 * Times are medians of 3 rounds run interleaved in one process (machine load falls on both alike); memory is
 * one process per variant. The in-browser figure (goal: < 10 s each in Chromium, no tab crash) needs
 * the side panel's export wiring and comes later. Runnable alone: `node bench/export.bench.mjs` prints the rows.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), '..');
const SIZE = { documents: 5000, annotations: 100_000, textWords: 800 };
const RUNS = 3;

/** Bundles the export core and the seeded library generator for Node. */
async function bundleCore(dir) {
  const result = await build({
    stdin: {
      contents: [
        "export { exportBackup, parseBackup } from './src/core/export/backup.ts';",
        "export { planImport, applyImportPlan } from './src/core/export/plan-import.ts';",
        "export { emptyLibrary } from './src/core/export/library.ts';",
        "export { randomLibrary } from './tests/core/export/helpers/random-library.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    alias: { '@': root },
    logLevel: 'silent',
  });
  const file = join(dir, 'export-core.mjs');
  await writeFile(file, result.outputFiles[0].text);
  return file;
}

/** The raw tables, as a plain dump would write them. */
const rawTables = (lib) => ({
  documents: lib.documents,
  annotations: lib.annotations,
  entities: lib.entities,
  mentions: lib.mentions,
  tags: lib.tags,
  settings: lib.settings,
});

/** One Margin export + import, with step timings. */
function marginRound(core, lib) {
  const t = () => performance.now();
  const out = {};
  let s = t();
  const text = core.exportBackup(lib, '2026-01-01T00:00:00Z');
  out.exportMs = t() - s;
  out.bytes = Buffer.byteLength(text);
  s = t();
  const parsed = core.parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const plan = core.planImport(core.emptyLibrary(), parsed.value);
  out.importMs = t() - s;
  if (plan.summary.annotations.added !== SIZE.annotations) throw new Error('not every annotation planned');
  return { out, text, plan };
}

/** One plain JSON.stringify + JSON.parse of the same tables. */
function rawRound(lib) {
  const t = () => performance.now();
  let s = t();
  const text = JSON.stringify(rawTables(lib));
  const exportMs = t() - s;
  s = t();
  const parsed = JSON.parse(text);
  const importMs = t() - s;
  if (parsed.annotations.length !== SIZE.annotations) throw new Error('lost annotations');
  return { exportMs, importMs };
}

/**
 * Child process. `time`: both variants interleaved RUNS times in one process, so machine load falls on both
 * alike; medians. `mem-margin` / `mem-raw`: one variant once, reporting peak RSS above the built library.
 */
async function child(mode, corePath) {
  const core = await import(pathToFileURL(corePath).href);
  const lib = core.randomLibrary(4, SIZE);
  globalThis.gc();
  if (mode === 'time') {
    const samples = { raw: [], margin: [], reimport: [] };
    for (let i = 0; i < RUNS; i++) {
      samples.raw.push(rawRound(lib));
      globalThis.gc();
      const { out, text, plan } = marginRound(core, lib);
      samples.margin.push(out);
      const full = core.applyImportPlan(core.emptyLibrary(), plan);
      const s = performance.now();
      const again = core.planImport(full, core.parseBackup(text).value);
      samples.reimport.push(performance.now() - s);
      if (!again.empty) throw new Error('re-import was not empty');
      globalThis.gc();
    }
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      JSON.stringify({
        bytes: samples.margin[0].bytes,
        exportMs: med(samples.margin.map((r) => r.exportMs)),
        importMs: med(samples.margin.map((r) => r.importMs)),
        reimportMs: med(samples.reimport),
        rawExportMs: med(samples.raw.map((r) => r.exportMs)),
        rawImportMs: med(samples.raw.map((r) => r.importMs)),
      }),
    );
    return;
  }
  const rss0 = process.memoryUsage().rss;
  if (mode === 'mem-margin') marginRound(core, lib);
  else rawRound(lib);
  console.log(JSON.stringify({ peakMb: (process.resourceUsage().maxRSS * 1024 - rss0) / 1e6 }));
}

/** @returns {Promise<Array<object>>} bench rows */
export default async function run() {
  const dir = await mkdtemp(join(tmpdir(), 'margin-export-bench-'));
  try {
    const corePath = await bundleCore(dir);
    const spawn = (mode) =>
      JSON.parse(
        execFileSync(
          process.execPath,
          ['--expose-gc', '--max-old-space-size=4096', self, '--child', mode, corePath],
          { encoding: 'utf8', maxBuffer: 1 << 20 },
        ),
      );
    const times = spawn('time');
    const peak = { margin: spawn('mem-margin').peakMb, raw: spawn('mem-raw').peakMb };
    const label = `${SIZE.annotations.toLocaleString('en')} annotations, ${SIZE.documents.toLocaleString('en')} documents, ${(times.bytes / 1e6).toFixed(0)} MB`;
    return [
      {
        issue: 4,
        name: `export: exportBackup (${label}), Node`,
        value: times.exportMs,
        unit: 'ms',
        baseline: { name: 'JSON.stringify of the raw tables', value: times.rawExportMs },
        goal: '< 10,000 ms (in Chromium)',
      },
      {
        issue: 4,
        name: `import: parseBackup (validated) + planImport into an empty library (${label}), Node`,
        value: times.importMs,
        unit: 'ms',
        baseline: { name: 'JSON.parse of the same text', value: times.rawImportMs },
        goal: '< 10,000 ms (in Chromium)',
      },
      {
        issue: 4,
        name: `re-import: parseBackup + planImport into the full library, nothing to write (${label}), Node`,
        value: times.reimportMs,
        unit: 'ms',
        baseline: { name: 'JSON.parse of the same text', value: times.rawImportMs },
      },
      {
        issue: 4,
        name: `export + import peak memory above the library (${label}), Node RSS`,
        value: peak.margin,
        unit: 'MB',
        baseline: { name: 'JSON.stringify + JSON.parse, same tables', value: peak.raw },
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4]);
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await run()) {
    console.log(
      JSON.stringify({ ...row, ...(row.baseline ? { ratio: row.value / row.baseline.value } : {}) }),
    );
  }
}
