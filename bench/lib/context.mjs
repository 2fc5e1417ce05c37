/**
 * What `bench/run.mjs` hands every bench module: the repository root and shared tools, so benches
 * launch Chromium and serve pages exactly as the e2e tests do.
 */
import { join } from 'node:path';
import { blockOffHost } from '../../tests/e2e/lib/block-off-host.mjs';
import { launchChromium } from '../../tests/e2e/lib/chromium.mjs';
import { startFixtureServer } from '../../tests/e2e/lib/fixture-server.mjs';
import { ensureBuild } from './build.mjs';
import { bundle } from './bundle.mjs';
import { summarise } from './stats.mjs';

/**
 * @typedef {object} BenchContext
 * @property {string} root Repository root.
 * @property {typeof launchChromium} launchChromium Same launcher as the e2e harness
 *   (`{ extensionPath?, headless?, viewport? }` → `{ context, close() }`).
 * @property {() => Promise<import('../../tests/e2e/harness.mjs').Margin>} launchMargin The full e2e
 *   harness: the built extension loaded and the fixture pages served.
 * @property {(root?: string) => ReturnType<typeof startFixtureServer>} serveFixtures Serves
 *   `tests/fixtures/pages` (or `root`) on 127.0.0.1.
 * @property {(entryTs: string, options?: { globalName?: string, minify?: boolean }) => Promise<string>} bundle
 *   esbuild IIFE bundle of a TS file (exports on `window.MarginBench` by default), for `page.addScriptTag`.
 * @property {(browser?: 'chrome' | 'firefox') => string} ensureBuild Builds once per run (fresh unless
 *   `--no-build`); returns the output folder.
 * @property {typeof summarise} summarise Median, mean, min, max, p90 of samples.
 * @property {typeof blockOffHost} blockOffHost `(context, baseUrl)`: abort requests to any other host,
 *   so saved publisher pages load offline.
 */

/**
 * @param {{ root: string, rebuild?: boolean }} options `rebuild`: build fresh on first use (default true).
 * @returns {BenchContext}
 */
export function createBenchContext({ root, rebuild = true }) {
  const built = new Set();
  return {
    root,
    launchChromium,
    async launchMargin() {
      ensureBuildOnce('chrome');
      const { launch } = await import('../../tests/e2e/harness.mjs');
      return launch({ name: 'bench' });
    },
    serveFixtures: (dir) => startFixtureServer({ root: dir ?? join(root, 'tests', 'fixtures', 'pages') }),
    bundle: (entryTs, options) => bundle(root, entryTs, options),
    ensureBuild: ensureBuildOnce,
    summarise,
    blockOffHost,
  };

  function ensureBuildOnce(browser = 'chrome') {
    const force = rebuild && !built.has(browser);
    built.add(browser);
    return ensureBuild(root, { force, browser });
  }
}
