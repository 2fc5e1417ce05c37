/**
 * A backup larger than one import part (8 Mi UTF-16 units; issue 4) imported through the side panel:
 * the panel sends it in several messages, shows each stage with a progress bar, and the library comes
 * back whole. The test holds one message at a time (in the panel, before it reaches the background) to
 * photograph a stage, so nothing depends on how fast the machine is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launch } from './harness.mjs';
import { bigBackup } from './lib/big-backup.mjs';

const ANNOTATIONS = 2500;

/**
 * In the side panel: counts the import messages (`window.__sent`), holds those named `type#n` until
 * `release` lets them go, and notes every stage the panel announces (`window.__stages`).
 */
async function watchImport(panel, hold) {
  await panel.evaluate((hold) => {
    const w = /** @type {any} */ (window);
    w.__sent = [];
    w.__stages = [];
    w.__held = new Map();
    w.__hold = new Set(hold);
    const seen = new Map();
    const send = chrome.runtime.sendMessage.bind(chrome.runtime);
    chrome.runtime.sendMessage = (message, ...rest) => {
      const n = seen.get(message?.type) ?? 0;
      seen.set(message?.type, n + 1);
      w.__sent.push(message?.type);
      const key = `${message?.type}#${n}`;
      if (!w.__hold.has(key)) return send(message, ...rest);
      new Promise((release) => w.__held.set(key, release)).then(() => send(message, ...rest));
    };
    new MutationObserver(() => {
      const stage = document.querySelector('#import-stage')?.textContent;
      const bar = document.querySelector('.import-panel progress');
      const entry = `${stage} ${bar?.getAttribute('aria-valuetext') ?? ''}`.trim();
      if (stage && w.__stages.at(-1) !== entry) w.__stages.push(entry);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  }, hold);
}

/** Lets a held message go on to the background, once the panel has sent it. */
function release(panel, key) {
  return panel
    .waitForFunction((k) => window.__held.has(k), key, { timeout: 30_000 })
    .then(() => panel.evaluate((k) => window.__held.get(k)(), key));
}

test('a backup larger than one part imports through the side panel, with its progress shown', async () => {
  const text = bigBackup({ annotations: ANNOTATIONS });
  assert.ok(text.length > 8 * 1024 * 1024, 'the file must need more than one part');
  const m = await launch({ name: 'import-large' });
  try {
    const panel = await m.openSidePanel();
    await panel.getByRole('button', { name: 'Export / Import' }).click();

    await watchImport(panel, ['importPart#1', 'importStatus#0']);
    await panel.locator('input[type=file]').setInputFiles({
      name: 'margin-big-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });

    // Held at the second part: the panel says how much of the file is sent, with a progress bar.
    await panel.waitForFunction(() => window.__held.has('importPart#1'), null, { timeout: 30_000 });
    const bar = panel.getByRole('progressbar');
    await panel.getByText('Loading the file (it stays on this computer)…').waitFor({ timeout: 10_000 });
    assert.match((await bar.getAttribute('aria-valuetext')) ?? '', /^[\d.]+ of 14\.5 MB$/);
    assert.ok(Number(await bar.getAttribute('value')) > 0);
    const cancel = panel.getByRole('button', { name: 'Cancel import' });
    await cancel.waitFor();
    await m.screenshot(panel, 'import-large-sending');
    await release(panel, 'importPart#1');

    // Held at the first status poll: the background has the whole file and is checking it.
    await panel.getByText('Checking the file…').waitFor({ timeout: 30_000 });
    await m.screenshot(panel, 'import-large-checking');
    await release(panel, 'importStatus#0');

    const status = panel.locator('.import-panel [role=status], .import-panel [role=alert]').filter({
      hasText: /Imported|Nothing was imported/,
    });
    await status.first().waitFor({ timeout: 45_000 });
    assert.match(await status.first().innerText(), /Imported 2,500 annotations\./);
    assert.match(await status.first().innerText(), /Articles: 25 new, 0 updated\. Annotations: 2,500 new/);
    await m.screenshot(panel, 'import-large-done');

    const sent = await panel.evaluate(() => window.__sent);
    assert.equal(sent.filter((t) => t === 'importPart').length, 2, `messages: ${sent.join(', ')}`);
    // (The drawer asks once, on opening, for an import to pick up: `importLatest`.)
    assert.deepEqual(sent.filter((t) => t !== 'importLatest').slice(0, 1), ['importBegin']);
    assert.ok(sent.includes('importCommit'));
    const stages = await panel.evaluate(() => window.__stages);
    assert.ok(
      stages.some((s) => s.startsWith('Loading the file (it stays on this computer)…')),
      stages.join(' | '),
    );
    assert.ok(
      stages.some((s) => s.startsWith('Checking the file…')),
      stages.join(' | '),
    );

    await panel.getByRole('button', { name: 'Export / Import' }).click();
    await panel.getByRole('tab', { name: 'Library' }).click();
    await panel.getByText('2,500 annotations').first().waitFor({ timeout: 20_000 });
    await m.screenshot(panel, 'import-large-library');
    assert.deepEqual(m.extensionErrors(), []);
  } finally {
    await m.close();
  }
});

test("when Margin's background stops during an import, the panel says so and nothing is written", async () => {
  const m = await launch({ name: 'import-worker-stopped' });
  try {
    const panel = await m.openSidePanel();
    await panel.getByRole('button', { name: 'Export / Import' }).click();
    await watchImport(panel, ['importCommit#0']);
    await panel.locator('input[type=file]').setInputFiles({
      name: 'margin-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bigBackup({ annotations: 40, noteChars: 200 })),
    });
    await panel.waitForFunction(() => window.__held.has('importCommit#0'), null, { timeout: 30_000 });
    // Chrome stops the worker (as it does after 30 s idle or 5 min on one event); the commit then
    // wakes a new one, which holds no session.
    const cdp = await m.context.newCDPSession(panel);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await release(panel, 'importCommit#0');
    const alert = panel.locator('.import-panel [role=alert]');
    await alert.waitFor({ timeout: 30_000 });
    assert.match(
      await alert.innerText(),
      /^Margin no longer holds this file \(.*Margin restarted\); nothing was imported\. Choose the file again\.$/,
    );
    await m.screenshot(panel, 'import-worker-stopped');
    await panel.getByRole('button', { name: 'Export / Import' }).click();
    await panel.getByRole('tab', { name: 'Library' }).click();
    await panel.getByText(/No annotations yet/).waitFor({ timeout: 10_000 });
  } finally {
    await m.close();
  }
});

test('an import whose side panel was closed is finished, and the next panel shows it after Chrome stopped the worker', async () => {
  const m = await launch({ name: 'import-panel-closed' });
  try {
    const first = await m.openSidePanel();
    await first.getByRole('button', { name: 'Export / Import' }).click();
    await watchImport(first, ['importStatus#0']);
    await first.locator('input[type=file]').setInputFiles({
      name: 'margin-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bigBackup({ annotations: 300, noteChars: 200 })),
    });
    // Committed (its first status poll is held), then the reader closes the panel.
    await first.waitForFunction(() => window.__held.has('importStatus#0'), null, { timeout: 30_000 });
    await first.close();
    // The import ends with no panel open; then Chrome stops the idle worker (it does after 30 s), and
    // the job it held in memory is gone. Its end was kept in storage.session.
    const worker = m.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    await worker.evaluate(async () => {
      for (;;) {
        const kept = (await chrome.storage.session.get('margin:lastImport'))['margin:lastImport'];
        if (kept?.status?.stage === 'done') return;
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    const blank = await m.context.newPage();
    const cdp = await m.context.newCDPSession(blank);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await blank.close();

    const next = await m.openSidePanel();
    const toggle = next.getByRole('button', { name: 'Export / Import' });
    const status = next.locator('.import-panel [role=status], .import-panel [role=alert]').filter({
      hasText: /Imported|Nothing was imported/,
    });
    await status.first().waitFor({ timeout: 30_000 });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true', 'the drawer opens on the import');
    assert.match(await status.first().innerText(), /Imported 300 annotations\./);
    await m.screenshot(next, 'import-resumed');
    await next.close();

    // Its end has been shown: a panel opened after that has nothing to show.
    const later = await m.openSidePanel();
    await later.getByRole('tab', { name: 'Library' }).click();
    await later.getByText('300 annotations').first().waitFor({ timeout: 20_000 });
    assert.equal(
      await later.getByRole('button', { name: 'Export / Import' }).getAttribute('aria-expanded'),
      'false',
    );
    assert.deepEqual(m.extensionErrors(), []);
  } finally {
    await m.close();
  }
});
