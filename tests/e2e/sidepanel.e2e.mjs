/**
 * The side panel (issue 7) and its export/import (issue 4), driven as a person would in Chromium with
 * the built extension. Data is made through the real flow: visit the reference article and a real
 * English page, select passages and save them with the in-page toolbar. Every view is screenshotted
 * in English and Vietnamese: sidepanel-{page,library,entities,entity,tags,export}-{en,vi}.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { launch } from './harness.mjs';
import { marginUi, selectText, waitForLayer } from './lib/highlights.mjs';

const Q_OFFICIAL = 'Phó Cục trưởng Cục Bảo vệ chính trị nội bộ (Ban Tổ chức Trung ương) Nguyễn Văn Định';
const Q_EARLY = 'Đoàn kiểm tra số 4 của Tiểu ban Bảo vệ chính trị nội bộ Trung ương';
const Q_EN = 'televised debates and a possible sentencing';
const AP_URL = 'https://apnews.com/article/trump-trial-schedule-margin-e2e';
const Q_LIVE = 'kế hoạch kiểm tra và quán triệt mục đích, yêu cầu, nội dung';

let m;
let article;
let panel;

/** Saves the selection of `quote` with a note and tags through Margin's in-page toolbar. */
async function annotate(page, quote, { note = '', tags = '' } = {}) {
  await selectText(page, quote);
  const editor = marginUi(page, 'annotation-editor');
  await editor.locator('.bar').waitFor({ state: 'visible', timeout: 10_000 });
  if (note || tags) {
    await editor.getByRole('button', { name: /Note/ }).click();
    if (note) await editor.locator('textarea').fill(note);
    if (tags) await editor.locator('input').fill(tags);
  }
  await editor.getByRole('button', { name: 'Save' }).click();
  await editor.getByText('Saved').waitFor({ timeout: 10_000 });
  await page.mouse.click(5, 5);
}

