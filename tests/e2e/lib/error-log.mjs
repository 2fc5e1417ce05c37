/**
 * Collects what went wrong in a browser context: uncaught exceptions in any page or extension page,
 * console errors from pages and from the extension's service worker. Tests assert on it, e.g.
 * `assert.deepEqual(m.extensionErrors(), [])`.
 */

/**
 * @typedef {object} ErrorEntry
 * @property {'exception' | 'console'} kind
 * @property {string} text The message (with the stack for exceptions).
 * @property {string} url The page or worker URL it came from.
 * @property {string} source The script URL it points at, when known ('' otherwise).
 * @property {boolean} fromExtension True when the page, worker or script belongs to the extension.
 */

/**
 * Starts collecting from `context` (existing and future pages and service workers).
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ log?: boolean }} [options] `log`: echo each entry to stderr as it arrives (default: on
 *   for extension errors only, so a failing test shows why without the noise of saved pages' own scripts).
 * @returns {{ entries: ErrorEntry[], setExtensionId(id: string): void, fromExtension(): ErrorEntry[] }}
 */
export function collectErrors(context, options = {}) {
  /** @type {ErrorEntry[]} */
  const entries = [];
  let prefix = 'chrome-extension://';
  const belongs = (...urls) => urls.some((u) => typeof u === 'string' && u.includes(prefix));

  function push(entry) {
    entries.push(entry);
    if (options.log ?? entry.fromExtension) {
      console.error(`[browser ${entry.kind}] ${entry.url}: ${entry.text}`);
    }
  }

  function onConsole(origin) {
    return (msg) => {
      if (msg.type() !== 'error') return;
      const source = msg.location()?.url ?? '';
      const url = origin();
      push({ kind: 'console', text: msg.text(), url, source, fromExtension: belongs(url, source) });
    };
  }

  context.on('weberror', (webError) => {
    const error = webError.error();
    const url = webError.page()?.url() ?? '';
    const source = webError.location?.()?.url ?? '';
    const text = error.stack || String(error.message ?? error);
    push({ kind: 'exception', text, url, source, fromExtension: belongs(url, source, text) });
  });
  const watchPage = (page) =>
    page.on(
      'console',
      onConsole(() => page.url()),
    );
  const watchWorker = (worker) =>
    worker.on(
      'console',
      onConsole(() => worker.url()),
    );
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);

  return {
    entries,
    setExtensionId(id) {
      prefix = `chrome-extension://${id}`;
      for (const e of entries) e.fromExtension = belongs(e.url, e.source, e.text);
    },
    fromExtension: () => entries.filter((e) => e.fromExtension),
  };
}

/**
 * Playwright reports no uncaught errors for workers: this has a running worker log its uncaught errors
 * and unhandled rejections as console errors, which {@link collectErrors} records. Call it once the
 * worker is up (evaluated from inside the `serviceworker` event, it does not take effect).
 * @param {import('playwright-core').Worker} worker
 * @returns {Promise<void>} never rejects (a stopped worker has nothing more to report).
 */
export async function reportWorkerErrors(worker) {
  await worker
    .evaluate(() => {
      if (self.__marginE2eErrors) return;
      self.__marginE2eErrors = true;
      self.addEventListener('error', (e) => console.error(`Uncaught ${e.error?.stack ?? e.message}`));
      self.addEventListener('unhandledrejection', (e) =>
        console.error(`Unhandled rejection ${e.reason?.stack ?? e.reason}`),
      );
    })
    .catch(() => {});
}
