/**
 * Highlights, notes and tags (issue 6), driven as a reader would: select a passage, highlight it, add a
 * note and tags; reload and see it back; serve an edited version of the page and see it re-anchor; serve
 * a version without the passage and see it kept as an orphan.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, pagesDir } from './harness.mjs';
import { marginUi, paintedTexts, pointOfText, selectText, waitForLayer } from './lib/highlights.mjs';

const QUOTE = 'kế hoạch kiểm tra và quán triệt mục đích, yêu cầu, nội dung';
const NOTE = 'Ai công bố? <script>window.__pwned = 1</script> <b>không in đậm</b>';

let m;
let original;
before(async () => {
  m = await launch({ name: 'annotations' });
  original = await readFile(join(pagesDir, 'reference-article.html'), 'utf8');
});
after(async () => {
  await m?.close();
});

/** Annotations as stored, read from the extension's IndexedDB in the service worker. */
async function storedAnnotations() {
  const sw = await m.serviceWorker();
  return sw.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('margin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('annotations').objectStore('annotations').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

test('select, highlight, note and tag; reload and see it back; the note stays text', async () => {
  const page = await m.openPage('/reference-article.html');
  await waitForLayer(page, 'margin-official', 1);
  await selectText(page, QUOTE, 'article');
  const editor = marginUi(page, 'annotation-editor');
  await editor.locator('.bar').waitFor({ state: 'visible', timeout: 5000 });
  await m.screenshot(page, 'annotate-toolbar');
  await editor.getByRole('button', { name: /Note/ }).click();
  await editor.locator('textarea').fill(NOTE);
  await editor.locator('input').fill('kiểm tra, Đắk Lắk');
  await editor.getByRole('button', { name: 'Save' }).click();
  await editor.getByText('Saved').waitFor({ timeout: 5000 });
  await waitForLayer(page, 'margin-user-yellow', 1);
  assert.deepEqual(
    (await paintedTexts(page))['margin-user-yellow'].map((p) => p.text),
    [QUOTE],
  );
  const [saved] = await storedAnnotations();
  assert.equal(saved.quote, QUOTE);
  assert.equal(saved.note, NOTE);
  assert.deepEqual(saved.tags, ['kiểm tra', 'Đắk Lắk']);

  await page.reload({ waitUntil: 'load' });
  await waitForLayer(page, 'margin-user-yellow', 1);
  assert.deepEqual(
    (await paintedTexts(page))['margin-user-yellow'].map((p) => p.text),
    [QUOTE],
  );
  // Clicking the highlight opens its note for editing, shown as text and never run.
  const point = await pointOfText(page, 'quán triệt mục đích', 'article');
  await page.mouse.click(point.x, point.y);
  await editor.locator('textarea').waitFor({ state: 'visible', timeout: 5000 });
  assert.equal(await editor.locator('textarea').inputValue(), NOTE);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await m.screenshot(page, 'annotate-edit-note');
  assert.deepEqual(m.extensionErrors(), []);
  await page.close();
});

test('an edited page re-anchors the highlight; a page without the passage keeps it as an orphan', async () => {
  // Edited: a paragraph inserted before it, and a word inside the quote changed.
  const edited = original
    .replace(
      '<p>Tại buổi làm việc',
      '<p>Đoạn mở đầu mới được tòa soạn bổ sung sau khi đăng bài.</p>\n<p>Tại buổi làm việc',
    )
    .replace('quán triệt mục đích', 'quán triệt rõ mục đích');
  assert.notEqual(edited, original);
  m.server.route('/reference-article.html', edited);
  const page = await m.openPage('/reference-article.html');
  await waitForLayer(page, 'margin-user-yellow', 1);
  const [painted] = (await paintedTexts(page))['margin-user-yellow'];
  assert.equal(painted.text, 'kế hoạch kiểm tra và quán triệt rõ mục đích, yêu cầu, nội dung');
  await page.waitForTimeout(300);
  assert.equal((await storedAnnotations())[0].anchorState, 'fuzzy');
  await page.close();

  // Without the passage: nothing painted, the annotation kept and marked orphan.
  const without = original.replace(/<p>Tại buổi làm việc, đại diện[\s\S]*?<\/p>/, '');
  assert.notEqual(without, original);
  m.server.route('/reference-article.html', without);
  const gone = await m.openPage('/reference-article.html');
  await waitForLayer(gone, 'margin-official', 1);
  await gone.waitForTimeout(500);
  assert.equal((await paintedTexts(gone))['margin-user-yellow'], undefined);
  const stored = await storedAnnotations();
  assert.equal(stored.length, 1, 'the orphan is kept');
  assert.equal(stored[0].anchorState, 'orphan');
  await gone.close();
  m.server.route('/reference-article.html', original);
});

test('delete with undo; the keyboard command highlights the selection; bad selections get no highlight', async () => {
  m.server.route('/reference-article.html', original);
  const page = await m.openPage('/reference-article.html');
  await waitForLayer(page, 'margin-official', 1);
  const editor = marginUi(page, 'annotation-editor');

  // The "highlight-selection" command (keyboard shortcut, context menu) goes through the background to the tab.
  await selectText(page, 'Ban Tổ chức Tỉnh ủy, Đảng ủy Công an tỉnh', 'article');
  const sw = await m.serviceWorker();
  const tabId = await m.tabIdOf(page);
  await sw
    .evaluate(
      (id) =>
        chrome.tabs.sendMessage(id, {
          id: 1,
          type: 'highlightSelection',
          data: { colour: 'green' },
          timestamp: Date.now(),
        }),
      tabId,
    )
    .catch(() => {});
  await waitForLayer(page, 'margin-user-green', 1);
  assert.deepEqual(
    (await paintedTexts(page))['margin-user-green'].map((p) => p.text),
    ['Ban Tổ chức Tỉnh ủy, Đảng ủy Công an tỉnh'],
  );

  // Delete it from its editor, then undo.
  const point = await pointOfText(page, 'Đảng ủy Công an tỉnh', 'article');
  await page.mouse.click(point.x, point.y);
  await editor.getByRole('button', { name: 'Delete' }).click();
  await editor.getByRole('button', { name: 'Undo' }).waitFor({ timeout: 5000 });
  await page.waitForFunction(() => !CSS.highlights.get('margin-user-green')?.size);
  await editor.getByRole('button', { name: 'Undo' }).click();
  await waitForLayer(page, 'margin-user-green', 1);

  // A selection inside a form field opens no toolbar.
  await page.evaluate(() => {
    const input = document.querySelector('input[type=search]');
    input.value = 'Phó Cục trưởng';
    input.focus();
    input.select();
  });
  await page.locator('input[type=search]').click({ clickCount: 3 });
  await page.waitForTimeout(300);
  assert.equal(await editor.locator('.bar').count(), 0);

  // A huge selection is refused with a message, and nothing is saved.
  const before = (await storedAnnotations()).length;
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'huge';
    p.textContent = 'Đoạn rất dài. '.repeat(1000);
    document.querySelector('article').append(p);
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await editor.getByText(/too long/).waitFor({ timeout: 5000 });
  assert.equal((await storedAnnotations()).length, before);
  assert.deepEqual(m.extensionErrors(), []);
  await page.close();
});

test('a selection across two paragraphs and one inside a photo caption are highlighted whole', async () => {
  m.server.route('/reference-article.html', original);
  const page = await m.openPage('/reference-article.html');
  await waitForLayer(page, 'margin-official', 1);
  const editor = marginUi(page, 'annotation-editor');
  const pick = async (colour) => {
    await editor.locator('.bar').waitFor({ state: 'visible', timeout: 5000 });
    await editor.locator(`button[data-colour="${colour}"]`).click();
    await editor.getByText('Saved').waitFor({ timeout: 5000 });
  };

  // From the end of one paragraph into the start of the next.
  await page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll('article .article-body > p')];
    const first = paragraphs.find((p) => p.textContent.includes('Tại buổi làm việc, đại diện'));
    const second = first.nextElementSibling;
    const a = first.firstChild;
    const b = second.firstChild;
    const range = document.createRange();
    range.setStart(a, a.data.length - 24);
    range.setEnd(b, 18);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    first.scrollIntoView({ block: 'center' });
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await pick('blue');
  await waitForLayer(page, 'margin-user-blue', 1);
  const [across] = (await paintedTexts(page))['margin-user-blue'];
  assert.match(across.text, /Thành ủy Buôn Ma Thuột\..*Theo báo cáo/);

  // Inside the caption under a photo.
  await selectText(page, 'Tổng Biên tập Tạp chí Cộng sản phát biểu', 'figcaption');
  await pick('pink');
  await waitForLayer(page, 'margin-user-pink', 1);
  const [caption] = (await paintedTexts(page))['margin-user-pink'];
  assert.equal(caption.text, 'Tổng Biên tập Tạp chí Cộng sản phát biểu');
  assert.ok(caption.inCaption);

  await page.reload({ waitUntil: 'load' });
  await waitForLayer(page, 'margin-user-blue', 1);
  await waitForLayer(page, 'margin-user-pink', 1);
  assert.deepEqual(m.extensionErrors(), []);
  await page.close();
});
