/**
 * Starts Debian's Chromium through playwright-core, optionally with an unpacked extension loaded.
 * Shared by the e2e harness, the bench (`bench/lib`) and the scripts that render with Chromium
 * (`scripts/make-icons.mjs`), so every one of them launches the browser the same way (TOOLCHAIN.md).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Path of the browser: `CHROME_PATH` when set, else Debian's `/usr/bin/chromium`. */
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Quiet, offline, deterministic: no first-run UI, no background fetches, no QUIC probing. */
export const baseArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches Chromium with a fresh temporary profile.
 * @param {{ extensionPath?: string, headless?: boolean, args?: string[], viewport?: {width:number,height:number} | null, deviceScaleFactor?: number }} [options]
 *   `extensionPath`: an unpacked extension folder to load (e.g. `.output/chrome-mv3`).
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, profileDir: string, close(): Promise<void> }>}
 *   `close()` closes the browser and removes the profile; it is safe to call twice.
 * @throws when Chromium cannot start (the temporary profile is removed first).
 */
export async function launchChromium(options = {}) {
  const { extensionPath, headless = true, args = [], viewport, deviceScaleFactor } = options;
  const profileDir = await mkdtemp(join(tmpdir(), 'margin-chromium-'));
  // Playwright passes --disable-extensions; only --disable-extensions-except lifts it for ours.
  const extArgs = extensionPath
    ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`]
    : [];
  let context;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromePath,
      headless,
      args: [...baseArgs, ...extArgs, ...args],
      ...(viewport !== undefined ? { viewport } : {}),
      ...(deviceScaleFactor ? { deviceScaleFactor } : {}),
    });
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  let closed = false;
  return {
    context,
    profileDir,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await context.close();
      } finally {
        await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
      }
    },
  };
}
