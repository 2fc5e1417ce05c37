/**
 * Living and hostile pages (issue 3): late-loaded content and in-page navigation re-run the pipeline;
 * a page whose text changes every second, a 50,000-word page, a page with iframes and a page that
 * breaks Readability raise no error from Margin and keep working.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from './harness.mjs';
import { paintedTexts, waitForLayer } from './lib/highlights.mjs';

let m;
before(async () => {
  m = await launch({ name: 'living-pages' });
});
after(async () => {
  await m?.close();
});

const ARTICLE_A = [
  'Sáng 12/3, tại Hà Nội, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng chủ trì hội nghị Ban Thường vụ Thành ủy.',
  'Phát biểu tại hội nghị, ông Dũng đề nghị các cấp ủy tập trung hoàn thành kế hoạch năm 2024 của Thành ủy Hà Nội.',
  'Hội nghị cũng nghe báo cáo của Ủy ban Kiểm tra Thành ủy về kết quả kiểm tra, giám sát trong quý I năm 2024.',
  'Các đại biểu thống nhất với dự thảo báo cáo chính trị trình Đại hội đại biểu Đảng bộ thành phố lần thứ XVIII.',
];
const ARTICLE_B = [
  'Chiều 14/3, Bộ trưởng Bộ Tài chính Hồ Đức Phớc đã làm việc với Ủy ban nhân dân tỉnh Bắc Ninh về tình hình thu ngân sách.',
  'Ông Phớc đề nghị tỉnh tiếp tục cải cách thủ tục hành chính, tạo thuận lợi cho doanh nghiệp trong năm 2024.',
  'Tham dự buổi làm việc có lãnh đạo Tổng cục Thuế, Tổng cục Hải quan và các sở, ngành của tỉnh Bắc Ninh.',
  'Báo cáo tại buổi làm việc cho thấy thu ngân sách của tỉnh trong hai tháng đầu năm 2024 đạt kết quả tích cực.',
];

const shell = (head, body) => `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta property="og:type" content="article"><title>Tin thời sự</title>${head}</head><body>
<header><a href="/">Báo Mẫu</a></header>${body}</body></html>`;
const paragraphs = (ps) => ps.map((p) => `<p>${p}</p>`).join('\n');

test('late-loaded article content is analysed when it arrives', async () => {
  m.server.route(
    '/late.html',
    shell(
      '',
      `<main id="main"><p>Đang tải…</p></main>
<script>setTimeout(() => { document.getElementById('main').innerHTML =
  '<article><h1>Hội nghị Ban Thường vụ Thành ủy</h1>' + ${JSON.stringify(paragraphs(ARTICLE_A))} + '</article>'; }, 1500);</script>`,
    ),
  );
  const page = await m.openPage('/late.html');
  await waitForLayer(page, 'margin-official', 1, 20_000);
  const officials = (await paintedTexts(page))['margin-official'].map((p) => p.text);
  assert.ok(officials.includes('Đinh Tiến Dũng'), officials.join(' | '));
  assert.deepEqual(m.extensionErrors(), []);
  await page.close();
});

test('in-page navigation (history API) re-runs the pipeline on the new article', async () => {
  m.server.route(
    '/spa.html',
    shell(
      '',
      `<article id="story"><h1>Hội nghị Ban Thường vụ Thành ủy</h1>${paragraphs(ARTICLE_A)}</article>
<a id="next" href="/spa/b">Bài tiếp</a>
<script>document.getElementById('next').addEventListener('click', (e) => { e.preventDefault();
  history.pushState({}, '', '/spa/b');
  document.getElementById('story').innerHTML = '<h1>Bộ trưởng làm việc tại Bắc Ninh</h1>' + ${JSON.stringify(paragraphs(ARTICLE_B))};
});</script>`,
    ),
  );
  const page = await m.openPage('/spa.html');
  await waitForLayer(page, 'margin-official', 1);
  await page.click('#next');
  await page.waitForFunction(
    () => {
      const h = CSS.highlights.get('margin-official');
      return (
        !!h &&
        [...h].some((r) => r.startContainer.isConnected && r.startContainer.data?.includes('Hồ Đức Phớc'))
      );
    },
    null,
    { timeout: 15_000 },
  );
  const officials = (await paintedTexts(page))['margin-official'].map((p) => p.text);
  assert.ok(officials.includes('Hồ Đức Phớc'), officials.join(' | '));
  assert.ok(!officials.includes('Đinh Tiến Dũng'), 'the old article’s ranges are gone');
  assert.deepEqual(m.extensionErrors(), []);
  await page.close();
});

test('a page whose text changes every second keeps its highlights and stays responsive', async () => {
  m.server.route(
    '/ticker.html',
    shell(
      '',
      `<div id="clock">0</div><article><h1>Hội nghị</h1>${paragraphs(ARTICLE_A)}</article>
<script>let n = 0; setInterval(() => { document.getElementById('clock').textContent = String(++n); }, 1000);
window.__long = []; new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => e.duration)))
  .observe({ type: 'longtask' });</script>`,
    ),
  );
  const page = await m.openPage('/ticker.html');
  await waitForLayer(page, 'margin-official', 1);
  // From here on the page only ticks: Margin must not turn each tick into work of its own.
  await page.evaluate(() => {
    window.__long.length = 0;
  });
  await page.waitForTimeout(4000);
  assert.ok(Number(await page.textContent('#clock')) >= 3, 'the page keeps ticking');
  assert.ok((await paintedTexts(page))['margin-official'].some((p) => p.text === 'Đinh Tiến Dũng'));
  const longTasks = await page.evaluate(() => window.__long);
  assert.ok(
    longTasks.every((d) => d < 200),
    `long tasks: ${longTasks.join(', ')}`,
  );
  assert.deepEqual(m.extensionErrors(), []);
  await page.close();
});

test('a 50,000-word article is painted without errors', async () => {
  const ps = [];
  for (let i = 0; ps.join(' ').split(/\s+/).length < 50_000; i++) ps.push(...(i % 2 ? ARTICLE_A : ARTICLE_B));
  m.server.route('/huge.html', shell('', `<article><h1>Tổng hợp</h1>${paragraphs(ps)}</article>`));
  const page = await m.openPage('/huge.html');
  await waitForLayer(page, 'margin-official', 100, 60_000);
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  assert.deepEqual(m.extensionErrors(), []);
  await page.close();
});

test('a page with iframes and a page that breaks Readability raise no error from Margin', async () => {
  m.server.route('/frame-inner.html', shell('', `<article>${paragraphs(ARTICLE_B)}</article>`));
  m.server.route(
    '/frames.html',
    shell(
      '',
      `<article><h1>Hội nghị</h1>${paragraphs(ARTICLE_A)}</article>
<iframe src="/frame-inner.html" width="600" height="300"></iframe><iframe srcdoc="<p>Quảng cáo</p>"></iframe>`,
    ),
  );
  const page = await m.openPage('/frames.html');
  await waitForLayer(page, 'margin-official', 1);
  // The top page is analysed; the frames are left alone (Margin runs in the top frame only).
  const framePainted = await page.frames()[1].evaluate(() => CSS.highlights.size);
  assert.equal(framePainted, 0);

  // Pathological markup: 3,000 nested elements, a frameset-like shell, no paragraphs.
  const deep = `${'<div>'.repeat(3000)}Ngày 24/4${'</div>'.repeat(3000)}`;
  m.server.route('/broken.html', shell('<script type="application/ld+json">{ broken json </script>', deep));
  const broken = await m.openPage('/broken.html');
  await broken.waitForTimeout(1500);
  assert.equal(await broken.evaluate(() => document.body.textContent.includes('Ngày 24/4')), true);
  assert.deepEqual(m.extensionErrors(), []);
  await broken.close();
  await page.close();
});
