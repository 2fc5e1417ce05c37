/**
 * Makes saved publisher pages load offline: every http(s)/ws request to a host other than the fixture
 * server is aborted at once, so ads, fonts and trackers neither leak out nor hang the page.
 */

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} baseUrl The fixture server, e.g. `http://127.0.0.1:41234`.
 * @returns {Promise<void>}
 */
export async function blockOffHost(context, baseUrl) {
  const allowed = new URL(baseUrl).host;
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.host !== allowed,
    (route) => route.abort('blockedbyclient'),
  );
}