/** Reads a whole table of the extension's database in the service worker. */
async function table(name) {
  const sw = await m.serviceWorker();
  return sw.evaluate(
    (store) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('margin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
    name,
  );
}

/** Waits until a table's rows pass `check` (writes go through the background, so land a moment later). */
async function waitForStored(name, check) {
  const deadline = Date.now() + 5000;
  for (;;) {
    if (check(await table(name))) return;
    if (Date.now() > deadline) assert.fail(`${name}: the expected change was not stored`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function assertNoErrors() {
  const errors = m.extensionErrors();
  assert.deepEqual(errors, [], errors.map((e) => `${e.kind} at ${e.url}: ${e.text}`).join('\n'));
}

async function setLanguage(value) {
  const options = await m.context.newPage();
  await options.goto(m.extensionUrl('options.html'));
  await options.locator('#ui-language').selectOption(value);
  await options.waitForFunction((v) => document.documentElement.lang === v, value);
  await options.close();
}

async function openView(name) {
  await panel.getByRole('tab', { name }).click();
  await panel.getByRole('tabpanel').waitFor();
}

before(async () => {
  m = await launch({ name: 'sidepanel', viewport: { width: 1100, height: 900 } });
  // The English page is served at its publisher's address, so the Library has two sites to filter.
  const apnews = await (await fetch(`${m.baseUrl}/real/apnews-1.html`)).text();
  await m.context.route(AP_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: apnews }),
  );
  const en = await m.openPage(AP_URL);
  await en.waitForTimeout(1500);
  await annotate(en, Q_EN, { note: 'schedule', tags: 'election' });
  article = await m.openPage('/reference-article.html');
  await waitForLayer(article, 'margin-official', 1);
  // Made out of reading order on purpose: the panel must list them in reading order.
  await annotate(article, Q_OFFICIAL, { note: 'Phó Cục trưởng', tags: 'nhân sự, theo dõi' });
  await annotate(article, Q_EARLY, { tags: 'nhân sự' });
  assert.equal((await table('annotations')).length, 3);
  // The popup now lists this page's annotations, newest first.
  const popup = await m.openPopupFor(article);
  await popup.getByText('2 annotations on this page').waitFor({ timeout: 10_000 });
  assert.deepEqual(await popup.locator('.recent-list .quote').allInnerTexts(), [Q_EARLY, Q_OFFICIAL]);
  await m.screenshot(popup, 'popup-annotations-en');
  await popup.close();
  panel = await m.openSidePanel(article);
});
after(async () => {
  await m?.close();
});

describe('in English', () => {
  test('This page: annotations in reading order, entities with titles, click shows the passage', async () => {
    await panel.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 10_000 });
    assert.match(
      await panel.locator('.article-header').innerText(),
      /Tiểu ban Bảo vệ chính trị nội bộ Trung ương/,
    );
    await panel.locator('.annotation').nth(1).waitFor();
    const quotes = await panel.locator('.annotation-list .quote').allInnerTexts();
    assert.deepEqual(quotes, [Q_EARLY, Q_OFFICIAL]);
    const officials = panel.locator('.entity-group.kind-official');
    assert.match(await officials.innerText(), /Nguyễn Văn Định/);
    assert.match(await officials.innerText(), /Phó Cục trưởng/);
    await m.screenshot(panel, 'sidepanel-page-en');

    await article.evaluate(() => window.scrollTo(0, 0));
    await panel.locator('.annotation-list .quote', { hasText: Q_OFFICIAL }).click();
    await article.waitForFunction(() => window.scrollY > 100, null, { timeout: 5000 });
    assert.equal(await panel.locator('.toast-error').count(), 0);
    assertNoErrors();
  });

  test('a note edited in place is saved', async () => {
    const item = panel.locator('.annotation', { hasText: Q_EARLY });
    await item.getByRole('button', { name: 'Add note' }).click();
    await item.locator('textarea').fill('đoàn số 4');
    await item.locator('textarea').press('Control+Enter');
    await item.getByText('đoàn số 4').waitFor();
    await waitForStored('annotations', (rows) => rows.find((a) => a.quote === Q_EARLY)?.note === 'đoàn số 4');
  });

  test('Library: every annotation, tag filter, passage links, keyboard tabs', async () => {
    await panel.getByRole('tab', { name: 'This page' }).focus();
    await panel.keyboard.press('ArrowRight');
    assert.equal(await panel.evaluate(() => document.activeElement?.textContent), 'Library');
    await panel.getByText('3 annotations').waitFor({ timeout: 5000 });
    await m.screenshot(panel, 'sidepanel-library-en');
    await panel.getByText('Filters').click();
    await panel.getByLabel('Tag').selectOption('theo dõi');
    await panel.getByText('1 annotation', { exact: true }).waitFor({ timeout: 5000 });
    const href = await panel.locator('.lrow a').first().getAttribute('href');
    assert.match(href, /reference-article\.html#:~:text=/);
    await panel.getByRole('button', { name: 'Clear filters' }).click();
    await panel.getByText('3 annotations').waitFor();
    // The articles read, collapsed under their count; opened, each links to its page.
    const saved = panel.locator('.saved-articles summary');
    await panel.getByText('2 saved articles').waitFor({ timeout: 5000 });
    assert.equal(await panel.locator('.saved-article-list').count(), 0);
    await saved.click();
    const links = panel.locator('.saved-article-list a');
    await links.nth(1).waitFor({ timeout: 5000 });
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(
      hrefs.map((h) => new URL(h).host).sort(),
      ['apnews.com', new URL(article.url()).host].sort(),
    );
    await saved.click();
  });

  test('a narrow panel keeps every tab in view', async () => {
    const wide = panel.viewportSize();
    await panel.setViewportSize({ width: 320, height: wide.height });
    try {
      await panel.getByRole('tab', { name: 'Library' }).click();
      const right = await panel
        .getByRole('tab')
        .evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().right));
      assert.equal(right.length, 4);
      for (const r of right) assert.ok(r <= 320, `a tab ends at ${r}px, past the 320px panel`);
      // Labels wrap between words only: each word of a tab is drawn on one line.
      const broken = await panel.getByRole('tab').evaluateAll((tabs) =>
        tabs.flatMap((tab) => {
          const node = tab.firstChild;
          const out = [];
          for (const m of node.textContent.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (tops.size > 1) out.push(m[0]);
          }
          return out;
        }),
      );
      assert.deepEqual(broken, []);
      await m.screenshot(panel, 'sidepanel-library-narrow-en');
    } finally {
      await panel.setViewportSize(wide);
    }
  });

  test('Library: full-text search over quotes, notes and titles, with or without diacritics', async () => {
    await panel.getByRole('tab', { name: 'Library' }).click();
    const search = panel.getByRole('searchbox', { name: 'Search quotes, notes and titles' });
    try {
      await search.fill('debates');
      await panel.getByText('1 annotation', { exact: true }).waitFor({ timeout: 5000 });
      assert.match(await panel.locator('.lrow').first().innerText(), /televised debates/);
      await search.fill('kiem tra'); // Vietnamese typed without diacritics
      await panel.getByText('2 annotations').waitFor({ timeout: 5000 });
    } finally {
      await search.fill('');
    }
  });

  test('Library: filters by colour, site, mention and date, and sorts; a colour set in place', async () => {
    // A colour changed in place on This page is what the Library's colour filter finds.
    await openView('This page');
    await panel.locator('.annotation', { hasText: Q_EARLY }).getByLabel('Green').check();
    await waitForStored('annotations', (rows) => rows.find((a) => a.quote === Q_EARLY)?.colour === 'green');
    await openView('Library');
    await panel.getByText('3 annotations').waitFor({ timeout: 5000 });
    if (!(await panel.locator('.filter-details').evaluate((d) => d.open))) {
      await panel.getByText('Filters').click();
    }
    const showing = async (count, quote) => {
      await panel.getByText(count, { exact: true }).waitFor({ timeout: 5000 });
      if (quote) assert.match(await panel.locator('.lrow').first().innerText(), new RegExp(quote));
    };
    await panel.getByLabel('Colour').selectOption('green');
    await showing('1 annotation', Q_EARLY);
    await panel.getByLabel('Colour').selectOption('');
    await panel.getByLabel('Site').selectOption('apnews.com');
    await showing('1 annotation', Q_EN);
    await panel.getByLabel('Site').selectOption('');
    await panel.getByLabel('Mentions').selectOption({ label: 'Nguyễn Văn Định' });
    await showing('1 annotation', 'Nguyễn Văn Định');
    await panel.getByLabel('Mentions').selectOption('');
    await showing('3 annotations');

    // Everything was saved today (the panel's own calendar day).
    const [today, tomorrow] = await panel.evaluate(() => {
      const day = (d) => d.toLocaleDateString('sv');
      return [day(new Date()), day(new Date(Date.now() + 864e5))];
    });
    await panel.getByLabel('From', { exact: true }).fill(tomorrow);
    await panel.getByText('Nothing matches these filters.').waitFor({ timeout: 5000 });
    await panel.getByLabel('From', { exact: true }).fill(today);
    await panel.getByLabel('To', { exact: true }).fill(tomorrow);
    await showing('3 annotations');
    await m.screenshot(panel, 'sidepanel-library-filters-en');
    await panel.getByRole('button', { name: 'Clear filters' }).click();

    // Saved in this order: the English passage, then the official, then the early passage.
    await panel.getByLabel('Sort').selectOption('oldest');
    await panel.locator('.lrow').first().filter({ hasText: Q_EN }).waitFor({ timeout: 5000 });
    await panel.getByLabel('Sort').selectOption('newest');
    await panel.locator('.lrow').first().filter({ hasText: Q_EARLY }).waitFor({ timeout: 5000 });
    assertNoErrors();
  });

  test('Library with the keyboard alone: search, open a row, edit its note, Escape back to the row', async () => {
    const active = () =>
      panel.evaluate(() => {
        const el = document.activeElement;
        return {
          cls: el?.className ?? '',
          tag: el?.tagName ?? '',
          text: el?.textContent ?? '',
          label: el?.ariaLabel,
        };
      });
    /** Presses Tab until the focused element passes `test`, at most `max` times. */
    const tabTo = async (what, test, max = 30) => {
      for (let i = 0; i < max; i++) {
        await panel.keyboard.press('Tab');
        if (test(await active())) return;
      }
      assert.fail(`Tab never reached ${what}; stopped on ${JSON.stringify(await active())}`);
    };
    await panel.getByRole('tab', { name: 'Library' }).click();
    await panel.getByRole('tab', { name: 'Library' }).focus();
    await tabTo('the search box', (a) => a.cls.includes('search') && a.tag === 'INPUT');
    await panel.keyboard.type('debates');
    await panel.getByText('1 annotation', { exact: true }).waitFor({ timeout: 5000 });
    await tabTo('the row', (a) => a.cls.includes('lrow-quote'));
    await panel.keyboard.press('Enter');
    await panel.locator('.library-editor').waitFor();
    // The editor takes the focus as it opens (it is given it before its first frame is painted).
    await panel
      .waitForFunction(() => document.activeElement?.classList.contains('library-editor'), null, {
        timeout: 2000,
      })
      .catch(async () => assert.fail(`the editor did not take the focus: ${JSON.stringify(await active())}`));
    await tabTo('Edit note', (a) => a.text === 'Edit note' || a.label === 'Edit note');
    await panel.keyboard.press('Enter');
    // The note box opens with the focus in it (typing before it is there would go nowhere).
    await panel.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    await panel.keyboard.press('End');
    await panel.keyboard.type(' AP');
    await panel.keyboard.press('Control+Enter');
    await waitForStored('annotations', (rows) => rows.find((a) => a.quote === Q_EN)?.note === 'schedule AP');
    // Saved: the note box closes and the focus is back on "Edit note", inside the editor.
    await panel.locator('.library-editor textarea').waitFor({ state: 'detached' });
    await panel.waitForFunction(() => document.activeElement?.textContent === 'Edit note');
    await panel.keyboard.press('Escape');
    await panel.locator('.library-editor').waitFor({ state: 'detached' });
    await panel.waitForFunction(() => document.activeElement?.classList.contains('lrow-quote'));
    assert.match((await active()).text, new RegExp(Q_EN));
    await panel.getByRole('searchbox', { name: 'Search quotes, notes and titles' }).fill('');
  });

  test('People & organisations: an official across articles with titles over time and quotes', async () => {
    await openView('People & organisations');
    await panel.locator('.erow').first().waitFor({ timeout: 5000 });
    await m.screenshot(panel, 'sidepanel-entities-en');
    // Typed without diacritics, as many readers do.
    await panel.getByRole('searchbox', { name: 'Find a person or organisation' }).fill('van dinh');
    const row = panel.getByRole('button', { name: 'Details for Nguyễn Văn Định' });
    await row.waitFor({ timeout: 5000 });
    await row.click();
    await panel.getByRole('heading', { name: 'Nguyễn Văn Định' }).waitFor();
    const text = await panel.locator('.entity-detail').innerText();
    assert.match(text, /Titles over time/i);
    assert.match(text, /Phó Cục trưởng/);
    assert.match(text, /1 article/);
    assert.match(await panel.locator('.entity-quotes').innerText(), /Nguyễn Văn Định/);
    await m.screenshot(panel, 'sidepanel-entity-en');
    await panel.getByRole('button', { name: /Back to the list/ }).click();
  });

  test('Tags: counts, rename, delete with undo', async () => {
    await openView('Tags');
    const row = panel.locator('.tag-row', { hasText: 'nhân sự' });
    await row.waitFor();
    assert.match(await row.innerText(), /2 annotations/);
    await m.screenshot(panel, 'sidepanel-tags-en');
    await row.getByRole('button', { name: 'Rename' }).click();
    await panel.getByLabel('New name for nhân sự').fill('personnel');
    await panel.getByLabel('New name for nhân sự').press('Enter');
    await panel.locator('.tag-row', { hasText: 'personnel' }).waitFor({ timeout: 5000 });
    const tagged = (await table('annotations')).filter((a) => a.tags.includes('personnel'));
    assert.equal(tagged.length, 2);
    await panel.getByRole('button', { name: 'Delete tag election' }).click();
    await panel.getByText('Tag “election” deleted.').waitFor();
    assert.equal(await panel.locator('.tag-row', { hasText: 'election' }).count(), 0);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await panel.locator('.tag-row', { hasText: 'election' }).waitFor({ timeout: 5000 });
    assertNoErrors();
  });

  test('Tags: merge one into another, and give one a colour', async () => {
    await openView('Tags');
    const election = panel.locator('.tag-row', { hasText: 'election' });
    await election.getByRole('button', { name: 'Merge into…' }).click();
    await panel.getByLabel('Merge election into').selectOption('theo dõi');
    await election.getByRole('button', { name: 'Merge into', exact: true }).click();
    await election.waitFor({ state: 'detached', timeout: 5000 });
    await panel.locator('.tag-row', { hasText: 'theo dõi' }).getByText('2 annotations').waitFor();
    const merged = (await table('annotations')).find((a) => a.quote === Q_EN);
    assert.deepEqual(merged.tags, ['theo dõi']);

    await panel.locator('.tag-row', { hasText: 'personnel' }).getByLabel('Green').check();
    await waitForStored('tags', (rows) => rows.find((t) => t.name === 'personnel')?.colour === 'green');
    assertNoErrors();
  });

  test('the open panel follows changes made in the page, live', async () => {
    await openView('Library');
    await panel.getByText('3 annotations').waitFor({ timeout: 5000 });
    // The reader switches to the article's tab and saves a passage there.
    await article.bringToFront();
    await annotate(article, Q_LIVE, { tags: 'live-check' });
    await panel.bringToFront();
    await panel.getByText('4 annotations').waitFor({ timeout: 5000 });
    await openView('Tags');
    await panel.locator('.tag-row', { hasText: 'live-check' }).waitFor({ timeout: 5000 });
    // Deleted from the panel: gone from the page's highlights and from the Library.
    await openView('This page');
    const item = panel.locator('.annotation', { hasText: Q_LIVE });
    await item.getByRole('button', { name: 'Delete annotation' }).click();
    await item.waitFor({ state: 'detached', timeout: 5000 });
    await openView('Library');
    await panel.getByText('3 annotations').waitFor({ timeout: 5000 });
    assert.equal((await table('annotations')).length, 3);
    assertNoErrors();
  });

  test('Export: this article as Markdown, everything as a JSON backup and W3C', async () => {
    await panel.getByRole('button', { name: 'Export / Import' }).click();
    await panel.getByLabel('This article').check();
    await panel.getByLabel('Format').selectOption('markdown');
    await m.screenshot(panel, 'sidepanel-export-en');
    const [md] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download' }).click(),
    ]);
    assert.match(md.suggestedFilename(), /^margin-.*\.md$/);
    const markdown = await readFile(await md.path(), 'utf8');
    assert.match(markdown, /Nguyễn Văn Định/);
    assert.match(markdown, /#:~:text=/);

    await panel.getByLabel('Everything').check();
    await panel.getByLabel('Format').selectOption('json');
    const [json] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download' }).click(),
    ]);
    const backup = JSON.parse(await readFile(await json.path(), 'utf8'));
    assert.equal(backup.format, 'margin-backup');
    assert.equal(backup.annotations.length, 3);

    for (const [format, pattern] of [
      ['csl', /"container-title"/],
      ['bibtex', /@online\{/],
    ]) {
      await panel.getByLabel('Format').selectOption(format);
      const [file] = await Promise.all([
        panel.waitForEvent('download'),
        panel.getByRole('button', { name: 'Download' }).click(),
      ]);
      const text = await readFile(await file.path(), 'utf8');
      assert.match(text, pattern, format);
      assert.match(text, /apnews|AP News/, format);
    }

    await panel.getByLabel('Format').selectOption('w3c');
    const [w3c] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download' }).click(),
    ]);
    const collection = JSON.parse(await readFile(await w3c.path(), 'utf8'));
    assert.equal(collection.type, 'AnnotationCollection');
    await panel.getByRole('button', { name: 'Export / Import' }).click();
    assertNoErrors();
  });

  test('Import: a file that is not JSON gets a clear message and changes nothing', async () => {
    await panel.getByRole('button', { name: 'Export / Import' }).click();
    await panel.locator('input[type=file]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "margin-backup",\n  "annotations": [\n'),
    });
    const message = await panel.getByRole('alert').innerText();
    assert.match(message, /Nothing was imported: the file is not JSON \(not valid JSON at line 3, column 1/);
    assert.equal((await table('annotations')).length, 3);
    await panel.getByRole('button', { name: 'Export / Import' }).click();
  });
});

