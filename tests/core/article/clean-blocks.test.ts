// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanBlocks, isDateline } from '@/src/core/article/clean-blocks';
import type { Block } from '@/src/core/article/collect-blocks';

const block = (text: string, extra: Partial<Block> = {}): Block => ({
  text,
  order: 0,
  linkChars: 0,
  boldChars: 0,
  caption: false,
  ...extra,
});
const linked = (text: string) => block(text, { linkChars: text.replace(/\s+/g, '').length });
const bold = (text: string, chars = text.replace(/\s+/g, '').length) => block(text, { boldChars: chars });
const body = block('Ngày 24/4, Phó Cục trưởng Nguyễn Văn Định làm việc với đoàn công tác của tỉnh.');

describe('isDateline', () => {
  it.each([
    'Thứ Tư, 24/4/2024 10:05',
    'Thứ tư, 22/10/2025, 19:25 (GMT+7)',
    '07/03/2026 08:06 GMT+7',
    'Cập nhật lúc 10h05 ngày 24/4/2024',
    'Updated 10:05 AM EDT, April 24, 2024',
    'Published on Sep 14, 2016',
  ])('%s is a dateline', (text) => expect(isDateline(text)).toBe(true));

  it.each([
    'Ngày 24/4, ông Định làm việc tại Hà Nội.',
    'Thứ Tư',
    'Năm 2024 kinh tế tăng trưởng 7%',
    'Tháng 3/2026 có nhiều chính sách mới có hiệu lực',
  ])('%s is not', (text) => expect(isDateline(text)).toBe(false));
});

describe('cleanBlocks', () => {
  const ctx = { title: 'Tiêu đề bài', byline: null, sections: ['Thời sự'] };

  it('drops leading breadcrumbs, declared sections, datelines and a repeated title', () => {
    const input = [
      linked('Sức khỏe'),
      linked('Tin tức'),
      block('Thời sự'),
      block('Tiêu đề bài'),
      block('Thứ Tư, 24/4/2024 10:05'),
      body,
    ];
    expect(cleanBlocks(input, ctx).blocks).toEqual([body]);
  });

  it('keeps body text that merely starts with a link, and long link lists', () => {
    const input = [linked('Xem toàn văn Nghị định 68/2026/NĐ-CP tại đây và các văn bản liên quan'), body];
    expect(cleanBlocks(input, ctx).blocks).toEqual(input);
  });

  it('never drops a caption', () => {
    const caption = block('24/4/2024', { caption: true });
    expect(cleanBlocks([caption, body], ctx).blocks).toEqual([caption, body]);
  });

  it('drops a bold closing signature and reports it; drops "read more" links', () => {
    const result = cleanBlocks([body, bold('Hà Thu (tổng hợp)', 5), linked('Đọc tiếp Về trang Chủ đề')], ctx);
    expect(result.blocks).toEqual([body]);
    expect(result.signature).toBe('Hà Thu (tổng hợp)');
  });

  it('keeps a closing bold sentence and a closing link to a source', () => {
    const sentence = bold('Chúc mừng các bạn.');
    const source = linked('https://nodejs.org/api/inspector.html');
    expect(cleanBlocks([body, source, sentence], ctx).blocks).toEqual([body, source, sentence]);
  });

  it('drops capitalised all-link promos between paragraphs, not other link lines', () => {
    const promo = linked("2 NY RESIDENTS ALLEGEDLY RAN SECRET CHINESE POLICE STATION: 'SIGNIFICANT'");
    const cjk = linked('病気検索と対応方法、症状から検索するWEB問診');
    const acronym = linked('NATO');
    expect(cleanBlocks([body, promo, cjk, acronym, body], ctx).blocks).toEqual([body, cjk, acronym, body]);
  });
});
