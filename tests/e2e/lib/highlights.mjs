/**
 * Reading Margin's highlights back from a page, as the browser holds them: `CSS.highlights` entries
 * (the registry is the document's, so the page's main world sees what the content script registered).
 */

/**
 * The painted texts per highlight name (`margin-official`, `margin-user-yellow`…), in document order.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<Record<string, { text: string, inCaption: boolean }[]>>}
 */
export function paintedTexts(page) {
  return page.evaluate(() => {
    const out = {};
    for (const [name, highlight] of CSS.highlights) {
      out[name] = [...highlight].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const el = r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement;
        return {
          text: range.toString().replace(/\s+/g, ' '),
          inCaption: !!el?.closest('figcaption, .caption, [class*="caption" i], [class*="Caption"]'),
        };
      });
    }
    return out;
  });
}

/**
 * Waits until a highlight layer is registered with at least `min` ranges.
 * @param {import('playwright-core').Page} page
 */
export async function waitForLayer(page, name, min = 1, timeout = 15_000) {
  await page.waitForFunction(([n, k]) => (CSS.highlights.get(n)?.size ?? 0) >= k, [name, min], { timeout });
}

/**
 * In the page: the client rects of the first occurrence of `text` under `selector` (scrolled into the
 * middle of the viewport first), or null. Runs in the page, so it closes over nothing.
 */
function rectsOfText([text, selector]) {
  const root = document.querySelector(selector) ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(text);
    if (at < 0) continue;
    node.parentElement.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return [...range.getClientRects()].map((r) => ({
      left: r.left,
      right: r.right,
      top: r.top,
      height: r.height,
      width: r.width,
    }));
  }
  return null;
}

/**
 * Viewport centre of the first occurrence of `text` inside `selector` (for hovering a highlight).
 * @param {import('playwright-core').Page} page
 */
export async function pointOfText(page, text, selector = 'body') {
  const rects = await page.evaluate(rectsOfText, [text, selector]);
  const r = rects?.[0];
  return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
}

/**
 * Selects `text` (first occurrence under `selector`) as a reader would, and releases the mouse so
 * Margin's toolbar opens.
 * @param {import('playwright-core').Page} page
 */
export async function selectText(page, text, selector = 'body') {
  const rects = await page.evaluate(rectsOfText, [text, selector]);
  if (!rects?.length) throw new Error(`text not found on the page: ${text}`);
  const first = rects[0];
  const last = rects[rects.length - 1];
  await page.mouse.move(first.left + 1, first.top + first.height / 2);
  await page.mouse.down();
  await page.mouse.move(last.right - 1, last.top + last.height / 2, { steps: 8 });
  await page.mouse.up();
}

/** A locator inside Margin's in-page UI (open shadow roots are pierced by CSS locators). */
export function marginUi(page, name) {
  return page.locator(`margin-ui[data-margin-ui="${name}"]`);
}
