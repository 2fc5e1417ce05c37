/**
 * Composes one picture of Margin at work for the README: a page screenshot with extension panels
 * (popup, side panel) drawn beside it as Chrome shows them, rendered by Chromium itself.
 */
import { readFile } from 'node:fs/promises';

/**
 * @param {import('playwright-core').BrowserContext} context Any context (a blank page is opened and closed).
 * @param {{ page: string, panels: string[], path: string }} files PNG paths: the page, the panels
 *   (placed right of it, top-aligned), and where to write the result.
 * @returns {Promise<string>} `files.path`.
 */
export async function composeOverview(context, { page, panels, path }) {
  const uri = async (file) => `data:image/png;base64,${(await readFile(file)).toString('base64')}`;
  const tab = await context.newPage();
  try {
    const images = [await uri(page), ...(await Promise.all(panels.map(uri)))];
    await tab.setViewportSize({ width: 1280 + panels.length * 440, height: 900 });
    // Built with DOM calls, not markup strings: the inputs are file contents, kept as data.
    await tab.evaluate((sources) => {
      document.body.style.cssText =
        'margin:0;background:#e5e7eb;display:flex;gap:16px;padding:16px;align-items:flex-start';
      sources.forEach((src, i) => {
        const img = document.createElement('img');
        img.src = src;
        img.style.cssText =
          i === 0
            ? 'width:1280px;box-shadow:0 2px 12px #0003'
            : 'width:400px;border-radius:8px;box-shadow:0 4px 18px #0004;background:#fff';
        document.body.append(img);
      });
    }, images);
    await tab.waitForFunction(() => [...document.images].every((i) => i.complete));
    const size = await tab.evaluate(() => ({
      width: document.body.scrollWidth,
      height: document.body.scrollHeight,
    }));
    await tab.setViewportSize(size);
    await tab.screenshot({ path });
    return path;
  } finally {
    await tab.close();
  }
}
