import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '@/src/content/pipeline/find-article-root';
import { buildTextIndex } from '@/src/core/anchoring/text-index';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const paragraphs = [
  'Ngày 24/4, Đoàn kiểm tra số 4 đã có buổi làm việc tại Ban Thường vụ Tỉnh ủy Đắk Lắk.',
  'Tại buổi làm việc, Phó Cục trưởng Nguyễn Văn Định đã công bố quyết định kiểm tra.',
  'Đoàn kiểm tra ghi nhận kết quả công tác bảo vệ chính trị nội bộ của tỉnh.',
];

describe('findArticleRoot', () => {
  it('finds the lowest element holding the article paragraphs, whatever the whitespace', () => {
    const doc = page(`<nav>Trang chủ  Xây dựng Đảng</nav>
      <main><div class="detail"><h1>Tiêu đề</h1>
        <p>${paragraphs[0]!.replace(/ /g, '\n   ')}</p><p>${paragraphs[1]}</p><p><b>${paragraphs[2]}</b></p>
      </div><aside>Xem thêm</aside></main>`);
    const root = findArticleRoot(buildTextIndex(doc.body), paragraphs);
    expect(root?.className).toBe('detail');
  });

  it('gives up (null) when the paragraphs are not in the page', () => {
    const doc = page('<p>Something else entirely, a list of links and a footer.</p>');
    expect(findArticleRoot(buildTextIndex(doc.body), paragraphs)).toBeNull();
  });

  it('keeps a lead paragraph that the body repeats (sapo, then "TTXVN - " and the same sentence)', () => {
    const lead = paragraphs[0]!;
    const doc = page(`<nav>menu</nav><article id="story"><p class="sapo">${lead}</p>
      <div id="body"><p>TTXVN - ${lead}</p><p>${paragraphs[1]}</p><p>${paragraphs[2]}</p></div></article>`);
    expect(
      findArticleRoot(buildTextIndex(doc.body), [lead, `TTXVN - ${lead}`, paragraphs[1]!, paragraphs[2]!])
        ?.id,
    ).toBe('story');
  });
});
