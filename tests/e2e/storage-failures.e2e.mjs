/**
 * Bad input and a failing database (issue 6), in Chromium with the built extension: the browser's storage
 * full (every IndexedDB write refused with QuotaExceededError, as Chromium does when the disk is full) and
 * the database unavailable (its connection refusing transactions). Each gets a clear message where the
 * reader acted, nothing is half-written, and saving works again once the database does. Also: a
 * selection inside an iframe is not captured. The failures are made by patching IndexedDB's own
 * prototypes in the service worker (the only writer), so Dexie and Margin's code run unchanged.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from './harness.mjs';
import { marginUi, paintedTexts, selectText, waitForLayer } from './lib/highlights.mjs';

let m;
before(async () => {
  m = await launch({ name: 'storage-failures' });
});
after(async () => {
  await m?.close();
});

/** Every record of one table, read straight from IndexedDB in the service worker. */
async function stored(table) {
  const sw = await m.serviceWorker();
  return sw.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('margin');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/**
 * Makes the service worker's IndexedDB fail: 'full' refuses every add/put as a full disk does;
 * 'closed' refuses every new transaction as a connection that is closing does; null restores it.
 */
async function breakDatabase(mode) {
  const sw = await m.serviceWorker();
  await sw.evaluate((how) => {
    const store = IDBObjectStore.prototype;
    const db = IDBDatabase.prototype;
    globalThis.__real ??= { add: store.add, put: store.put, transaction: db.transaction };
    const real = globalThis.__real;
    store.add = real.add;
    store.put = real.put;
    db.transaction = real.transaction;
    if (how === 'full') {
      const refuse = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      store.add = refuse;
      store.put = refuse;
    } else if (how === 'closed') {
      db.transaction = () => {
        throw new DOMException('The database connection is closing.', 'InvalidStateError');
      };
    }
  }, mode);
}

async function openArticle() {
  const page = await m.openPage('/reference-article.html');
  await waitForLayer(page, 'margin-official', 1);
  // The visit is saved before the failure starts, so the test is about the reader's own writes.
  await (await m.serviceWorker()).evaluate(() => new Promise((r) => setTimeout(r, 300)));
  return page;
}

for (const [mode, message] of [['full', /storage for Margin is full; nothing was saved/]]) {
  test(`database ${mode}: a highlight gets a clear message, nothing is written, and it saves once the database is back`, async () => {
    const page = await openArticle();
    const editor = marginUi(page, 'annotation-editor');
    const before = await stored('annotations');
    const tagsBefore = await stored('tags');
    const errorsBefore = m.errors.length;
    await breakDatabase(mode);
    try {
      await selectText(page, 'Ban Tổ chức Tỉnh ủy, Đảng ủy Công an tỉnh', 'article');
      await editor.locator('.bar').waitFor({ state: 'visible', timeout: 5000 });
      await editor.getByRole('button', { name: /Note/ }).click();
      await editor.locator('textarea').fill('ghi chú không được mất');
      await editor.locator('input[list]').fill('nguồn, kiểm tra');
      await editor.getByRole('button', { name: 'Save' }).click();
      const status = editor.locator('.status[data-error=true]');
      await status.waitFor({ timeout: 10_000 });
      assert.match(await status.innerText(), message);
      assert.doesNotMatch(await status.innerText(), /\.\./);
      // What the reader typed is still there to try again with.
      assert.equal(await editor.locator('textarea').inputValue(), 'ghi chú không được mất');
      await m.screenshot(page, `storage-${mode}`);
    } finally {
      await breakDatabase(null);
    }
    // Nothing half-written: no annotation, no tag, and no highlight painted for it.
    assert.equal((await stored('annotations')).length, before.length);
    assert.equal((await stored('tags')).length, tagsBefore.length);
    assert.equal((await paintedTexts(page))['margin-user-yellow']?.length ?? 0, 0);

    // The same editor saves once the database works again.
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByText('Saved').waitFor({ timeout: 10_000 });
    const after = await stored('annotations');
    assert.equal(after.length, before.length + 1);
    const saved = after.find((a) => !before.some((b) => b.id === a.id));
    assert.equal(saved.note, 'ghi chú không được mất');
    const errors = m.extensionErrors(errorsBefore);
    assert.deepEqual(errors, [], errors.map((e) => `${e.kind} at ${e.url}: ${e.text}`).join('\n'));
    await page.close();
  });
}

test('the side panel says when it cannot read the database, and recovers with Try again', async () => {
  const panel = await m.context.newPage();
  // Refuse IndexedDB in this page only, before Margin's code runs in it.
  await panel.addInitScript(() => {
    const real = IDBFactory.prototype.open;
    globalThis.__restoreIdb = () => {
      IDBFactory.prototype.open = real;
    };
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'UnknownError');
    };
  });
  await panel.goto(m.extensionUrl('sidepanel.html'));
  await panel.getByRole('tab', { name: 'Library' }).click();
  const alert = panel.getByRole('alert');
  await alert.waitFor({ timeout: 10_000 });
  const said = await alert.innerText();
  assert.match(said, /could not read its database/);
  // The browser's reason, once; no search or filters over a library that cannot be read.
  assert.equal(said.split('The user denied permission').length - 1, 1, said);
  assert.equal(await panel.getByRole('searchbox').count(), 0);
  await m.screenshot(panel, 'sidepanel-db-error');
  await panel.evaluate(() => globalThis.__restoreIdb());
  await alert.getByRole('button', { name: 'Try again' }).click();
  await panel.getByRole('alert').waitFor({ state: 'detached', timeout: 10_000 });
  await panel.getByRole('searchbox').waitFor({ timeout: 5000 });
  await panel.close();
});

test('a selection inside an iframe is not captured and raises no error', async () => {
  m.server.route(
    '/with-frame.html',
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Khung</title></head><body>
     <h1>Trang có khung</h1>
     <iframe id="f" style="width:600px;height:200px" srcdoc="<p id=t>Bí thư Tỉnh ủy Nguyễn Đình Trung phát biểu tại hội nghị.</p>"></iframe>
     </body></html>`,
  );
  const page = await m.openPage('/with-frame.html');
  const before = (await stored('annotations')).length;
  const errorsBefore = m.errors.length;
  const frame = page.frameLocator('#f');
  await frame.locator('#t').click({ clickCount: 3 });
  await frame
    .locator('#t')
    .evaluate((p) => p.ownerDocument.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })));
  assert.match(
    await frame.locator('#t').evaluate((p) => p.ownerDocument.getSelection().toString()),
    /Nguyễn Đình Trung/,
  );
  await page.waitForTimeout(500);
  assert.equal(await marginUi(page, 'annotation-editor').locator('.bar').count(), 0);
  assert.equal((await stored('annotations')).length, before);
  assert.deepEqual(m.extensionErrors(errorsBefore), []);
  await page.close();
});
