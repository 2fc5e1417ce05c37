/**
 * End-to-end harness: the built Margin extension (`.output/chrome-mv3`) in Debian's Chromium, with the
 * fixture pages served on 127.0.0.1. It builds nothing: `tests/e2e/run.mjs` builds once when needed.
 *
 *   const m = await launch({ name: 'popup' });
 *   try {
 *     const page = await m.openPage('/reference-article.html');
 *     const popup = await m.openPopupFor(page);
 *     await m.screenshot(popup, 'popup-article');
 *     assert.deepEqual(m.extensionErrors(), []);
 *   } finally { await m.close(); }
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blockOffHost } from './lib/block-off-host.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { collectErrors, reportWorkerErrors } from './lib/error-log.mjs';
import { startFixtureServer } from './lib/fixture-server.mjs';

/** Repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The unpacked Chrome build the harness loads. */
export const extensionPath = join(root, '.output', 'chrome-mv3');
/** Folder served at `/`. */
export const pagesDir = join(root, 'tests', 'fixtures', 'pages');
/** Where `screenshot()` writes. */
export const screenshotDir = join(root, 'tests', 'e2e', 'screenshots');

/** Popup and side panel sizes used when they are opened as tabs (close to what Chrome gives them). */
const popupViewport = { width: 400, height: 600 };
const sidePanelViewport = { width: 420, height: 800 };

/**
 * Launches Chromium with Margin loaded and a fixture server running.
 * @param {{ name?: string, headless?: boolean, viewport?: { width: number, height: number } }} [options]
 *   `name`: a label for logs.
 * @returns {Promise<Margin>}
 * @throws when the build is missing or the extension's service worker does not start.
 *
 * @typedef {object} Margin
 * @property {import('playwright-core').BrowserContext} context
 * @property {string} extensionId
 * @property {string} baseUrl Fixture server, `http://127.0.0.1:<port>`.
 * @property {import('./lib/fixture-server.mjs').FixtureServer} server `server.route(path, html)` serves a variant.
 * @property {import('./lib/error-log.mjs').ErrorEntry[]} errors Everything collected (saved pages' own scripts too).
 * @property {(since?: number) => import('./lib/error-log.mjs').ErrorEntry[]} extensionErrors Errors from
 *   Margin's code only; with `since` = an earlier `errors.length`, only those recorded after that point.
 * @property {() => Promise<import('playwright-core').Worker>} serviceWorker The extension's (live) service worker.
 * @property {(path: string) => Promise<import('playwright-core').Page>} openPage New tab at a fixture path or URL,
 *   after its `load` event.
 * @property {(page: import('playwright-core').Page) => Promise<number>} tabIdOf The chrome.tabs id of a page.
 * @property {(page: import('playwright-core').Page) => Promise<import('playwright-core').Page>} openPopupFor
 *   Opens `popup.html?tab=<id of page>` in a new tab (a popup opened as a tab has no "current tab").
 * @property {(page?: import('playwright-core').Page) => Promise<import('playwright-core').Page>} openSidePanel
 *   Opens `sidepanel.html` (with `?tab=<id>` when a page is given) in a new tab.
 * @property {(path: string) => string} extensionUrl `chrome-extension://<id>/<path>`.
 * @property {(page: import('playwright-core').Page, name: string, options?: { fullPage?: boolean }) => Promise<string>}
 *   screenshot Saves `tests/e2e/screenshots/<name>.png`, prints and returns the path.
 * @property {() => Promise<void>} close Closes browser, server and profile; safe to call twice.
 */
export async function launch(options = {}) {
  const { name = 'e2e', headless = true, viewport = { width: 1280, height: 900 } } = options;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(
      `No build at ${extensionPath}: run \`npm run build\` or \`node tests/e2e/run.mjs --build\`.`,
    );
  }
  const server = await startFixtureServer({ root: pagesDir });
  let browser;
  try {
    browser = await launchChromium({ extensionPath, headless, viewport });
  } catch (error) {
    await server.close();
    throw error;
  }
  const { context } = browser;
  const errorLog = collectErrors(context);
  const close = async () => {
    await browser.close().finally(() => server.close());
  };

  try {
    // Saved publisher pages try to load ads, fonts and trackers: only the fixture host may answer.
    await blockOffHost(context, server.baseUrl);

    const isOurs = (w) => w.url().startsWith('chrome-extension://');
    const first =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }).catch(() => {
        throw new Error(
          `[${name}] Margin's service worker did not start: is ${extensionPath} a loadable build (icons, manifest)?`,
        );
      }));
    const extensionId = new URL(first.url()).host;
    errorLog.setExtensionId(extensionId);
    await reportWorkerErrors(first);
    const extensionUrl = (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

    async function serviceWorker() {
      const live = context.serviceWorkers().find((w) => w.url().startsWith(extensionUrl('')));
      if (live) return live;
      // Chrome keeps a worker alive while DevTools (Playwright) is attached, but if it was stopped
      // anyway, a runtime message from an extension page restarts it.
      const next = context.waitForEvent('serviceworker', { timeout: 10_000 });
      const waker = await context.newPage();
      await waker.goto(extensionUrl('manifest.json')).catch(() => {});
      await waker
        .evaluate(() => chrome.runtime.sendMessage({ type: 'e2e:wake' }).catch(() => {}))
        .catch(() => {});
      try {
        const restarted = await next;
        await reportWorkerErrors(restarted);
        return restarted;
      } finally {
        await waker.close();
      }
    }

    async function tabIdOf(page) {
      const url = page.url();
      const sw = await serviceWorker();
      const ids = await sw.evaluate(
        async (u) => (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id),
        url,
      );
      if (ids.length === 1) return ids[0];
      if (ids.length === 0) throw new Error(`no tab has the URL ${url}`);
      // Several tabs show this URL: the one brought to the front is ours.
      await page.bringToFront();
      const [active] = await sw.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tabs.filter((t) => t.url === u).map((t) => t.id);
      }, url);
      if (active === undefined) throw new Error(`cannot tell which tab shows ${url}`);
      return active;
    }

    async function openExtensionPage(path, size) {
      const page = await context.newPage();
      await page.setViewportSize(size);
      await page.goto(extensionUrl(path));
      await page.waitForLoadState('load');
      return page;
    }

    return {
      context,
      extensionId,
      baseUrl: server.baseUrl,
      server,
      errors: errorLog.entries,
      extensionErrors: (since = 0) => errorLog.entries.slice(since).filter((e) => e.fromExtension),
      serviceWorker,
      extensionUrl,
      tabIdOf,
      async openPage(path) {
        const page = await context.newPage();
        await page.goto(/^[a-z-]+:/.test(path) ? path : server.url(path), { waitUntil: 'load' });
        return page;
      },
      async openPopupFor(page) {
        return openExtensionPage(`popup.html?tab=${await tabIdOf(page)}`, popupViewport);
      },
      async openSidePanel(page) {
        const query = page ? `?tab=${await tabIdOf(page)}` : '';
        return openExtensionPage(`sidepanel.html${query}`, sidePanelViewport);
      },
      async screenshot(page, shotName, { fullPage = false } = {}) {
        await mkdir(screenshotDir, { recursive: true });
        const path = join(screenshotDir, `${shotName}.png`);
        await page.screenshot({ path, fullPage });
        console.log(`screenshot: ${relative(process.cwd(), path)}`);
        return path;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
