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
 * Viewport centre of the first occurrence of `text` inside `selector` (for hovering a highlight).
 * @param {import('playwright-core').Page} page
 */
export function pointOfText(page, text, selector = 'body') {
  return page.evaluate(
    ([t, sel]) => {
      const root = document.querySelector(sel) ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(t);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + t.length);
        range.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0];
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    },
    [text, selector],
  );
}

/**
 * Selects `text` (first occurrence under `selector`) as a reader would, and releases the mouse so
 * Margin's toolbar opens.
 * @param {import('playwright-core').Page} page
 */
export async function selectText(page, text, selector = 'body') {
  const box = await page.evaluate(
    ([t, sel]) => {
      const root = document.querySelector(sel) ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(t);
        if (at < 0) continue;
        node.parentElement.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + t.length);
        const rects = range.getClientRects();
        const first = rects[0];
        const last = rects[rects.length - 1];
        return {
          x1: first.left + 1,
          y1: first.top + first.height / 2,
          x2: last.right - 1,
          y2: last.top + last.height / 2,
        };
      }
      return null;
    },
    [text, selector],
  );
  if (!box) throw new Error(`text not found on the page: ${text}`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

/** A locator inside Margin's in-page UI (open shadow roots are pierced by CSS locators). */
export function marginUi(page, name) {
  return page.locator(`margin-ui[data-margin-ui="${name}"]`);
}
