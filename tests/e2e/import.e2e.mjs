/**
 * Export and import across profiles (issue 4): annotate in one browser profile, export a JSON backup
 * from the side panel, import it into a fresh profile and see the library back; importing twice adds
 * nothing; a backup with a broken record is refused with a message saying where, and writes nothing.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { launch } from './harness.mjs';
import { marginUi, selectText, waitForLayer } from './lib/highlights.mjs';

const QUOTE = 'kiểm tra công tác bảo vệ chính trị nội bộ năm 2024';

async function exportBackup() {
  const m = await launch({ name: 'import-source' });
  try {
    const page = await m.openPage('/reference-article.html');
    await waitForLayer(page, 'margin-official', 1);
    await selectText(page, QUOTE, 'article');
    const editor = marginUi(page, 'annotation-editor');
    await editor.getByRole('button', { name: /Note/ }).click();
    await editor.locator('textarea').fill('Kế hoạch kiểm tra năm 2024 🗂️');
    await editor.locator('input').fill('bảo vệ chính trị, 2024');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByText('Saved').waitFor({ timeout: 5000 });
    const panel = await m.openSidePanel(page);
    await panel.getByRole('button', { name: 'Export / Import' }).click();
    await panel.getByLabel('Everything').check();
    await panel.getByLabel('Format').selectOption('json');
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download' }).click(),
    ]);
    return { text: await readFile(await download.path(), 'utf8'), baseUrl: m.baseUrl };
  } finally {
    await m.close();
  }
}

test('a JSON backup imported into a fresh profile brings the library back, once', async () => {
  const source = await exportBackup();
  assert.equal(JSON.parse(source.text).annotations.length, 1);

  const m = await launch({ name: 'import-target' });
  try {
    // Each launch serves the pages on a new port; on the web an article keeps its address, so the
    // backup's addresses are moved to this server's before importing.
    const backup = source.text.split(source.baseUrl).join(m.baseUrl);
    const panel = await m.openSidePanel();
    const importFile = async (name, text) => {
      await panel.getByRole('button', { name: 'Export / Import' }).click();
      await panel.locator('input[type=file]').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      const status = panel
        .locator('.import-panel [role=status], .import-panel [role=alert]')
        .filter({ hasText: /Imported|Nothing was imported/ });
      await status.first().waitFor({ timeout: 15_000 });
      const message = await status.first().innerText();
      await panel.getByRole('button', { name: 'Export / Import' }).click();
      return message;
    };

    // A backup whose record is broken: refused, with where, and nothing written.
    const broken = JSON.parse(backup);
    broken.annotations[0].selectors = 'not a list';
    assert.match(await importFile('broken.json', JSON.stringify(broken)), /annotations\[0\]\.selectors/);
    await panel.getByRole('tab', { name: 'Library' }).click();
    await panel.getByText(/No annotations yet/).waitFor({ timeout: 10_000 });

    assert.match(await importFile('margin-backup.json', backup), /Imported 1 annotation/);
    await panel.getByRole('tab', { name: 'Library' }).click();
    await panel.getByText('1 annotation').first().waitFor({ timeout: 10_000 });
    await panel.getByText(QUOTE).first().waitFor({ timeout: 5000 });
    await m.screenshot(panel, 'import-library-restored');

    // Importing the same file again adds nothing.
    assert.match(await importFile('margin-backup.json', backup), /Imported 0 annotations/);
    await panel.getByRole('tab', { name: 'Library' }).click();
    await panel.getByText('1 annotation').first().waitFor({ timeout: 10_000 });

    // The imported highlight anchors when its page is visited.
    const page = await m.openPage('/reference-article.html');
    await waitForLayer(page, 'margin-user-yellow', 1);
    assert.deepEqual(m.extensionErrors(), []);
  } finally {
    await m.close();
  }
});
