/**
 * The harness itself: fixture server (plain, gzipped, routed, 404), off-host blocking and the
 * extension's identity. If these break, every other e2e result is suspect.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { launch } from './harness.mjs';
import { startFixtureServer } from './lib/fixture-server.mjs';

test('fixture server: files, .html.gz, routes, 404 and no escaping the root', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'margin-fixtures-'));
  const server = await startFixtureServer({ root: dir });
  try {
    await writeFile(join(dir, 'plain.html'), '<p>Tiếng Việt</p>');
    await writeFile(join(dir, 'packed.html.gz'), gzipSync('<p>nén</p>'));
    server.route('/variant.html', '<p>variant</p>');

    const plain = await fetch(server.url('/plain.html'));
    assert.equal(plain.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(await plain.text(), '<p>Tiếng Việt</p>');

    for (const path of ['/packed.html', '/packed.html.gz']) {
      const packed = await fetch(server.url(path));
      assert.equal(packed.headers.get('content-encoding'), 'gzip', path);
      assert.equal(packed.headers.get('content-type'), 'text/html; charset=utf-8', path);
      assert.equal(await packed.text(), '<p>nén</p>', path); // fetch inflates it, as a browser does
    }
    assert.equal(await (await fetch(server.url('/variant.html?x=1'))).text(), '<p>variant</p>');
    assert.equal((await fetch(server.url('/missing.js'))).status, 404);
    // fetch() would normalise ../ away; a raw request keeps it.
    const status = await new Promise((resolve, reject) => {
      get({ host: '127.0.0.1', port: server.port, path: '/../../../../etc/passwd' }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on('error', reject);
    });
    assert.equal(status, 404);
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

let m;
before(async () => {
  m = await launch({ name: 'harness' });
});
after(async () => {
  await m?.close();
});

test('Margin is loaded and its service worker answers', async () => {
  assert.match(m.extensionId, /^[a-p]{32}$/);
  const sw = await m.serviceWorker();
  const manifest = await sw.evaluate(() => chrome.runtime.getManifest());
  assert.equal(manifest.manifest_version, 3);
  assert.ok(manifest.permissions.includes('storage'));
});

test('pages load offline: off-host requests are blocked, the tab id resolves', async () => {
  const url = m.server.route(
    '/offline.html',
    '<!doctype html><title>offline</title><img src="https://cdn.example.com/x.png"><p>ok</p>',
  );
  const page = await m.openPage(url);
  assert.equal(await page.title(), 'offline');
  assert.ok(!m.server.requests.some((p) => p.includes('x.png')), 'off-host request reached nobody');
  const blocked = m.errors.some((e) => e.source === 'https://cdn.example.com/x.png');
  assert.ok(blocked, 'the off-host image was blocked by the harness');
  assert.equal(typeof (await m.tabIdOf(page)), 'number');
  await page.close();
});

test("errors from Margin's code are told apart from the page's own", async () => {
  const page = await m.openPage(
    m.server.route('/throws.html', '<!doctype html><script>throw new Error("page script")</script>'),
  );
  await page.waitForTimeout(100);
  assert.ok(m.errors.some((e) => e.text.includes('page script') && !e.fromExtension));
  const sw = await m.serviceWorker();
  await sw.evaluate(() => {
    setTimeout(() => {
      throw new Error('worker boom');
    });
  });
  await page.waitForTimeout(300);
  assert.deepEqual(
    m.extensionErrors().map((e) => e.text.split('\n')[0]),
    ['Uncaught Error: worker boom'],
  );
  await page.close();
});
