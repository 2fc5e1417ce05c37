/**
 * On the page (issue 3): the reference article and real pages get their officials, organisations and
 * dates painted with CSS highlights; hovering an official opens its card with the titles given here;
 * the keyboard reaches the cards; the page's DOM is untouched.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from './harness.mjs';
import { marginUi, paintedTexts, pointOfText, selectText, waitForLayer } from './lib/highlights.mjs';

let m;
before(async () => {
  m = await launch({ name: 'content' });
});
after(async () => {
  await m?.close();
});

const texts = (painted, kind) => (painted[`margin-${kind}`] ?? []).map((p) => p.text);

test('reference article: officials, organisations and dates painted in place, captions included', async () => {
  const page = await m.openPage('/reference-article.html');
  const htmlBefore = await page.evaluate(() => document.body.innerHTML.length);
  await waitForLayer(page, 'margin-official', 2);
  await waitForLayer(page, 'margin-date', 1);
  const painted = await paintedTexts(page);
  const officials = texts(painted, 'official');
  assert.ok(officials.includes('Lê Hải Bình'), `officials: ${officials.join(' | ')}`);
  assert.ok(officials.includes('Nguyễn Văn Định'), `officials: ${officials.join(' | ')}`);
  const orgs = texts(painted, 'org');
  for (const org of [
    'Ban Thường vụ Tỉnh ủy Đắk Lắk',
    'Cục Bảo vệ chính trị nội bộ',
    'Ban Tổ chức Trung ương',
  ]) {
    assert.ok(orgs.includes(org), `${org} not among orgs: ${orgs.join(' | ')}`);
  }
  assert.ok(texts(painted, 'date').includes('Ngày 24/4'), `dates: ${texts(painted, 'date').join(' | ')}`);
  assert.ok(
    (painted['margin-official'] ?? []).some((p) => p.inCaption),
    'an official named in a photo caption is painted there',
  );
  // Highlights are CSS highlights: the page's DOM is not changed.
  assert.equal(await page.evaluate(() => document.querySelectorAll('mark').length), 0);
  assert.equal(await page.evaluate(() => document.body.innerHTML.length), htmlBefore);
  await m.screenshot(page, 'content-reference-article');
  assert.deepEqual(m.extensionErrors(), []);
  await page.close();
});

test('hovering Nguyễn Văn Định opens his card with his title; Escape closes it', async () => {
  const page = await m.openPage('/reference-article.html');
  await waitForLayer(page, 'margin-official', 2);
  const point = await pointOfText(page, 'Nguyễn Văn Định', 'article');
  assert.ok(point, 'the name is on the page');
  await page.mouse.move(point.x, point.y);
  const card = marginUi(page, 'entity-card').locator('.card');
  await card.waitFor({ state: 'visible', timeout: 5000 });
  const text = await card.innerText();
  assert.match(text, /Nguyễn Văn Định/);
  assert.match(text, /Phó Cục trưởng Cục Bảo vệ chính trị nội bộ/);
  await m.screenshot(page, 'content-entity-card');
  // Selecting text under the open card: the annotation toolbar replaces it, not on top of it.
  await selectText(page, 'Nguyễn Văn Định', 'article');
  await marginUi(page, 'annotation-editor').locator('.bar').waitFor({ state: 'visible', timeout: 5000 });
  assert.equal(await marginUi(page, 'entity-card').evaluate((h) => h.style.display), 'none');
  await page.mouse.move(point.x, point.y + 2);
  await page.waitForTimeout(300);
  assert.equal(
    await marginUi(page, 'entity-card').evaluate((h) => h.style.display),
    'none',
    'no card opens while the toolbar is open',
  );
  await page.mouse.click(5, 5);
  // Keyboard: Alt+Shift+N walks to an entity and puts focus in its card; Escape closes it.
  await page.mouse.move(5, 5);
  await page.keyboard.press('Alt+Shift+KeyN');
  await card.waitFor({ state: 'visible', timeout: 5000 });
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
  assert.equal(await marginUi(page, 'entity-card').evaluate((h) => h.style.display), 'none');
  await page.close();
});

// Real pages: entities a reader of each page would expect to see highlighted.
const REAL = [
  {
    path: '/real/vnexpress-1.html',
    expect: [
      ['official', 'Cao Thị Hồng'],
      ['org', 'Bệnh viện Chợ Rẫy'],
      ['date', 'Ngày 22/10'],
    ],
  },
  {
    path: '/real/baochinhphu-1.html',
    expect: [
      ['org', 'Bộ Công an'],
      ['org', 'Bộ Tài chính'],
      ['date', 'ngày 1/3/2026'],
    ],
  },
  {
    path: '/real/dantri-1.html',
    expect: [
      ['org', 'Ngân hàng Nhà nước'],
      ['date', 'năm 2022'],
    ],
  },
  {
    path: '/real/tuoitre-1.html',
    expect: [
      ['person', 'Phạm Hoàng Thái Dương'],
      ['date', 'ngày 6-3'],
    ],
  },
  {
    path: '/real/apnews-1.html',
    expect: [
      ['official', 'Joe Biden'],
      ['official', 'Lindsey Graham'],
      ['org', 'White House'],
    ],
  },
  {
    path: '/real/whitehouse-speeches.html',
    expect: [
      ['official', 'Obama'],
      ['date', 'April 11, 2015'],
    ],
  },
  {
    path: '/real/politico-1.html',
    expect: [
      ['official', 'Joe Biden'],
      ['org', 'Education Department'],
      ['date', 'Oct. 17, 2022'],
    ],
  },
];

for (const { path, expect } of REAL) {
  test(`real page ${path}: entities painted, no errors`, async () => {
    const page = await m.openPage(path);
    await waitForLayer(page, 'margin-date', 1).catch(() => {});
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('margin-')), null, {
      timeout: 15_000,
    });
    const painted = await paintedTexts(page);
    for (const [kind, text] of expect) {
      assert.ok(
        texts(painted, kind).includes(text),
        `${kind} "${text}" not painted: ${texts(painted, kind).join(' | ')}`,
      );
    }
    // Photographed where the article's first official is painted, not at the site's navigation.
    await page.evaluate(() => {
      const range = [...(CSS.highlights.get('margin-official') ?? [])][0];
      const node = range?.startContainer;
      (node?.nodeType === 1 ? node : node?.parentElement)?.scrollIntoView({ block: 'center' });
    });
    await m.screenshot(page, `content-real-${path.split('/').pop().replace('.html', '')}`);
    assert.deepEqual(m.extensionErrors(), []);
    await page.close();
  });
}

test('popup controls: hiding a kind and switching the site off reach the page, and persist', async () => {
  const page = await m.openPage('/reference-article.html');
  await waitForLayer(page, 'margin-official', 1);
  const popup = await m.openPopupFor(page);
  const officials = popup.getByRole('switch', { name: 'Officials' });
  await officials.waitFor({ timeout: 10_000 });
  await officials.click();
  await page.waitForFunction(() => !CSS.highlights.get('margin-official')?.size, null, { timeout: 10_000 });
  assert.ok((await paintedTexts(page))['margin-org']?.length > 0, 'other kinds stay painted');
  // The setting persists: a new visit starts with officials hidden.
  const again = await m.openPage('/reference-article.html');
  await waitForLayer(again, 'margin-org', 1);
  await again.waitForTimeout(500);
  assert.equal((await paintedTexts(again))['margin-official'], undefined);
  await officials.click();
  await page.waitForFunction(() => CSS.highlights.get('margin-official')?.size > 0, null, {
    timeout: 10_000,
  });

  // Site off: highlights go away; on again: they come back.
  const site = popup.getByRole('switch', { name: /Margin on/ });
  await site.click();
  await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('margin-')), null, {
    timeout: 10_000,
  });
  await site.click();
  await waitForLayer(page, 'margin-official', 1);
  assert.deepEqual(m.extensionErrors(), []);
  await again.close();
  await popup.close();
  await page.close();
});
