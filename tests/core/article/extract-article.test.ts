// @vitest-environment node
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/src/core/article/extract-article';
import { loadFixture, parseDocument } from './load-fixture';

const url = 'https://example.org/saved-page';

describe('extractArticle on real pages', () => {
  it('vnexpress: metadata, the signature as byline, captions, no breadcrumb or dateline', () => {
    const doc = loadFixture('vnexpress-1.html');
    const a = extractArticle(doc, { url })!;
    expect(a).not.toBeNull();
    expect(a.title).toBe('Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non');
    // The JSON-LD author is the newspaper itself; the person signs at the end in bold.
    expect(a.byline).toBe('Lê Phương');
    expect(a.publishedTime).toBe('2025-10-22T19:25:52+07:00');
    expect(a.lang).toBe('vi');
    expect(a.canonical).toBe(
      'https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html',
    );
    expect(a.url).toBe(url);
    expect(a.captions).toEqual(['Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp']);
    expect(a.text.split('Y bác sĩ nội soi cho bệnh nhân.').length).toBe(2);

    // Readability alone starts with the category and the dateline and ends with the signature …
    const plain = new Readability(loadFixture('vnexpress-1.html')).parse()!.textContent!.trim();
    expect(plain.startsWith('Sức khỏe')).toBe(true);
    // … which are not article text.
    expect(a.paragraphs[0]).toMatch(/^Người đàn ông 63 tuổi/);
    expect(a.text).not.toContain('Sức khỏe\n');
    expect(a.text).not.toContain('22/10/2025, 19:25');
    expect(a.paragraphs.at(-1)).not.toBe('Lê Phương');
  });

  it('baodautu: date from the post-time line, td.media-caption, the domain is no byline', () => {
    const a = extractArticle(loadFixture('baodautu-1.html'), { url })!;
    expect(a.publishedTime).toBe('2026-03-07T08:47');
    expect(a.byline).toBeNull();
    expect(a.captions).toContain('Diễn biến cổ phiếu AAT trong giai đoạn 2021 - 2023');
    expect(a.paragraphs[0]).toMatch(/^Ông Tống Anh Linh - Giám đốc tài chính/);
  });

  it('nld: PhotoCMS captions in reading order, once each', () => {
    const a = extractArticle(loadFixture('nld-1.html'), { url })!;
    expect(a.publishedTime).toBe('2026-03-07T08:06:00+07:00');
    expect(a.siteName).toBe('Báo Người Lao Động Online');
    const official = a.captions.find((c) =>
      c.startsWith('TS Nguyễn Hồng Trang, Giám đốc Đại lý thuế Linh Phong'),
    );
    expect(official).toBeDefined();
    expect(a.paragraphs.filter((p) => p === official)).toHaveLength(1);
    // Reading order: each caption sits between body paragraphs, not appended at the end.
    const firstCaption = a.paragraphs.indexOf(a.captions[0]!);
    expect(firstCaption).toBeGreaterThan(0);
    expect(firstCaption).toBeLessThan(a.paragraphs.length - 1);
  });

  it('telegraph: puts back the captions Readability drops, credit included, once', () => {
    const a = extractArticle(loadFixture('readability-telegraph.html'), {
      url: 'http://fakehost/test/page.html',
    })!;
    expect(a.title).toBe(
      "Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest steps in to mediate",
    );
    expect(a.siteName).toBe('The Telegraph');
    expect(a.lang).toBe('en');
    const tsvangirai = a.paragraphs.filter((p) =>
      p.startsWith('Zimbabwean opposition leader Morgan Tsvangirai'),
    );
    expect(tsvangirai).toHaveLength(1);
    const plain = new Readability(loadFixture('readability-telegraph.html')).parse()!.textContent!;
    expect(plain).not.toContain('Zimbabwean opposition leader Morgan Tsvangirai');
  });

  it('prefers Dublin Core and Readability metadata over generic meta, as Readability does', () => {
    const a = extractArticle(loadFixture('readability-003-metadata-preferred.html'), { url })!;
    expect(a.title).toBe('Dublin Core property title');
    expect(a.byline).toBe('Dublin Core property author');
  });
});

const page = (body: string, head = '') =>
  `<!doctype html><html lang="vi"><head><title>T</title>${head}</head><body>${body}</body></html>`;
const para = (n: number) =>
  `<p>Đoạn văn số ${n} kể chuyện Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng làm việc với lãnh đạo tỉnh về ngân sách, đầu tư công và các dự án trọng điểm trong năm nay.</p>`;

