// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recognise } from '@/src/core/entities/recognise.ts';
import { foundVietnamese } from './found';

const found = foundVietnamese;

// Sentences written for these tests (fictional people), one rule each (round-2 blind check).
describe('Vietnamese round-2 rules', () => {
  it.each([
    [
      "offices held together with 'kiêm' are one title",
      'Chủ tịch HĐQT kiêm Tổng Giám đốc Tổng Công ty Cổ phần Sông Hồng Lê Văn Tín phát biểu.',
      [
        '[Tổng Công ty Cổ phần Sông Hồng]',
        'Lê Văn Tín = Chủ tịch HĐQT kiêm Tổng Giám đốc Tổng Công ty Cổ phần Sông Hồng',
      ],
    ],
    [
      'a ministry after a comma stays in the unit’s office',
      'Dự họp có Phó Vụ trưởng Vụ Pháp chế, Bộ Tư pháp Ngô Thị Lựu.',
      ['[Vụ Pháp chế]', '[Bộ Tư pháp]', 'Ngô Thị Lựu = Phó Vụ trưởng Vụ Pháp chế, Bộ Tư pháp'],
    ],
    [
      "'Thường trực Ban Bí thư' is an office and names the Secretariat",
      'Đồng chí Vương Đình Huệ Nam, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư chủ trì.',
      [
        'Vương Đình Huệ Nam = Ủy viên Bộ Chính trị | Thường trực Ban Bí thư',
        '[Bộ Chính trị]',
        '[Ban Bí thư]',
      ],
    ],
    [
      "'Thường trực HĐND tỉnh' alone is still a body",
      'Thường trực HĐND tỉnh đã họp thường kỳ.',
      ['[Thường trực HĐND tỉnh]'],
    ],
    [
      'the head of a district police names the police body',
      'Thượng tá Đỗ Văn Lành - Trưởng Công an huyện Tân Phú - báo cáo.',
      ['Đỗ Văn Lành = Thượng tá | Trưởng Công an huyện Tân Phú', '[Công an huyện Tân Phú]'],
    ],
    [
      "'Thủ trưởng' of an investigation agency",
      'Theo Đại tá Bế Văn Quân, Phó Thủ trưởng Cơ quan Cảnh sát điều tra, vụ án đã rõ.',
      ['Bế Văn Quân = Đại tá | Phó Thủ trưởng Cơ quan Cảnh sát điều tra', '[Cơ quan Cảnh sát điều tra]'],
    ],
    [
      'a state firm’s members’ council chair (HĐTV itself is no body)',
      'Ông Lã Văn Đông, nguyên Chủ tịch HĐTV Tổng công ty Lương thực miền Bắc, bị truy tố.',
      [
        'Lã Văn Đông = nguyên Chủ tịch HĐTV Tổng công ty Lương thực miền Bắc',
        '[Tổng công ty Lương thực miền Bắc]',
      ],
    ],
    [
      'a formal state name qualifies a foreign office; a transliterated name keeps its hyphens',
      'Tổng thống Cộng hòa Colombia Hu-an Ca-mi-lô thăm Việt Nam. Tổng thống Ca-mi-lô phát biểu.',
      ['Hu-an Ca-mi-lô = Tổng thống Cộng hòa Colombia', 'Ca-mi-lô = Tổng thống'],
    ],
    [
      'a country after a ministry’s domain belongs to the office',
      'Ông tiếp Ngài Ivan Petrov, Thứ trưởng Quốc phòng Nga, tại Hà Nội.',
      ['Ivan Petrov = Thứ trưởng Quốc phòng Nga'],
    ],
    [
      'a word that is usually not a name is a short mention of an official named in full',
      'Thứ trưởng Cao Văn Khoa dự. Ông Khoa cho biết. Thứ trưởng Khoa nhấn mạnh.',
      ['Cao Văn Khoa = Thứ trưởng', 'Khoa = ', 'Khoa = Thứ trưởng'],
    ],
    [
      'that word alone, with no official of that name, is nothing',
      'Thứ trưởng Khoa nhấn mạnh. Ông Khoa cho biết.',
      [],
    ],
    [
      'a bare lower-case office before a comma is a noun of the clause',
      'Tiếp thu ý kiến đại biểu, Bộ trưởng Bộ Nội vụ Lò Văn Hợi giải trình.',
      ['[Bộ Nội vụ]', 'Lò Văn Hợi = Bộ trưởng Bộ Nội vụ'],
    ],
    [
      'lower-case tails of units and project boards',
      'Vụ Kinh tế ngành và Ban Quản lý dự án đầu tư xây dựng huyện Đông Anh, Trung tâm Phát triển quỹ đất quận Hà Đông báo cáo.',
      [
        '[Vụ Kinh tế ngành]',
        '[Ban Quản lý dự án đầu tư xây dựng huyện Đông Anh]',
        '[Trung tâm Phát triển quỹ đất quận Hà Đông]',
      ],
    ],
    [
      'an outlet named after a province, before a dash and a date',
      'Báo Lâm Đồng - Ngày 3/4, tỉnh họp.',
      ['[Báo Lâm Đồng]'],
    ],
    [
      'a name inside a facility’s name after an office is not labelled',
      'Đoàn thăm Khu lưu niệm Tổng Bí thư Lê Duẩn Hồng.',
      [],
    ],
    [
      "'Phủ Chủ tịch' is a building, not an office",
      'Tại Phủ Chủ tịch, Chủ tịch nước Đào Quang Vũ tiếp đoàn.',
      ['Đào Quang Vũ = Chủ tịch nước'],
    ],
    [
      "bare 'Trung ương' after a petition verb is the Central Committee",
      'Tỉnh kiến nghị Trung ương sớm có cơ chế; các cơ quan Trung ương phối hợp.',
      ['[Trung ương]'],
    ],
    [
      'Quân ủy Trung ương and a less common family name',
      'Phó Bí thư Quân ủy Trung ương Tất Văn Hòa và Trưởng ban Dân vận Tỉnh ủy Điểu Văn Bình dự.',
      [
        '[Quân ủy Trung ương]',
        'Tất Văn Hòa = Phó Bí thư Quân ủy Trung ương',
        'Điểu Văn Bình = Trưởng ban Dân vận Tỉnh ủy',
      ],
    ],
    [
      'numerals are given names after a family and a middle name',
      'Ông Lê Văn Hai, Giám đốc Sở Xây dựng, và bà Đỗ Thị Ba dự. Hai đơn vị ký kết.',
      ['Lê Văn Hai = Giám đốc Sở Xây dựng', '[Sở Xây dựng]', 'Đỗ Thị Ba = '],
    ],
    [
      'the party organisation of a province’s bloc of agencies',
      'Đảng bộ Khối các cơ quan tỉnh tổng kết năm.',
      ['[Đảng bộ Khối các cơ quan tỉnh]'],
    ],
    [
      'a birth year then an address, or an age then "người dân", marks a private person',
      'Bí thư Huyện ủy Lý Văn Thông dự. Ông Chu Văn Sáu (SN 1970, trú tại xã Tân An) và bà Mai Thị Hoa, 58 tuổi, người dân ấp 2, phản ánh.',
      ['[Huyện ủy]', 'Lý Văn Thông = Bí thư Huyện ủy', 'person:Chu Văn Sáu', 'person:Mai Thị Hoa'],
    ],
    [
      'the border guard and the coast guard are bodies, with their localities',
      'Bộ đội Biên phòng tỉnh Hà Giang và Bộ Tư lệnh Cảnh sát biển Việt Nam phối hợp.',
      ['[Bộ đội Biên phòng tỉnh Hà Giang]', '[Bộ Tư lệnh Cảnh sát biển Việt Nam]'],
    ],
    [
      "abbreviated ministries and departments joined by '&'",
      'Giám đốc Sở GD&ĐT Hoàng Văn Tư, Sở LĐ-TB&XH tỉnh Hà Nam và Bộ TN&MT họp.',
      ['[Sở GD&ĐT]', 'Hoàng Văn Tư = Giám đốc Sở GD&ĐT', '[Sở LĐ-TB&XH tỉnh Hà Nam]', '[Bộ TN&MT]'],
    ],
    [
      'a branch in a province is part of the body',
      'Ngân hàng Nhà nước chi nhánh tỉnh Quảng Bình cho biết.',
      ['[Ngân hàng Nhà nước chi nhánh tỉnh Quảng Bình]'],
    ],
    [
      'a photo credit up to the slash, whatever its words',
      'Đoàn đến thăm.\nẢnh: Lưu Sáng/VGP',
      ['person:Lưu Sáng', '[VGP]'],
    ],
  ])('%s', (_rule, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('Vietnamese round-2 dates', () => {
  const dates = (text: string) =>
    recognise(text, { lang: 'vi', referenceDate: '2019-05-10' })
      .filter((e) => e.type === 'date')
      .map((e) => `${e.text} = ${e.value}`);
  it.each([
    [
      'a quarter without a year takes the article’s year',
      'Họp báo thường kỳ quý II.',
      ['quý II = 2019-04/2019-06'],
    ],
    [
      'a quarter with a year keeps it',
      'Trong quý IV/2018 và quý I năm 2019.',
      ['quý IV/2018 = 2018-10/2018-12', 'quý I năm 2019 = 2019-01/2019-03'],
    ],
    [
      'the two ends of "từ ngày … đến …" are two dates, as when both are written whole (round 7)',
      'Hội nghị diễn ra từ ngày 6 đến 8/5, từ năm 2010 đến 2015.',
      ['ngày 6 = 2019-05-06', '8/5 = 2019-05-08', 'năm 2010 = 2010', '2015 = 2015'],
    ],
    ['the adjective "quý" is no quarter', 'Đó là những bài học quý giá.', []],
    [
      'two full dates joined by a dash are a range',
      'Kỷ niệm (1/5/1959 - 1/5/2019).',
      ['1/5/1959 - 1/5/2019 = 1959-05-01/2019-05-01'],
    ],
  ])('%s', (_rule, text, want) => {
    expect(dates(text)).toEqual(want);
  });
});
