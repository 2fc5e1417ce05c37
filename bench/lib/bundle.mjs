/**
 * Bundles a TypeScript entry into one IIFE script (a string) that can be injected into a page with
 * Playwright's `page.addScriptTag({ content })`, so benches time Margin's own source in real Chromium.
 */
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * @param {string} root Repository root (the `@/` alias points here, as in tsconfig).
 * @param {string} entry Path of the entry file, absolute or relative to `root`.
 * @param {{ globalName?: string, minify?: boolean }} [options] `globalName`: the entry's exports land
 *   on `window[globalName]` (default `MarginBench`).
 * @returns {Promise<string>} The bundled script.
 * @throws esbuild's error when the entry or one of its imports cannot be resolved or compiled.
 */
export async function bundle(root, entry, options = {}) {
  const { globalName = 'MarginBench', minify = false } = options;
  const result = await build({
    entryPoints: [entry.startsWith('/') ? entry : join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome120',
    minify,
    logLevel: 'silent',
    alias: { '@': root },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Code that checks import.meta.env (WXT, Vite) sees a production build.
    define: {
      'import.meta.env.DEV': 'false',
      'import.meta.env.PROD': 'true',
      'import.meta.env.MODE': '"production"',
    },
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}
