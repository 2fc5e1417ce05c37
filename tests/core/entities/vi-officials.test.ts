// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseVietnamese } from '@/src/core/entities/vi/recognise-vietnamese.ts';

/** The officials found in `text`, as "name = title | title". */
function officials(text: string): string[] {
  return recogniseVietnamese(text)
    .filter((e) => e.type === 'official')
    .map((e) => `${e.text} = ${(e.titles ?? []).map((t) => t.text).join(' | ')}`);
}

// Sentences written for these tests (fictional people), one rule each.
describe('Vietnamese officials and their titles', () => {
  it.each([
    [
      'office before the name',
      'Sáng 3/5, Bí thư Tỉnh ủy Lâm Đồng Trần Văn Khải đã đến dự.',
      ['Trần Văn Khải = Bí thư Tỉnh ủy Lâm Đồng'],
    ],
    [
      'coordinated offices before the name',
      'Ủy viên Bộ Chính trị, Trưởng Ban Kinh tế Trung ương Hà Quang Vinh phát biểu.',
      ['Hà Quang Vinh = Ủy viên Bộ Chính trị | Trưởng Ban Kinh tế Trung ương'],
    ],
    [
      'apposition after a comma',
      'Ông Phùng Đức Hạnh, Phó Chủ tịch UBND tỉnh Kon Tum, Giám đốc Sở Tài chính cho biết như vậy.',
      ['Phùng Đức Hạnh = Phó Chủ tịch UBND tỉnh Kon Tum | Giám đốc Sở Tài chính'],
    ],
    [
      'apposition after a dash',
      'Đoàn do bà Mạc Thị Lan - Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy dẫn đầu.',
      ['Mạc Thị Lan = Ủy viên Ban Thường vụ Thành ủy | Trưởng Ban Dân vận Thành ủy'],
    ],
    [
      'apposition after a birth year',
      'Ông Lục Văn Tâm (SN 1971), chức vụ Huyện ủy viên, Chủ tịch UBND huyện được điều động.',
      ['Lục Văn Tâm = Huyện ủy viên | Chủ tịch UBND huyện'],
    ],
    [
      'parent body in parentheses stays in the office',
      'Phó Vụ trưởng Vụ Địa phương (Ban Nội chính Trung ương) Đào Minh Quý trình bày.',
      ['Đào Minh Quý = Phó Vụ trưởng Vụ Địa phương (Ban Nội chính Trung ương)'],
    ],
    [
      'former',
      'Kỷ luật ông Tạ Văn Hùng, nguyên Giám đốc Sở Xây dựng tỉnh Hà Giang.',
      ['Tạ Văn Hùng = nguyên Giám đốc Sở Xây dựng tỉnh Hà Giang'],
    ],
    [
      'new',
      'Tân Chủ tịch HĐND tỉnh Triệu Thị Mai nhận hoa chúc mừng.',
      ['Triệu Thị Mai = Tân Chủ tịch HĐND tỉnh'],
    ],
    ['acting', 'Quyền Giám đốc Sở Y tế Kiều Văn Bách trả lời.', ['Kiều Văn Bách = Quyền Giám đốc Sở Y tế']],
    [
      'military rank and office',
      'Thượng tướng Vương Đình Lực, Thứ trưởng Bộ Quốc phòng chủ trì.',
      ['Vương Đình Lực = Thượng tướng | Thứ trưởng Bộ Quốc phòng'],
    ],
    [
      'office, comma, honorific, name',
      'Thay mặt lãnh đạo tỉnh, Phó Bí thư Thường trực Tỉnh ủy, ông Đàm Quốc Khánh phát biểu.',
      ['Đàm Quốc Khánh = Phó Bí thư Thường trực Tỉnh ủy'],
    ],
    [
      'fused lower-case body stays one office',
      'Ông Lưu Văn Đạt, Trưởng ban Tuyên giáo Tỉnh ủy, dự hội nghị.',
      ['Lưu Văn Đạt = Trưởng ban Tuyên giáo Tỉnh ủy'],
    ],
    [
      'honorific before the office',
      'Đồng chí Chủ tịch nước Ngô Thành Công tiếp đoàn.',
      ['Ngô Thành Công = Chủ tịch nước'],
    ],
    [
      'fused office with a coordinated domain and a locality',
      'Ông Vàng Văn Páo, Phó Trưởng phòng Lao động và Thương binh huyện, dự họp.',
      ['Vàng Văn Páo = Phó Trưởng phòng Lao động và Thương binh huyện'],
    ],
    [
      '"và" between two people’s offices',
      'Trung tướng Mã Văn Lâm, Tư lệnh Quân khu 2 và Thiếu tướng Kha Văn Tú, Chính ủy Quân khu 2 dự.',
      ['Mã Văn Lâm = Trung tướng | Tư lệnh Quân khu 2', 'Kha Văn Tú = Thiếu tướng | Chính ủy Quân khu 2'],
    ],
    [
      'offices coordinated by "và"',
      'Ông Tô Văn Hải, Bí thư Huyện ủy và Chủ tịch HĐND huyện phát biểu.',
      ['Tô Văn Hải = Bí thư Huyện ủy | Chủ tịch HĐND huyện'],
    ],
    [
      'an office before a given name already named in full',
      'Thủ tướng Hồ Minh Phúc dự họp. Thủ tướng Phúc nhấn mạnh. Chủ tịch Tâm không dự.',
      ['Hồ Minh Phúc = Thủ tướng', 'Phúc = Thủ tướng'],
    ],
    [
      'a plural office before a list of names',
      'Dự có các Phó Thủ tướng: Lã Văn Tùng, Âu Minh Hiền và Giáp Văn Sơn.',
      ['Lã Văn Tùng = Phó Thủ tướng', 'Âu Minh Hiền = Phó Thủ tướng', 'Giáp Văn Sơn = Phó Thủ tướng'],
    ],
    [
      'foreign office with its country',
      'Thủ tướng Canada Justin Trudeau phát biểu.',
      ['Justin Trudeau = Thủ tướng Canada'],
    ],
    [
      'ambassador of one country in another',
      'Đại sứ Việt Nam tại Hàn Quốc Doãn Minh Trí trình quốc thư.',
      ['Doãn Minh Trí = Đại sứ Việt Nam tại Hàn Quốc'],
    ],
    [
      'fused delegation office with a locality',
      'Trưởng đoàn đại biểu Quốc hội tỉnh Hồ Văn Khải phát biểu.',
      ['Hồ Văn Khải = Trưởng đoàn đại biểu Quốc hội tỉnh'],
    ],
  ])('%s', (_rule, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  // In news of public life (someone is named with an office) an honorific marks an office holder too.
  const context = 'Chủ tịch UBND tỉnh Kiều Văn Bách chủ trì. ';
  it.each([
    [
      'a predicate is not a title',
      'Ông Lưu Văn Đạt được bổ nhiệm làm Giám đốc Sở Nội vụ tỉnh Bắc Kạn.',
      'Lưu Văn Đạt = ',
    ],
    [
      'an office in a fronted clause is not a title',
      'Trong thời gian giữ cương vị Giám đốc Sở Công Thương, bà Mạc Thị Lan đã vi phạm.',
      'Mạc Thị Lan = ',
    ],
  ])('%s', (_rule, text, expected) => {
    expect(officials(context + text)).toEqual(['Kiều Văn Bách = Chủ tịch UBND tỉnh', expected]);
  });

  it('gives later short mentions the full name’s key', () => {
    const found = recogniseVietnamese(
      'Bí thư Huyện ủy Lê Hữu Bình chủ trì. Ông Lê Hữu Bình yêu cầu. Đồng chí Bình nhấn mạnh, ông Bình nói.',
    ).filter((e) => e.type === 'official');
    expect(found.map((e) => e.text)).toEqual(['Lê Hữu Bình', 'Lê Hữu Bình', 'Bình', 'Bình']);
    expect(new Set(found.map((e) => e.key)).size).toBe(1);
  });

  it('does not take a place or a body for a name', () => {
    const text = 'Bí thư Quận ủy Cầu Giấy Vi Thị Hằng và Bí thư Thành ủy Hà Nội Nông Văn Toản dự lễ.';
    expect(officials(text)).toEqual([
      'Vi Thị Hằng = Bí thư Quận ủy Cầu Giấy',
      'Nông Văn Toản = Bí thư Thành ủy Hà Nội',
    ]);
  });

  it('reports title offsets into the text', () => {
    const text = 'Hôm qua, Phó Thủ tướng Chính phủ Trịnh Quang Lộc thăm tỉnh.';
    const [official] = recogniseVietnamese(text).filter((e) => e.type === 'official');
    const title = official?.titles?.[0];
    expect(title && text.slice(title.start, title.end)).toBe('Phó Thủ tướng Chính phủ');
  });
});
