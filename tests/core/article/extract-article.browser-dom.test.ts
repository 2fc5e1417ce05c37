import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/src/core/article/detect-article';
import { extractArticle } from '@/src/core/article/extract-article';

// The content script hands extractArticle the browser's own Document: check the code relies on no
// linkedom quirk by running it on happy-dom's DOM too.
describe('extractArticle on a browser-style DOM (happy-dom)', () => {
  it('extracts text, captions and metadata, leaving the page as it was', () => {
    const para = (n: number) =>
      `<p>Đoạn ${n}: Chủ tịch UBND tỉnh Lê Văn A chủ trì cuộc họp về đầu tư công, giải ngân vốn và tiến độ các dự án giao thông trọng điểm của tỉnh.</p>`;
    const html = `<!doctype html><html lang="vi"><head><title>Tin</title>
      <meta property="og:type" content="article"><meta property="og:site_name" content="Báo Mẫu">
      <meta property="article:published_time" content="2024-04-24T10:05:00+07:00">
      <link rel="canonical" href="/bai-viet-1.html"></head><body>
      <article><p><a href="/thoi-su">Thời sự</a></p>${para(1)}${para(2)}
      <figure><img src="a.jpg"><figcaption class="PhotoCMS_Caption">Ông Lê Văn A phát biểu. Ảnh: TTXVN</figcaption></figure>
      ${para(3)}${para(4)}</article></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const before = doc.documentElement.outerHTML;
    expect(detectArticle(doc).isArticle).toBe(true);
    const a = extractArticle(doc, { url: 'https://bao.example.vn/thoi-su/bai-viet-1.html?utm_source=x' })!;
    expect(a.canonical).toBe('https://bao.example.vn/bai-viet-1.html');
    expect(a.publishedTime).toBe('2024-04-24T10:05:00+07:00');
    expect(a.siteName).toBe('Báo Mẫu');
    expect(a.paragraphs[0]).toMatch(/^Đoạn 1:/);
    expect(a.paragraphs[2]).toBe('Ông Lê Văn A phát biểu. Ảnh: TTXVN');
    expect(a.captions).toEqual(['Ông Lê Văn A phát biểu. Ảnh: TTXVN']);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
