// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/src/core/article/detect-article';
import { loadFixture, parseDocument } from './load-fixture';

const longParas = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Đoạn ${i}: Ủy ban nhân dân thành phố đã họp bàn về kế hoạch đầu tư công, các dự án giao thông trọng điểm và việc giải ngân vốn trong những tháng cuối năm nay.</p>`,
).join('');

describe('detectArticle', () => {
  it.each([
    ['vnexpress-1.html', ['json-ld:NewsArticle', 'og:type=article', 'readerable']],
    ['baodautu-1.html', ['og:type=article', 'readerable']],
  ])('%s is an article, for the publisher’s declarations and Readability', (name, reasons) => {
    const result = detectArticle(loadFixture(name));
    expect(result.isArticle).toBe(true);
    expect(result.reasons).toEqual(expect.arrayContaining(reasons));
  });

  it('reads JSON-LD @graph arrays and survives broken JSON-LD', () => {
    const doc = parseDocument(
      `<html><head><script type="application/ld+json">{ not json</script>
       <script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["ReportageNewsArticle"]}]}</script>
       </head><body><p>short</p></body></html>`,
    );
    expect(detectArticle(doc)).toEqual({ isArticle: true, reasons: ['json-ld:ReportageNewsArticle'] });
  });

  it('a page of links is not an article; a readable page without declarations is', () => {
    const nav = parseDocument(
      `<html><body><ul>${'<li><a href="/x">Tin mới</a></li>'.repeat(50)}</ul><article>Teaser</article></body></html>`,
    );
    expect(detectArticle(nav).isArticle).toBe(false);
    const readable = parseDocument(`<html><body><article>${longParas}</article></body></html>`);
    expect(detectArticle(readable)).toEqual({ isArticle: true, reasons: ['readerable', '<article>'] });
  });

  it('og:type website alone does not make an article', () => {
    const doc = parseDocument(
      '<html><head><meta property="og:type" content="website"></head><body></body></html>',
    );
    expect(detectArticle(doc)).toEqual({ isArticle: false, reasons: [] });
  });
});
