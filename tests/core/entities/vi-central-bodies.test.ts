// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseVietnamese } from '@/src/core/entities/vi/recognise-vietnamese.ts';

const ents = (text: string, type: string) =>
  recogniseVietnamese(text)
    .filter((e) => e.type === type)
    .map((e) => e.text);

// Sentences written for these tests: central bodies whose names list domains with commas or run on in
// lower case, read whole from the lexicon, and the official named after them.
describe('Vietnamese central bodies read whole', () => {
  it.each([
    [
      'comma list closed by "và"',
      'Bộ Văn hóa, Thể thao và Du lịch vừa công bố kế hoạch.',
      'Bộ Văn hóa, Thể thao và Du lịch',
    ],
    [
      'lower-case tail after "và"',
      'Bộ Nông nghiệp và Phát triển nông thôn đã họp.',
      'Bộ Nông nghiệp và Phát triển nông thôn',
    ],
    [
      'lower-case designation with "tại"',
      'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp cho biết.',
      'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp',
    ],
    [
      'lower-case designation',
      'Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, mưa lớn kéo dài.',
      'Trung tâm Dự báo khí tượng thủy văn quốc gia',
    ],
    [
      'comma inside a department',
      'Cục Quản lý Khám, chữa bệnh yêu cầu các bệnh viện.',
      'Cục Quản lý Khám, chữa bệnh',
    ],
    [
      'bank with lower-case syllable',
      'Ngân hàng TMCP Công Thương Việt Nam tăng vốn.',
      'Ngân hàng TMCP Công Thương Việt Nam',
    ],
    [
      'police department',
      'Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ kiểm tra.',
      'Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
    ],
  ])('%s', (_rule, text, org) => {
    expect(ents(text, 'org')).toContain(org);
  });

  it('an official after a full ministry name is an official, not a person', () => {
    const text = 'Thứ trưởng Bộ Khoa học và Công nghệ Lê Xuân Định phát biểu.';
    expect(ents(text, 'official')).toEqual(['Lê Xuân Định']);
    expect(ents(text, 'org')).toEqual(['Bộ Khoa học và Công nghệ']);
  });

  it('a comma list does not swallow the next body', () => {
    expect(ents('Bộ Tài chính, Bộ Công Thương và Bộ Xây dựng họp.', 'org')).toEqual([
      'Bộ Tài chính',
      'Bộ Công Thương',
      'Bộ Xây dựng',
    ]);
  });
});
