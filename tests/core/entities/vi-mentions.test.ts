// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseVietnamese } from '@/src/core/entities/vi/recognise-vietnamese.ts';

const all = (text: string) => recogniseVietnamese(text).map((e) => [e.type, e.text]);

// Sentences written for these tests: short mentions, initials bylines and datelines.
describe('Vietnamese short mentions, bylines and datelines', () => {
  it.each([
    [
      'a defendant named in full as an official earlier',
      'Ông Lê Văn Tâm, nguyên Chủ tịch UBND huyện, bị truy tố. Tại tòa, bị cáo Tâm khai nhận.',
      [
        ['official', 'Lê Văn Tâm'],
        ['org', 'UBND huyện'],
        ['official', 'Tâm'],
      ],
    ],
    ['a defendant who was never named with an office', 'Tại tòa, bị cáo Tâm khai nhận.', []],
    [
      'initials byline on its own line',
      'Mưa lớn gây ngập nhiều tuyến đường.\nL.T.Hà',
      [['person', 'L.T.Hà']],
    ],
    [
      'an outlet in a dateline',
      '(NLĐO) - Bộ Y tế vừa ban hành hướng dẫn.',
      [
        ['org', 'NLĐO'],
        ['org', 'Bộ Y tế'],
      ],
    ],
    ['a parenthesis mid-sentence is no dateline', 'Kết quả (ABC) - được công bố.', []],
  ])('%s', (_rule, text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it('entities never cross a line break', () => {
    for (const e of recogniseVietnamese(
      'Giám đốc Sở Y tế\nNguyễn Văn An phát biểu.\n\nBộ Tài chính\nHà Nội',
    )) {
      expect(e.text).not.toMatch(/\n/);
    }
  });
});