describe('in Vietnamese', () => {
  test('every view reads in Vietnamese', async () => {
    await setLanguage('vi');
    try {
      await panel.reload();
      await panel.getByRole('tab', { name: 'Trang này' }).waitFor({ timeout: 10_000 });
      await panel.locator('.annotation').nth(1).waitFor();
      assert.match(await panel.locator('#page-annotations').textContent(), /Chú thích/);
      await m.screenshot(panel, 'sidepanel-page-vi');
      await openView('Thư viện');
      await panel.getByText('3 chú thích').waitFor({ timeout: 5000 });
      await m.screenshot(panel, 'sidepanel-library-vi');
      await openView('Nhân vật & tổ chức');
      await panel.locator('.erow').first().waitFor();
      await m.screenshot(panel, 'sidepanel-entities-vi');
      await panel.getByRole('searchbox').fill('Định');
      await panel.getByRole('button', { name: 'Chi tiết về Nguyễn Văn Định' }).click();
      await panel.getByText('Chức danh qua thời gian').waitFor();
      await m.screenshot(panel, 'sidepanel-entity-vi');
      await openView('Thẻ');
      await panel.locator('.tag-row').first().waitFor();
      await m.screenshot(panel, 'sidepanel-tags-vi');
      await panel.getByRole('button', { name: 'Xuất / Nhập' }).click();
      await m.screenshot(panel, 'sidepanel-export-vi');
      assertNoErrors();
    } finally {
      await setLanguage('en');
    }
  });

  test('empty states', async () => {
    const fresh = await launch({ name: 'sidepanel-empty' });
    try {
      const p = await fresh.openSidePanel();
      await p.getByRole('tab', { name: 'Library' }).click();
      await p.getByText(/No annotations yet/).waitFor({ timeout: 10_000 });
      await fresh.screenshot(p, 'sidepanel-library-empty-en');
      await p.getByRole('tab', { name: 'Tags' }).click();
      await p.getByText(/No tags yet/).waitFor();
      await p.getByRole('tab', { name: 'People & organisations' }).click();
      await p.getByText(/No officials or organisations tracked yet/).waitFor();
    } finally {
      await fresh.close();
    }
  });
});
