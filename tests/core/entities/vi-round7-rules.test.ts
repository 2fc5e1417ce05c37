// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findVietnameseDates } from '@/src/core/entities/dates/vi-dates';
import { foundVietnamese as found } from './found';

const REF = { y: 2019, m: 9, d: 10 };

// Sentences written for these tests (fictional people), one rule each (session 6, the round-7 blind check).
describe('Vietnamese round-7 rules', () => {
  it.each([
    [
      'after a locality noun, two words opening with a family name are a place, before a full name too',
      'Chủ tịch UBND thị xã Sầm Sơn Nguyễn Văn Hùng yêu cầu UBND huyện Quảng Xương làm.',
      ['[UBND thị xã Sầm Sơn]', 'Nguyễn Văn Hùng = Chủ tịch UBND thị xã Sầm Sơn', '[UBND huyện Quảng Xương]'],
    ],
    [
      'a level of education inside a department’s name is no university',
      'Ông Ngô Văn Thịnh (Phó Vụ trưởng Vụ Giáo dục Đại học) dự.',
      ['Ngô Văn Thịnh = Phó Vụ trưởng Vụ Giáo dục Đại học', '[Vụ Giáo dục Đại học]'],
    ],
    [
      'a foreign word after an office’s domain opens the holder’s name',
      'Phía Chile có Bộ trưởng Ngoại giao Camila Soto Herrera, Bộ trưởng Kinh tế, Phát triển và Du lịch Andrés Molina Vega.',
      [
        'Camila Soto Herrera = Bộ trưởng Ngoại giao',
        'Andrés Molina Vega = Bộ trưởng Kinh tế, Phát triển và Du lịch',
      ],
    ],
    [
      'two capitalised words after an office are a domain only when the second is a domain’s',
      'Thứ trưởng Ngoại giao Nguyễn Minh Hạnh cho biết. Theo Thứ trưởng Minh Hạnh, chuyến thăm tốt.',
      ['Nguyễn Minh Hạnh = Thứ trưởng Ngoại giao', 'Minh Hạnh = Thứ trưởng'],
    ],
    [
      'a plural office before a list of names: each holds it',
      'Dự có các Phó Thủ tướng Trương Minh Khải, Lê Thành Đạt và Hồ Đức Phớc.',
      ['Trương Minh Khải = Phó Thủ tướng', 'Lê Thành Đạt = Phó Thủ tướng', 'Hồ Đức Phớc = Phó Thủ tướng'],
    ],
    [
      'an office in parentheses after a birth year makes a defendant an official, and their short name too',
      'Bị cáo Trần Thị Lệ Hằng (SN 1968, nguyên Vụ trưởng Vụ Kế hoạch) khai. Bị cáo Hằng khai. Bị cáo Lê Văn Tý (SN 1980, trú tại Hà Nội) khai.',
      ['Trần Thị Lệ Hằng = nguyên Vụ trưởng Vụ Kế hoạch', '[Vụ Kế hoạch]', 'Hằng = ', 'person:Lê Văn Tý'],
    ],
    [
      'a name before an appointment verb and an office is an official, each of "A và B" too (round 8)',
      'Anh Trần Quốc Khánh tái đắc cử Bí thư. Chị Vũ Thị Ngọc Ánh và anh Đỗ Minh Hoàng được bầu làm Phó Bí thư. Ông Lê Văn Tám được giao nhiệm vụ khó.',
      ['Trần Quốc Khánh = ', 'Vũ Thị Ngọc Ánh = ', 'Đỗ Minh Hoàng = ', 'person:Lê Văn Tám'],
    ],
    [
      'an inspectorate takes a locality like the police ("Thanh tra TP.HCM"), and "TP.HCM" ends an office (round 9)',
      'Thanh tra TP.HCM công bố. Theo kết luận do Phó Chánh Thanh tra TP.HCM Đinh Ngọc Quyên ký. Thanh tra Chính phủ và Thanh tra Bộ Xây dựng họp.',
      [
        '[Thanh tra TP.HCM]',
        'Đinh Ngọc Quyên = Phó Chánh Thanh tra TP.HCM',
        '[Thanh tra Chính phủ]',
        '[Thanh tra Bộ Xây dựng]',
      ],
    ],
    [
      '"Chánh" inside a place name ("Bình Chánh") opens no office',
      'Ông Lý Văn Tám, nguyên Chủ tịch UBND huyện Bình Chánh, dự.',
      ['Lý Văn Tám = nguyên Chủ tịch UBND huyện Bình Chánh', '[UBND huyện Bình Chánh]'],
    ],
    [
      'fields in lower case and joined by a dash stay in a board’s name; "Pháp luật" is law, not France',
      'MTTQ phối hợp với Ban Tiếp công dân Trung ương. Ông Hoàng Đức Minh, Trưởng Ban Dân chủ - Pháp luật Ủy ban Trung ương MTTQ Việt Nam, nói.',
      [
        '[MTTQ]',
        '[Ban Tiếp công dân Trung ương]',
        'Hoàng Đức Minh = Trưởng Ban Dân chủ - Pháp luật Ủy ban Trung ương MTTQ Việt Nam',
        '[Ban Dân chủ - Pháp luật Ủy ban Trung ương MTTQ Việt Nam]',
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a range of days "ngày 9-10/8" is one date, not the 9th of October', () => {
    const text = 'Kỳ thi diễn ra trong ngày 9-10/8 và ngày 10-5-2017.';
    expect(findVietnameseDates(text, REF).map((d) => [text.slice(d.start, d.end), d.value])).toEqual([
      ['ngày 9-10/8', '2019-08-09/2019-08-10'],
      ['ngày 10-5-2017', '2017-05-10'],
    ]);
  });

  it('a year in a law’s name is no date; a year in the clause after a law is', () => {
    const text =
      'Ông vi phạm Bộ luật Hình sự năm 2015 và Luật Cán bộ, công chức năm 2008. Luật này có hiệu lực từ năm 2016.';
    expect(findVietnameseDates(text, REF).map((d) => text.slice(d.start, d.end))).toEqual(['năm 2016']);
  });
});