describe('extractArticle on constructed pages', () => {
  it('text is NFC, paragraphs joined by a blank line, whitespace collapsed', () => {
    const decomposed = 'Nguyễn'.normalize('NFD');
    const doc = parseDocument(
      page(`<article><p>Ông   ${decomposed}\n  Văn A nói.</p>${para(1)}${para(2)}${para(3)}</article>`),
    );
    const a = extractArticle(doc, { url })!;
    expect(a.paragraphs[0]).toBe('Ông Nguyễn Văn A nói.');
    expect(a.text).toBe(a.text.normalize('NFC'));
    expect(a.text).toBe(a.paragraphs.join('\n\n'));
    expect(a.text).not.toMatch(/ {2}|\n(?!\n)[^\n]*\n(?!\n)/);
  });

  it('puts back a caption of an image grid Readability removes, in its place', () => {
    const grid =
      '<div class="layout-image-2"><figure><img src="a.jpg"></figure><figure><img src="b.jpg"></figure>' +
      '<figcaption>Phó Bí thư Thành ủy Nguyễn Phước Lộc dâng hương. Ảnh: THUẬN VĂN</figcaption></div>';
    const html = page(`<article>${para(1)}${para(2)}${grid}${para(3)}${para(4)}</article>`);
    const plain = new Readability(parseDocument(html)).parse()!.textContent!;
    expect(plain).not.toContain('Nguyễn Phước Lộc');
    const a = extractArticle(parseDocument(html), { url })!;
    const at = a.paragraphs.indexOf('Phó Bí thư Thành ủy Nguyễn Phước Lộc dâng hương. Ảnh: THUẬN VĂN');
    expect(at).toBe(2);
    expect(a.captions).toEqual([a.paragraphs[at]]);
  });

  it.each(['CreditKevin Frayer/Getty Images', 'Ảnh: TTXVN'])(
    'does not put back a caption that is only a credit: %s',
    (credit) => {
      const grid =
        '<div class="layout-image-2"><figure><img src="a.jpg"><figcaption>' +
        credit +
        '</figcaption></figure><figure><img src="b.jpg"></figure>' +
        '<figcaption>Phó Bí thư Thành ủy Nguyễn Phước Lộc dâng hương.</figcaption></div>';
      const html = page(`<article>${para(1)}${para(2)}${grid}${para(3)}${para(4)}</article>`);
      expect(new Readability(parseDocument(html)).parse()!.textContent!).not.toContain(credit);
      const a = extractArticle(parseDocument(html), { url })!;
      expect(a.captions).toEqual(['Phó Bí thư Thành ủy Nguyễn Phước Lộc dâng hương.']);
      expect(a.text).not.toContain(credit);
    },
  );

  it('drops a leading category line and dateline, keeps a first sentence that has a date', () => {
    const head = '<meta property="article:section" content="Thời sự">';
    const body =
      '<article><p>Thời sự</p><p>Thứ Tư, 24/4/2024 10:05</p>' +
      '<p>Ngày 24/4, Phó Cục trưởng Nguyễn Văn Định làm việc tại Hà Nội.</p>' +
      `${para(1)}${para(2)}</article>`;
    const a = extractArticle(parseDocument(page(body, head)), { url })!;
    expect(a.paragraphs[0]).toBe('Ngày 24/4, Phó Cục trưởng Nguyễn Văn Định làm việc tại Hà Nội.');
  });

  it('reads JSON-LD in @graph, with raw newlines in strings and double-escaped entities', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebPage","name":"x"},
      {"@type":"NewsArticle","headline":"Chi&amp;#7871;n s\u1ef1","datePublished":"2024-04-24T10:05:00+0700",
       "author":[{"@type":"Person","name":"Minh
 Anh"}],"publisher":{"@type":"Organization","name":"Báo Mẫu"}}]}</script>`;
    const a = extractArticle(parseDocument(page(`<article>${para(1)}${para(2)}${para(3)}</article>`, ld)), {
      url,
    })!;
    expect(a.byline).toBe('Minh Anh');
    expect(a.publishedTime).toBe('2024-04-24T10:05:00+07:00');
    expect(a.siteName).toBe('Báo Mẫu');
  });

  it('returns null, without throwing, for pages that break or have no article', () => {
    const throwing = new Proxy({} as Document, {
      get() {
        throw new Error('hostile page');
      },
    });
    expect(extractArticle(throwing, { url })).toBeNull();
    expect(extractArticle(parseDocument('<html><body></body></html>'), { url })).toBeNull();
    expect(extractArticle(parseDocument('<<<>>><p'), { url })).toBeNull();
  });

  it('copes with a 50,000-word article and leaves the page untouched', () => {
    const body = `<article>${Array.from({ length: 2000 }, (_, i) => para(i)).join('')}</article>`;
    const doc = parseDocument(page(body));
    const before = doc.documentElement.outerHTML;
    const a = extractArticle(doc, { url })!;
    expect(a.text.split(/\s+/).length).toBeGreaterThan(50_000);
    expect(a.paragraphs).toHaveLength(2000);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

it('fixture README names a source and licence for every fixture page', () => {
  const readme = readFileSync(new URL('../../fixtures/article/README.md', import.meta.url), 'utf8');
  for (const name of [
    'vnexpress-1.html',
    'baodautu-1.html',
    'nld-1.html',
    'readability-telegraph.html',
    'readability-003-metadata-preferred.html',
  ]) {
    expect(readme).toMatch(
      new RegExp(`\`${name.replace('.', '\\.')}\` \\|[^\\n]*\\| (MIT|Apache-2\\.0) \\|`),
    );
  }
});
