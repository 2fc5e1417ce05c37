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
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
