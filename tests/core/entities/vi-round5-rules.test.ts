// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { foundVietnamese } from './found';

const found = foundVietnamese;

// Sentences written for these tests (fictional people), one rule each (round-5 blind check).
describe('Vietnamese round-5 rules', () => {
  it.each([
    [
      'a degree after the comma of an office, like a courtesy word, gives the office to the name after it',
      'Hiệu trưởng Trường Đại học Kinh tế Quốc dân, PGS.TS Lê Thị Thu Hà phát biểu.',
      ['[Trường Đại học Kinh tế Quốc dân]', 'Lê Thị Thu Hà = Hiệu trưởng Trường Đại học Kinh tế Quốc dân'],
    ],
    [
      'a degree between an office and the name, in any of its spellings',
      'Thứ trưởng Bộ Y tế GS.TSKH Trần Văn Bình và Giám đốc Sở Y tế, TS. BS Hồ Thị Lan dự họp.',
      ['[Bộ Y tế]', 'Trần Văn Bình = Thứ trưởng Bộ Y tế', '[Sở Y tế]', 'Hồ Thị Lan = Giám đốc Sở Y tế'],
    ],
    [
      'a degree alone does not make an office: a degree-holder without one is a person',
      'Theo PGS.TS Nguyễn Văn Khôi, giá vàng sẽ giảm.',
      ['person:Nguyễn Văn Khôi'],
    ],
    [
      'the supreme court and procuracy by their acronyms and "tối cao"',
      'Phó Chánh án TAND tối cao Vũ Thị Hạnh và Viện trưởng VKSND tối cao Đặng Văn Tường dự lễ.',
      [
        '[TAND tối cao]',
        'Vũ Thị Hạnh = Phó Chánh án TAND tối cao',
        '[VKSND tối cao]',
        'Đặng Văn Tường = Viện trưởng VKSND tối cao',
      ],
    ],
    [
      'a judicial grade after the office noun is part of the office',
      'Kiểm sát viên cao cấp Mạc Thị Huyền thực hành quyền công tố.',
      ['Mạc Thị Huyền = Kiểm sát viên cao cấp'],
    ],
    [
      'a hospital named after a place or a person is a body; its director named after it is not part of it',
      'Giám đốc Bệnh viện Bạch Mai Đào Quang Hưng cho biết Bệnh viện Nguyễn Tri Phương đã tiếp nhận.',
      [
        '[Bệnh viện Bạch Mai]',
        'Đào Quang Hưng = Giám đốc Bệnh viện Bạch Mai',
        '[Bệnh viện Nguyễn Tri Phương]',
      ],
    ],
    [
      'the Youth Union by its full name, which ends in a person’s name',
      'Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh tổ chức lễ tuyên dương.',
      ['[Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh]'],
    ],
    [
      'the Buddhist Sangha and its council; a monk’s religious name after its office',
      'Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam Thích Thanh Quang phát biểu.',
      [
        '[Hội đồng Trị sự Giáo hội Phật giáo Việt Nam]',
        'Thích Thanh Quang = Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam',
      ],
    ],
    [
      'the national universities by their acronyms',
      'Giám đốc ĐHQGHN Lê Quân chủ trì.',
      ['[ĐHQGHN]', 'Lê Quân = Giám đốc ĐHQGHN'],
    ],
    [
      'a firm’s one-word brand between its office and the name is the firm, and the office’s',
      'Tổng Giám đốc Vinacomin Đặng Văn Khoa báo cáo. Thiếu tướng Kha Văn Tú dự.',
      ['[Vinacomin]', 'Đặng Văn Khoa = Tổng Giám đốc Vinacomin', 'Kha Văn Tú = Thiếu tướng'],
    ],
    [
      'a long brand in parentheses after a body is its alias',
      'Tập đoàn Dệt May Việt Nam (Vinatex) họp. Vinatex cho biết.',
      ['[Tập đoàn Dệt May Việt Nam]', '[Vinatex]', '[Vinatex]'],
    ],
    [
      'a command is of the numbered unit or region after it',
      'Bộ Tư lệnh Vùng 2 Hải quân và Bộ Tư lệnh Quân khu 9 phối hợp với Vùng Cảnh sát biển 4.',
      ['[Bộ Tư lệnh Vùng 2 Hải quân]', '[Bộ Tư lệnh Quân khu 9]', '[Vùng Cảnh sát biển 4]'],
    ],
    [
      'offices in parentheses right after a name are that person’s; an age or a place there is not',
      'Dự lễ có chị Rơ Châm H’Lan (Bí thư Tỉnh đoàn Gia Lai) và ông Nông Văn Khải (nguyên Chủ tịch HĐND tỉnh Cao Bằng). Ông Trần Văn Sơn (SN 1970, trú tại Hà Nội) bị bắt.',
      [
        'Rơ Châm H’Lan = Bí thư Tỉnh đoàn Gia Lai',
        '[Tỉnh đoàn Gia Lai]',
        'Nông Văn Khải = nguyên Chủ tịch HĐND tỉnh Cao Bằng',
        '[HĐND tỉnh Cao Bằng]',
        'person:Trần Văn Sơn',
      ],
    ],
    [
      'the presidium of a mass organisation is a body with its owner',
      'Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam họp phiên thứ nhất.',
      ['[Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam]'],
    ],
    [
      'a mission abroad includes the country or city it is in',
      'Tổng Lãnh sự quán Việt Nam tại Osaka đã liên hệ với cảnh sát.',
      ['[Tổng Lãnh sự quán Việt Nam tại Osaka]'],
    ],
    [
      'offices listed with a dash are each the person’s; two held together are one office',
      'Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh Hoàng Văn Nhân và Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam Vi Thị Hòa dự.',
      [
        '[Tỉnh ủy]',
        '[HĐND tỉnh]',
        'Hoàng Văn Nhân = Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh',
        '[Ủy ban Trung ương MTTQ Việt Nam]',
        'Vi Thị Hòa = Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam',
      ],
    ],
    [
      'a district whose name opens with a family name is the body’s locality, not the next person',
      'Bà Vũ Thị Hằng, Bí thư Quận ủy Lê Chân, và ông Đỗ Văn Tâm, Bí thư Huyện ủy Châu Thành, dự họp.',
      [
        'Vũ Thị Hằng = Bí thư Quận ủy Lê Chân',
        '[Quận ủy Lê Chân]',
        'Đỗ Văn Tâm = Bí thư Huyện ủy Châu Thành',
        '[Huyện ủy Châu Thành]',
      ],
    ],
    [
      'a foreign parliament with its country’s formal name; Cambodia’s honorific before a name',
      'Chủ tịch Quốc hội Vương quốc Campuchia Samdech Khuon Sudary hội đàm.',
      ['[Quốc hội Vương quốc Campuchia]', 'Khuon Sudary = Chủ tịch Quốc hội Vương quốc Campuchia'],
    ],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
