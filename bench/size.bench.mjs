/**
 * Gzipped size of what each entrypoint of the Chrome build loads (its script and every chunk it
 * imports), against the size of the one library it cannot do without, bundled alone and minified in
 * the same run: Readability for the content script, Dexie for the background, Preact for the pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { entryFiles } from './lib/built-files.mjs';

const gz = (text) => gzipSync(text, { level: 9 }).length / 1024;

const baselines = {
  content: { name: 'Readability alone', entry: 'bench/lib/entries/readability-only.ts' },
  background: { name: 'Dexie alone', entry: 'bench/lib/entries/dexie-only.ts' },
  popup: { name: 'Preact alone', entry: 'bench/lib/entries/preact-only.tsx' },
  sidepanel: { name: 'Preact alone', entry: 'bench/lib/entries/preact-only.tsx' },
  options: { name: 'Preact alone', entry: 'bench/lib/entries/preact-only.tsx' },
};

/** @param {import('./lib/context.mjs').BenchContext} ctx */
export default async function run(ctx) {
  const out = ctx.ensureBuild('chrome');
  const baselineSize = new Map();
  const sizeOf = async (entry) => {
    if (!baselineSize.has(entry)) baselineSize.set(entry, gz(await ctx.bundle(entry, { minify: true })));
    return baselineSize.get(entry);
  };

  const rows = [];
  const counted = new Map();
  for (const { entry, files } of entryFiles(out)) {
    const bytes = files.map((f) => readFileSync(join(out, f)));
    const size = gz(Buffer.concat(bytes));
    for (const [i, f] of files.entries()) counted.set(f, gz(bytes[i]));
    const base = baselines[entry.replace(/-\d+$/, '')];
    rows.push({
      issue: 2,
      name: `size: ${entry} (${files.length} file${files.length > 1 ? 's' : ''}, gzip)`,
      value: size,
      unit: 'kB',
      ...(base ? { baseline: { name: `${base.name} (gzip)`, value: await sizeOf(base.entry) } } : {}),
    });
  }
  // Chunks no entry imports statically are loaded on demand (the side panel's Export / Import drawer).
  const onDemand = readdirSync(out, { recursive: true })
    .map(String)
    .filter((f) => /\.(js|css)$/.test(f) && !counted.has(f));
  for (const f of onDemand) {
    const size = gz(readFileSync(join(out, f)));
    counted.set(f, size);
    rows.push({
      issue: 2,
      name: `size: on demand: ${f.replace(/-[\w-]{8}\./, '.')} (gzip)`,
      value: size,
      unit: 'kB',
    });
  }
  const total = [...counted.values()].reduce((s, x) => s + x, 0);
  rows.push({
    issue: 2,
    name: `size: all ${counted.size} scripts, each gzipped once`,
    value: total,
    unit: 'kB',
  });
  return rows;
}
