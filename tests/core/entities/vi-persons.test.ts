// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseVietnamese } from '@/src/core/entities/vi/recognise-vietnamese.ts';

const byType = (text: string, type: string) =>
  recogniseVietnamese(text)
    .filter((e) => e.type === type)
    .map((e) => e.text);

// Texts written for these tests (fictional people).
describe('Vietnamese persons', () => {
  it.each([
    ['photo credit', 'Quang cảnh hội nghị.\nẢnh: Lò Thị Hoa/TTXVN\n', ['Lò Thị Hoa']],
    ['byline at the end', 'Hội nghị bế mạc cùng ngày. Thanh Mai', ['Thanh Mai']],
    ['byline with agency', 'Hội nghị bế mạc cùng ngày. Quốc Việt (TTXVN)', ['Quốc Việt']],
    ['byline in capitals on its own line', 'Hội nghị bế mạc cùng ngày.\nPHAN VĂN KHÔI\n', ['PHAN VĂN KHÔI']],
    ['photographer after an agency', 'Hội nghị.\nẢnh: VGP/Đàm Văn Lực\n', ['Đàm Văn Lực']],
    ['initials credit', 'Khách tham quan.\nẢnh: T.M.Hà\n', ['T.M.Hà']],
    [
      'name without office',
      'Các em học tập tư tưởng Hồ Chí Minh và thơ Nguyễn Trãi.',
      ['Hồ Chí Minh', 'Nguyễn Trãi'],
    ],
    [
      'citizens named with an honorific',
      'Chủ tịch UBND xã Đinh Công Lý cho biết ông Vũ Văn Sáu (trú tại thôn 3) đã nộp phạt.',
      ['Vũ Văn Sáu'],
    ],
  ])('%s', (_rule, text, expected) => {
    expect(byType(text, 'person')).toEqual(expected);
  });

  it.each([
    ['agencies are not people', 'Một nhà máy.\nẢnh: Reuters\n'],
    ['"PV" is not a name', 'Ông cho biết thêm.\nẢnh: PV\n'],
    [
      'streets and memorials keep their names',
      'Lễ khánh thành đường Nguyễn Văn Cừ và công viên Lý Tự Trọng.',
    ],
    ['a place after "Bà" is not a person', 'Đoàn viếng nghĩa trang Bà Rịa - Vũng Tàu.'],
    ['a city is not a person', 'Người dân TP Hồ Chí Minh đón Tết.'],
  ])('%s', (_rule, text) => {
    expect([...byType(text, 'person'), ...byType(text, 'official')]).toEqual([]);
  });

  it('reads honorifics as officials only in news of public life', () => {
    const shop = 'Ông Trương Văn Tài, chủ một cửa hàng hoa, cho biết giá tăng.';
    expect(byType(shop, 'person')).toEqual(['Trương Văn Tài']);
    const politics = `Bí thư Tỉnh ủy Lý Văn Mạnh chủ trì. ${shop}`;
    expect(byType(politics, 'official')).toContain('Trương Văn Tài');
  });
});
