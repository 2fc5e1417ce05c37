import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageController } from '../page-controller';

/** Quiet time after the last change before re-running, and the longest a busy page waits. */
const DEBOUNCE_MS = 800;
const MAX_WAIT_MS = 5000;

/**
 * Keeps highlights right on living pages: in-page navigation (history API, via WXT's locationchange)
 * re-runs the whole pipeline; DOM changes are debounced (with a maximum wait, for pages that change every
 * second) and then either re-run the pipeline (no article yet: late-loaded content) or re-anchor and
 * repaint (ranges point into the old DOM). Margin's own UI is ignored. Everything stops with `ctx`.
 */
export function installPageWatch(ctx: ContentScriptContext, controller: PageController): void {
  let timer = 0;
  let firstChangeAt = 0;

  const flush = () => {
    timer = 0;
    firstChangeAt = 0;
    const { status, root, rootTextLength } = controller.state();
    if (status === 'disabled' || status === 'pending') return;
    if (status !== 'article' || !root?.isConnected || grewOrShrank(rootTextLength, root))
      void controller.run();
    else controller.repaint();
  };

  const observer = new MutationObserver((records) => {
    if (records.every((r) => isMarginUi(r.target))) return;
    // Once the article is painted, changes elsewhere (a ticking clock, ads, comments) do not move its
    // ranges: only changes inside the article root, or ones that take it away, need a repaint.
    const { status, root } = controller.state();
    if (status === 'article' && root?.isConnected && records.every((r) => !touches(root, r))) return;
    const now = performance.now();
    if (!firstChangeAt) firstChangeAt = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, MAX_WAIT_MS - (now - firstChangeAt)));
    timer = ctx.setTimeout(flush, wait);
  });
  observer.observe(document.body ?? document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    clearTimeout(timer);
    void controller.run();
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

/**
 * Whether the article's text changed so much (content loaded late, a story replaced in place) that it
 * must be extracted again rather than re-anchored: a fifth of its length, or 200 characters.
 */
function grewOrShrank(before: number, root: Element): boolean {
  const now = root.textContent?.length ?? 0;
  return Math.abs(now - before) > Math.max(200, before * 0.2);
}

function touches(root: Element, record: MutationRecord): boolean {
  return root.contains(record.target) || record.target.contains(root);
}

function isMarginUi(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('margin-ui');
}
