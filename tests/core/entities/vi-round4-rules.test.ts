// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { foundVietnamese } from './found';

const found = foundVietnamese;

// Sentences written for these tests (fictional people), one rule each (round-4 blind check).
describe('Vietnamese round-4 rules', () => {
  it.each([
    [
      'a given name that is also a time-of-day word ends the name, not the clause',
      'Người phản ánh vụ việc là ông Lương Văn Sáng, trú tại thôn Đông.',
      ['person:Lương Văn Sáng'],
    ],
    [
      'a time-of-day word followed by a date still opens a clause',
      'Bí thư Tỉnh ủy Lê Văn Hùng Sáng 5/6 đã đến.',
      ['[Tỉnh ủy]', 'Lê Văn Hùng = Bí thư Tỉnh ủy'],
    ],
    [
      'northern upland family names open a name, so a body stops before it',
      'Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Vàng Thị Mỷ chủ trì. Cầm đầu đường dây là Vi Văn Tỏa.',
      [
        '[Tỉnh ủy]',
        '[HĐND tỉnh]',
        'Vàng Thị Mỷ = Phó Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh',
        'person:Vi Văn Tỏa',
      ],
    ],
    [
      "a firm's name runs through its legal form and a brand that reads like a personal name",
      'Bị cáo Phạm Thị Ngà, Giám đốc Công ty TNHH Thiết bị Y tế Hoàng Phát, khai nhận. Công ty Hoàng Phát trúng 9 gói thầu.',
      [
        'Phạm Thị Ngà = Giám đốc Công ty TNHH Thiết bị Y tế Hoàng Phát',
        '[Công ty TNHH Thiết bị Y tế Hoàng Phát]',
        '[Công ty Hoàng Phát]',
      ],
    ],
    [
      "a full name after a firm's name is still the person's",
      'Giám đốc Công ty Cổ phần Đầu tư Phúc Sơn Nguyễn Văn Hậu bị bắt.',
      ['[Công ty Cổ phần Đầu tư Phúc Sơn]', 'Nguyễn Văn Hậu = Giám đốc Công ty Cổ phần Đầu tư Phúc Sơn'],
    ],
    [
      "a defendant's given name alone is the private person named in full before",
      'Bị cáo Trịnh Văn Cẩn (SN 1985) khai nhận. Luật sư bào chữa cho bị cáo Cẩn đề nghị giảm nhẹ.',
      ['person:Trịnh Văn Cẩn', 'person:Cẩn'],
    ],
    [
      'a hamlet ("xóm", "làng", "buôn") names a place, not a person',
      'Người phản ánh là ông Lương Văn Sáng, trú tại xóm Đồng Bầu.',
      ['person:Lương Văn Sáng'],
    ],
    [
      "a commune civil servant's post in lower case is a title, its bare commune noun included",
      'Ông Lê Hữu Tín, cán bộ địa chính xã, bị kỷ luật. Ông Lê Văn Nam, Phó Chủ tịch tỉnh, cho biết.',
      ['Lê Hữu Tín = cán bộ địa chính xã', 'Lê Văn Nam = Phó Chủ tịch tỉnh'],
    ],
    [
      "a police department's code is a body, also inside an office",
      'Thiếu tướng Trương Quốc Đạt, Cục trưởng C04, cho biết Phòng PC04 đã phối hợp.',
      ['Trương Quốc Đạt = Thiếu tướng | Cục trưởng C04', '[C04]', '[Phòng PC04]'],
    ],
    [
      'an ambassador "Đặc mệnh toàn quyền" keeps the qualifier and the country; a foreign name follows',
      'Bí thư Thành ủy tiếp Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam Ishikawa Tatsuo.',
      ['[Thành ủy]', 'Ishikawa Tatsuo = Đại sứ Đặc mệnh toàn quyền Nhật Bản tại Việt Nam'],
    ],
    [
      '"Cơ quan" with a capitalised designation is a body; with a lower-case function it is not',
      'Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) đã ký với Tạp chí Cộng sản, Cơ quan lý luận của Đảng.',
      ['[Cơ quan Hợp tác Quốc tế Nhật Bản]', '[JICA]', '[Tạp chí Cộng sản]'],
    ],
    [
      "a province's industrial-park board, named partly in lower case, is one body",
      'Cùng dự có Trưởng Ban Quản lý các khu công nghiệp tỉnh Hà Mạnh Tường.',
      [
        '[Ban Quản lý các khu công nghiệp tỉnh]',
        'Hà Mạnh Tường = Trưởng Ban Quản lý các khu công nghiệp tỉnh',
      ],
    ],
    [
      "a courtesy word before a private person's given name keeps them a person",
      'Bí thư Tỉnh ủy Lê Văn Hùng gặp cử tri. Cử tri Phạm Văn Tâm kiến nghị về đất đai. Ông Tâm cho biết đã gửi đơn.',
      ['[Tỉnh ủy]', 'Lê Văn Hùng = Bí thư Tỉnh ủy', 'person:Phạm Văn Tâm', 'person:Tâm'],
    ],
    [
      'a calling before a pen or religious name without a family name marks a person',
      'Nhà báo Hữu Thọ và Hòa thượng Thích Trí Quảng dự. Nhà báo Việt Nam cũng dự.',
      ['person:Hữu Thọ', 'person:Thích Trí Quảng'],
    ],
    [
      'two reporters joined by a dash on the closing line are two bylines; two places are not',
      'Bí thư Tỉnh ủy Lê Văn Hùng dự lễ.\nTHU HẰNG - MINH ANH',
      ['[Tỉnh ủy]', 'Lê Văn Hùng = Bí thư Tỉnh ủy', 'person:THU HẰNG', 'person:MINH ANH'],
    ],
    [
      'two places joined by a dash on the closing line are no byline',
      'Bí thư Tỉnh ủy Lê Văn Hùng dự lễ.\nHà Nội - Hải Phòng',
      ['[Tỉnh ủy]', 'Lê Văn Hùng = Bí thư Tỉnh ủy'],
    ],
    [
      "a firm's own acronym in parentheses between its name and the head's name stays in the office",
      'Tổng Giám đốc Tập đoàn Điện lực Việt Nam (EVN) Đặng Hoàng An khẳng định.',
      [
        '[Tập đoàn Điện lực Việt Nam]',
        '[EVN]',
        'Đặng Hoàng An = Tổng Giám đốc Tập đoàn Điện lực Việt Nam (EVN)',
      ],
    ],
    [
      "an ambassador of a country, a comma, then a courtesy word and the name: the office is that person's",
      'Thủ tướng tiếp Đại sứ Hoa Kỳ tại Việt Nam, ông Marc Knapper.',
      ['Marc Knapper = Đại sứ Hoa Kỳ tại Việt Nam'],
    ],
    [
      '"đồng chí" marks a Party cadre, an office holder, even where no one else has a title',
      'Đoàn công tác của Ban Nội chính Trung ương do đồng chí Phan Đình Trạc làm Trưởng đoàn. Đồng chí Trạc đề nghị tỉnh khẩn trương.',
      ['[Ban Nội chính Trung ương]', 'Phan Đình Trạc = ', 'Trạc = '],
    ],
  ] as [string, string, string[]][])('%s', (_rule, text, want) => {
    expect(found(text)).toEqual(want);
  });
});
