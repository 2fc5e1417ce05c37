/**
 * The popup (issue 7), driven as a person would in real Chromium with the built extension: the
 * reference article's title, site, date and counts; a kind switch that takes its highlights off the
 * page; the site switch; a non-article page with "Analyse this page"; the same in Vietnamese.
 * Screenshots: popup-article-en/vi, popup-not-article-en/vi, popup-site-off-en.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from './harness.mjs';
import { paintedTexts, waitForLayer } from './lib/highlights.mjs';

let m;
before(async () => {
  m = await launch({ name: 'popup' });
});
after(async () => {
  await m?.close();
});

function assertNoErrors() {
  const errors = m.extensionErrors();
  assert.deepEqual(errors, [], errors.map((e) => `${e.kind} at ${e.url}: ${e.text}`).join('\n'));
}

/** Sets the UI language through the options page, as a person would. */
async function setLanguage(value) {
  const options = await m.context.newPage();
  await options.goto(m.extensionUrl('options.html'));
  await options.locator('#ui-language').selectOption(value);
  await options.waitForFunction((v) => document.documentElement.lang === (v === 'auto' ? 'en' : v), value);
  await options.close();
}

test('shows the article with its counts; a kind switch takes its highlights off the page', async () => {
  const page = await m.openPage('/reference-article.html');
  await waitForLayer(page, 'margin-official', 1);
  await waitForLayer(page, 'margin-date', 1);
  const popup = await m.openPopupFor(page);
  const heading = popup.getByRole('heading', { level: 1 });
  await heading.waitFor({ timeout: 10_000 });
  assert.match(
    await heading.innerText(),
    /Tiểu ban Bảo vệ chính trị nội bộ Trung ương kiểm tra tại tỉnh Đắk Lắk/,
  );
  const meta = await popup.locator('.article-meta').innerText();
  assert.match(meta, /April 24, 2024/);
  for (const kind of ['Officials', 'Organisations', 'Dates']) {
    const row = popup.locator('.kind-row', { has: popup.getByRole('switch', { name: kind }) });
    const count = Number((await row.locator('.kind-count [aria-hidden]').innerText()).replace(/\D/g, ''));
    assert.ok(count > 0, `${kind} counted`);
  }
  assert.match(await popup.locator('.recent .section-title').innerText(), /No annotations on this page yet/);
  await m.screenshot(popup, 'popup-article-en');

  // Dates off: the page loses its date highlights; on again: they come back.
  const dates = popup.getByRole('switch', { name: 'Dates' });
  await dates.click();
  await popup.waitForFunction(() =>
    [...document.querySelectorAll('[role=switch]')].some(
      (s) => s.textContent === 'Dates' && s.getAttribute('aria-checked') === 'false',
    ),
  );
  await page.waitForFunction(() => !CSS.highlights.get('margin-date')?.size, null, { timeout: 10_000 });
  assert.ok(!(await paintedTexts(page))['margin-date']?.length);
  await dates.click();
  await waitForLayer(page, 'margin-date', 1);

  // "Open side panel" opens Chrome's side panel for this tab (a user gesture) without an error.
  const pagesBefore = m.context.pages().length;
  await popup.getByRole('button', { name: 'Open side panel' }).click();
  await popup.waitForTimeout(1000);
  assert.equal(await popup.locator('.status-error').count(), 0, await popup.locator('main').innerText());
  assert.ok(m.context.pages().length >= pagesBefore);
  assertNoErrors();
  await popup.close();
  await page.close();
});

test('switching Margin off for the site says so and keeps the switch to turn it back on', async () => {
  const page = await m.openPage('/reference-article.html');
  await waitForLayer(page, 'margin-official', 1);
  const popup = await m.openPopupFor(page);
  const site = popup.getByRole('switch', { name: /^Use Margin on / });
  await site.click();
  await popup.getByText(/Margin is off on /).waitFor({ timeout: 5000 });
  await m.screenshot(popup, 'popup-site-off-en');
  await site.click();
  await popup.getByRole('heading', { level: 1 }).waitFor({ timeout: 10_000 });
  assertNoErrors();
  await popup.close();
  await page.close();
});

test('a non-article page gets the clear state and “Analyse this page”', async () => {
  const page = await m.openPage('/index.html');
  await page.waitForTimeout(800);
  const popup = await m.openPopupFor(page);
  await popup.getByText('This page does not look like an article.').waitFor({ timeout: 10_000 });
  await m.screenshot(popup, 'popup-not-article-en');
  await popup.getByRole('button', { name: 'Analyse this page' }).click();
  // Analysing on request ends in an article view or an explained state, never a blank popup.
  await popup.waitForFunction(() => !document.body.innerText.includes('Analysing…'), null, {
    timeout: 15_000,
  });
  assert.ok((await popup.locator('main').innerText()).length > 40);
  assertNoErrors();
  await popup.close();
  await page.close();
});

test('in Vietnamese', async () => {
  await setLanguage('vi');
  try {
    const page = await m.openPage('/reference-article.html');
    await waitForLayer(page, 'margin-official', 1);
    const popup = await m.openPopupFor(page);
    await popup.getByRole('heading', { level: 1 }).waitFor({ timeout: 10_000 });
    assert.match(await popup.locator('.article-meta').innerText(), /Đăng ngày 24 tháng 4, 2024/);
    await popup.getByRole('switch', { name: 'Quan chức' }).waitFor();
    await popup.getByRole('button', { name: 'Mở bảng bên' }).waitFor();
    assert.equal(await popup.evaluate(() => document.documentElement.lang), 'vi');
    await m.screenshot(popup, 'popup-article-vi');
    const other = await m.openPage('/index.html');
    await other.waitForTimeout(800);
    const popup2 = await m.openPopupFor(other);
    await popup2.getByRole('button', { name: 'Phân tích trang này' }).waitFor({ timeout: 10_000 });
    await m.screenshot(popup2, 'popup-not-article-vi');
    assertNoErrors();
  } finally {
    await setLanguage('en');
  }
});
