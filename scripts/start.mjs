#!/usr/bin/env node
/**
 * `npm start`: builds Margin, serves the fixture pages on 127.0.0.1 and opens Chromium with Margin
 * loaded and the reference article open. Close the browser (or Ctrl+C) to stop.
 *
 *   node scripts/start.mjs [--no-build] [--port <n>] [--headless]
 *
 * Without a display (no DISPLAY / WAYLAND_DISPLAY on Linux) it runs headless once, saves a screenshot
 * to tests/e2e/screenshots/start.png and exits, so the command still proves the set-up works.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from '../bench/lib/build.mjs';
import { chromePath, launchChromium } from '../tests/e2e/lib/chromium.mjs';
import { startFixtureServer } from '../tests/e2e/lib/fixture-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 0;
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = args.includes('--headless') || noDisplay;

console.log(
  args.includes('--no-build') ? 'start: using the existing build' : 'start: building Margin (wxt build)',
);
const extensionPath = ensureBuild(root, { force: !args.includes('--no-build') });
const server = await startFixtureServer({ root: join(root, 'tests', 'fixtures', 'pages'), port });
const article = server.url('/reference-article.html');

let browser;
try {
  browser = await launchChromium({ extensionPath, headless, viewport: headless ? undefined : null });
  const { context } = browser;
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(article);
  console.log(`
Margin is loaded in ${chromePath} (extension id ${new URL(worker.url()).host}).
  reference article  ${article}
  non-article page   ${server.url('/')}
  real pages         ${server.url('/real/vnexpress-1.html')}, ${server.url('/real/apnews-1.html')}, … (tests/fixtures/README.md)
`);
  if (headless) {
    if (noDisplay)
      console.log('start: no display found, so Chromium ran headless; set DISPLAY to see the browser.');
    await page.waitForTimeout(1500);
    const shot = join(root, 'tests', 'e2e', 'screenshots', 'start.png');
    await mkdir(dirname(shot), { recursive: true });
    await page.screenshot({ path: shot });
    console.log(`screenshot: ${relative(process.cwd(), shot)}`);
  } else {
    console.log('Close the browser window or press Ctrl+C to stop.');
    await new Promise((resolve) => {
      context.once('close', resolve);
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
  }
} finally {
  await browser?.close().catch(() => {});
  await server.close();
}
