/** Builds the extension for benches that measure or load the build. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Runs `wxt build` (Chrome MV3) unless a build exists and `force` is false.
 * @param {string} root Repository root.
 * @param {{ force?: boolean, browser?: 'chrome' | 'firefox' }} [options]
 * @returns {string} The output folder (`.output/chrome-mv3` or `.output/firefox-mv2`).
 * @throws when the build fails.
 */
export function ensureBuild(root, { force = false, browser = 'chrome' } = {}) {
  const out = join(root, '.output', browser === 'firefox' ? 'firefox-mv2' : 'chrome-mv3');
  if (!force && existsSync(join(out, 'manifest.json'))) return out;
  const wxt = join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
  const args = [wxt, 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`wxt build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return out;
}
