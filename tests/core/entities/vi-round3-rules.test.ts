// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { foundVietnamese } from './found';

const found = foundVietnamese;

// Sentences written for these tests (fictional people), one rule each (round-3 blind check).
describe('Vietnamese round-3 rules', () => {
  it.each([
    [
      'a five-word name is read whole, and its short form resolves to it',
      'Bổ nhiệm ông Lương Hồ Quang Minh Khải, Phó Vụ trưởng Vụ Pháp chế, giữ chức Thứ trưởng. Ông Khải từng công tác ở Huế.',
      ['Lương Hồ Quang Minh Khải = Phó Vụ trưởng Vụ Pháp chế', '[Vụ Pháp chế]', 'Khải = '],
    ],
    [
      'a four-word name before a capitalised place stays four words',
      'Chủ tịch UBND tỉnh Trần Văn Minh Tuấn Hà Nội đã đến.',
      ['[UBND tỉnh]', 'Trần Văn Minh Tuấn = Chủ tịch UBND tỉnh'],
    ],
    [
      'an office noun that also opens a body: the body when no name follows',
      'Kiểm toán Nhà nước đã gửi báo cáo. Tổng Kiểm toán Nhà nước Đàm Quang Vũ ký văn bản.',
      ['[Kiểm toán Nhà nước]', 'Đàm Quang Vũ = Tổng Kiểm toán Nhà nước'],
    ],
    [
      'the regional auditor-general is an office',
      'Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV Lạc Văn Hòa cho biết.',
      ['[Kiểm toán Nhà nước khu vực IV]', 'Lạc Văn Hòa = Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV'],
    ],
    [
      'the central steering committee on corruption, and "Ban Chỉ đạo" as a body',
      'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp. Phó Trưởng ban Thường trực Ban Chỉ đạo Hà Văn Quế phát biểu.',
      [
        '[Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực]',
        '[Ban Chỉ đạo]',
        'Hà Văn Quế = Phó Trưởng ban Thường trực Ban Chỉ đạo',
      ],
    ],
    [
      'a district whose name opens with a clause word ("Tuy", "Đại")',
      'Ông Lê Văn Phú giữ chức Bí thư Huyện ủy Tuy Phong; Huyện ủy Đại Lộc cũng họp.',
      // He holds the office "giữ chức" names (an official), though a predicate is no title.
      ['Lê Văn Phú = ', '[Huyện ủy Tuy Phong]', '[Huyện ủy Đại Lộc]'],
    ],
    [
      'a commune Party committee named by its locality noun alone',
      'Thay mặt Đảng ủy phường, ông Trần Văn Lộc phát biểu.',
      ['[Đảng ủy phường]', 'person:Trần Văn Lộc'],
    ],
    [
      'a village Party cell is a body, with its number; its secretary holds an office',
      'Đồng chí Vàng A Chử, Bí thư Chi bộ thôn Khau Phạ 3, báo cáo. Bí thư Chi bộ bản Hua Pe Lò Văn Inh dự.',
      [
        'Vàng A Chử = Bí thư Chi bộ thôn Khau Phạ 3',
        '[Chi bộ thôn Khau Phạ 3]',
        '[Chi bộ bản Hua Pe]',
        'Lò Văn Inh = Bí thư Chi bộ bản Hua Pe',
      ],
    ],
    [
      '"Diễn đàn" heads a body ("Diễn đàn Khu vực ASEAN")',
      'Hội nghị Diễn đàn Khu vực ASEAN (ARF) diễn ra tại Viêng Chăn.',
      ['[Diễn đàn Khu vực ASEAN]', '[ARF]'],
    ],
    [
      'an assistant minister with a domain and a country',
      'Thứ trưởng tiếp Trợ lý Bộ trưởng Ngoại giao Hàn Quốc Park Min-jun.',
      ['Park Min-jun = Trợ lý Bộ trưởng Ngoại giao Hàn Quốc'],
    ],
    [
      "a unit and its parent bank after a comma are one office; the bank's acronym is not a parent",
      'Ông Lâm Quốc Đạt, Vụ trưởng Vụ Tín dụng, Ngân hàng Phát triển Việt Nam (VDB), cho biết.',
      [
        'Lâm Quốc Đạt = Vụ trưởng Vụ Tín dụng, Ngân hàng Phát triển Việt Nam',
        '[Vụ Tín dụng]',
        '[Ngân hàng Phát triển Việt Nam]',
        '[VDB]',
      ],
    ],
    [
      'the district after a commune body stays in the office',
      'Khởi tố Đỗ Văn Lành, Chủ tịch UBND xã Cát Tiến, huyện Phù Cát, về tội tham ô.',
      ['Đỗ Văn Lành = Chủ tịch UBND xã Cát Tiến, huyện Phù Cát', '[UBND xã Cát Tiến]'],
    ],
    [
      'a later bare given name takes the full name\'s type: at a clause start, after "bị cáo", before a verb',
      'Bắt tạm giam Hồ Văn Lãm, Phó Giám đốc Sở Xây dựng. Trong năm 2022, Lãm đã ký hồ sơ. Tại tòa, bị cáo Lãm khai nhận.',
      ['Hồ Văn Lãm = Phó Giám đốc Sở Xây dựng', '[Sở Xây dựng]', 'Lãm = ', 'Lãm = '],
    ],
    [
      'a bare given name is left alone inside a longer capitalised run, before a noun, or when two people share it',
      'Bí thư Tỉnh ủy Lê Văn Nam chủ trì. Đoàn đến Việt Nam. Nam Định mưa. Trần Thị Hà và Võ Văn Hà dự; Hà phát biểu.',
      ['[Tỉnh ủy]', 'Lê Văn Nam = Bí thư Tỉnh ủy', 'person:Trần Thị Hà', 'person:Võ Văn Hà'],
    ],
    [
      'a numbered project board keeps its number',
      'Ông Lý Văn Thịnh, Giám đốc Ban Quản lý dự án 6, cho biết tiến độ đạt 80%.',
      ['Lý Văn Thịnh = Giám đốc Ban Quản lý dự án 6', '[Ban Quản lý dự án 6]'],
    ],
    [
      "a reporters' credit line names every reporter",
      'Hội nghị kết thúc chiều cùng ngày.\nPhóng viên: Ngọc Ánh - Hoàng Long',
      ['person:Ngọc Ánh', 'person:Hoàng Long'],
    ],
    [
      'a plural honorific before a colon introduces officials: a list, or entries set off by semicolons',
      'Dự có các đồng chí: Hà Văn Lực, Mai Thị Thu và Đỗ Quang Phú. Cùng dự có các đồng chí: Lưu Văn Bền, Phó Chủ tịch UBND tỉnh; Tạ Thị Na, Giám đốc Sở Y tế.',
      [
        'Hà Văn Lực = ',
        'Mai Thị Thu = ',
        'Đỗ Quang Phú = ',
        'Lưu Văn Bền = Phó Chủ tịch UBND tỉnh',
        '[UBND tỉnh]',
        'Tạ Thị Na = Giám đốc Sở Y tế',
        '[Sở Y tế]',
      ],
    ],
  ])('%s', (_rule, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
