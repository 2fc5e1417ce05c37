/**
 * A Chromium profile kept between bench runs, for benches whose data takes minutes to write into the
 * extension's IndexedDB (100,000 annotations with their multi-entry search index: every row is a
 * separate IndexedDB put, about 1 ms each on a busy 2-core machine). The first run writes the data into
 * a fresh profile and keeps a copy under `node_modules/.cache/margin-bench/<name>-<key>`; later runs start
 * from a copy of it, so they measure the same database without writing it again. `key` must change
 * whenever the data would (generator, schema, search terms), so a stale copy is never used.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { baseArgs, chromePath } from '../../tests/e2e/lib/chromium.mjs';

/** Profile folders that only hold caches: not worth keeping. */
const SKIP = /(^|\/)(Cache|Code Cache|GPUCache|GrShaderCache|ShaderCache|DawnCache|Crashpad)(\/|$)/;

/**
 * A short hash of some files (every file of a folder, recursively) and extra values.
 * @param {string} root Repository root.
 * @param {string[]} paths Files or folders relative to `root`.
 * @param {unknown[]} [extra] Other inputs (counts, the browser's identity).
 */
export function hashInputs(root, paths, extra = []) {
  const hash = createHash('sha256');
  const add = (rel) => {
    const abs = join(root, rel);
    if (statSync(abs).isDirectory()) {
      for (const f of readdirSync(abs).sort()) add(join(rel, f));
    } else {
      hash.update(rel).update(readFileSync(abs));
    }
  };
  for (const p of paths) add(p);
  const browser = statSync(chromePath);
  hash.update(JSON.stringify([...extra, browser.size, browser.mtimeMs]));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A fresh temporary profile, copied from the kept one when there is one.
 * @param {string} keptDir Where the kept copy lives.
 * @returns {Promise<{ dir: string, reused: boolean }>}
 */
export async function seedProfile(keptDir) {
  const dir = await mkdtemp(join(tmpdir(), 'margin-bench-profile-'));
  const reused = existsSync(join(keptDir, 'ready'));
  if (reused) await cp(join(keptDir, 'profile'), dir, { recursive: true });
  return { dir, reused };
}

/**
 * Launches Chromium on `dir` with the unpacked extension loaded.
 * @param {string} dir Profile folder (from {@link seedProfile}).
 * @param {string} extensionPath The built extension.
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, extensionId: string,
 *   extensionUrl: (path: string) => string, close(): Promise<void> }>}
 */
export async function launchProfile(dir, extensionPath) {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromePath,
    headless: true,
    args: [...baseArgs, `--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`],
    viewport: { width: 420, height: 800 },
  });
  try {
    const ours = (w) => w.url().startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find(ours) ??
      (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Keeps a copy of a closed profile under `keptDir` (replacing an older one), caches left out.
 * @param {string} dir The profile, its browser closed.
 * @param {string} keptDir Where to keep it.
 */
export async function keepProfile(dir, keptDir) {
  await rm(keptDir, { recursive: true, force: true });
  await cp(dir, join(keptDir, 'profile'), {
    recursive: true,
    filter: (src) => !SKIP.test(src.slice(dir.length)) && !/Singleton|lockfile|LOCK$/.test(src),
  });
  await writeFile(join(keptDir, 'ready'), new Date().toISOString());
}

/** Removes every kept profile of `name` but the one at `keep`. */
export async function dropOtherProfiles(cacheRoot, name, keep) {
  if (!existsSync(cacheRoot)) return;
  for (const f of readdirSync(cacheRoot)) {
    if (f.startsWith(`${name}-`) && join(cacheRoot, f) !== keep) {
      await rm(join(cacheRoot, f), { recursive: true, force: true });
    }
  }
}
