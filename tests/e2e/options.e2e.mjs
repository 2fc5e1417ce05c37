/**
 * The options page (issue 7), in Chromium with the built extension: language (the whole UI follows,
 * live), theme (dark screenshots), highlighted kinds, what to remember, and the per-site list with
 * "forget this site". Screenshots: options-en, options-vi, options-dark, popup-dark, sidepanel-page-dark.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from './harness.mjs';
import { waitForLayer } from './lib/highlights.mjs';

let m;
let options;
before(async () => {
  m = await launch({ name: 'options', viewport: { width: 900, height: 1000 } });
  const page = await m.openPage('/reference-article.html');
  await waitForLayer(page, 'margin-official', 1);
  options = await m.context.newPage();
  await options.goto(m.extensionUrl('options.html'));
  await options.getByRole('heading', { name: 'Margin settings' }).waitFor({ timeout: 10_000 });
});
after(async () => {
  await m?.close();
});

/** The stored settings records, read in the service worker. */
async function settingsRecords() {
  const sw = await m.serviceWorker();
  return sw.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('margin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('settings').objectStore('settings').getAll();
          request.onsuccess = () => resolve(Object.fromEntries(request.result.map((r) => [r.key, r.value])));
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Clicks a radio whose checked state follows the stored setting, and waits until it is checked. */
async function pick(radio) {
  await radio.click();
  await radio.page().waitForFunction((el) => el.checked, await radio.elementHandle(), { timeout: 5000 });
}

function assertNoErrors() {
  const errors = m.extensionErrors();
  assert.deepEqual(errors, [], errors.map((e) => `${e.kind} at ${e.url}: ${e.text}`).join('\n'));
}

test('lists the site with its article count; kinds and remembering persist', async () => {
  const site = options.locator('.site-row', { hasText: '127.0.0.1' });
  await site.waitFor({ timeout: 10_000 });
  assert.match(await site.innerText(), /1 article/);
  await m.screenshot(options, 'options-en', { fullPage: true });

  await options.getByRole('switch', { name: 'Dates' }).click();
  await pick(options.getByLabel('Only articles I annotate'));
  const stored = await settingsRecords();
  const global = Object.values(stored).find((v) => v && typeof v === 'object' && 'entityKinds' in v);
  assert.equal(global.entityKinds.date, false);
  assert.equal(global.rememberAllArticles, false);
  await options.getByRole('switch', { name: 'Dates' }).click();
  await pick(options.getByLabel(/Every article I read/));
  assertNoErrors();
});

test('the language switch turns every Margin page Vietnamese, live', async () => {
  const panel = await m.openSidePanel();
  try {
    await panel.getByRole('tab', { name: 'Library' }).waitFor({ timeout: 10_000 });
    await options.locator('#ui-language').selectOption('vi');
    await options.getByRole('heading', { name: 'Cài đặt Margin' }).waitFor();
    // The open side panel follows without a reload (settings are read live).
    await panel.getByRole('tab', { name: 'Thư viện' }).waitFor({ timeout: 5000 });
    assert.equal(await options.evaluate(() => document.documentElement.lang), 'vi');
    assert.equal(await panel.evaluate(() => document.documentElement.lang), 'vi');
    await m.screenshot(options, 'options-vi', { fullPage: true });
  } finally {
    // Back to English whatever happened above, so the tests after this one read the page they expect.
    await options.locator('#ui-language').selectOption('en');
    await options.getByRole('heading', { name: 'Margin settings' }).waitFor();
    await panel.close();
  }
});

test('the dark theme applies to the options, popup and side panel', async () => {
  await pick(options.getByLabel('Dark'));
  await options.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  const background = await options.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(23, 24, 26)');
  await m.screenshot(options, 'options-dark', { fullPage: true });
  const page = await m.openPage('/reference-article.html');
  await waitForLayer(page, 'margin-official', 1);
  const popup = await m.openPopupFor(page);
  await popup.getByRole('heading', { level: 1 }).waitFor({ timeout: 10_000 });
  await m.screenshot(popup, 'popup-dark');
  const panel = await m.openSidePanel(page);
  await panel.locator('.article-header').waitFor({ timeout: 10_000 });
  await m.screenshot(panel, 'sidepanel-page-dark');
  await pick(options.getByLabel('Same as the system'));
  await popup.close();
  await panel.close();
  await page.close();
  assertNoErrors();
});

test('forget this site asks first, then deletes its articles', async () => {
  const site = options.locator('.site-row', { hasText: '127.0.0.1' });
  await site.getByRole('button', { name: 'Forget 127.0.0.1' }).click();
  const confirm = options.getByRole('alertdialog');
  await confirm.waitFor();
  assert.match(await confirm.innerText(), /Your annotations are kept/);
  await confirm.getByRole('button', { name: 'Forget 127.0.0.1' }).click();
  await options.getByText('127.0.0.1 forgotten.').waitFor({ timeout: 5000 });
  await options.waitForFunction(() => !document.body.innerText.includes('1 article'));
  assertNoErrors();
});
