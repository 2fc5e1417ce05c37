// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseVietnamese } from '@/src/core/entities/vi/recognise-vietnamese.ts';

const orgs = (text: string) =>
  recogniseVietnamese(text)
    .filter((e) => e.type === 'org')
    .map((e) => e.text);

// Sentences written for these tests, one grammar rule each.
describe('Vietnamese organisations', () => {
  it.each([
    ['head + mixed-case designation', 'Cục Quản lý thị trường đã kiểm tra.', ['Cục Quản lý thị trường']],
    [
      'designation joined by "và"',
      'Bộ Tài nguyên và Môi trường ban hành thông tư.',
      ['Bộ Tài nguyên và Môi trường'],
    ],
    [
      'hyphenated designation',
      'Bộ Lao động - Thương binh và Xã hội công bố.',
      ['Bộ Lao động - Thương binh và Xã hội'],
    ],
    ['body + owner body + place', 'Ban Thường vụ Tỉnh ủy Gia Lai họp.', ['Ban Thường vụ Tỉnh ủy Gia Lai']],
    [
      'acronym + locality',
      'UBND tỉnh Cà Mau và HĐND huyện đã thống nhất.',
      ['UBND tỉnh Cà Mau', 'HĐND huyện'],
    ],
    ['term number', 'Quốc hội khóa XV thông qua luật.', ['Quốc hội khóa XV']],
    [
      'committee + place',
      'Huyện ủy Ea Kar và Thị ủy Sơn Tây phối hợp.',
      ['Huyện ủy Ea Kar', 'Thị ủy Sơn Tây'],
    ],
    [
      'owner-bound body',
      'Đảng ủy Công an tỉnh và Thường trực HĐND tỉnh dự.',
      ['Đảng ủy Công an tỉnh', 'Thường trực HĐND tỉnh'],
    ],
    ['comma-separated hierarchy is two bodies', 'Vụ Pháp chế, Bộ Y tế cho biết.', ['Vụ Pháp chế', 'Bộ Y tế']],
    ['parent in parentheses', 'Cục Thuế (Bộ Tài chính) hướng dẫn.', ['Cục Thuế', 'Bộ Tài chính']],
    ['committee of the Assembly', 'Ủy ban Tư pháp của Quốc hội thẩm tra.', ['Ủy ban Tư pháp của Quốc hội']],
    ['firm', 'Công ty TNHH Minh Phát nộp thuế.', ['Công ty TNHH Minh Phát']],
    [
      'elliptical bodies',
      'Bộ Chính trị, Ban Bí thư và Chính phủ chỉ đạo.',
      ['Bộ Chính trị', 'Ban Bí thư', 'Chính phủ'],
    ],
    ['the Central Committee acting', 'Trung ương thảo luận nhiều ngày.', ['Trung ương']],
    [
      'a two-word noun with a capital, then a country',
      'Hội Nhà văn Việt Nam kết nạp hội viên.',
      ['Hội Nhà văn Việt Nam'],
    ],
    ['outlet after "báo"', 'Theo báo Thanh Niên, lễ hội kéo dài ba ngày.', ['Thanh Niên']],
    [
      'second syllables of a designation',
      'Tổng công ty Lưu ký Chứng khoán thông báo.',
      ['Tổng công ty Lưu ký Chứng khoán'],
    ],
    ['body inside an office', 'Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khánh tiếp dân.', ['UBND tỉnh Hòa Bình']],
  ])('%s', (_rule, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it.each([
    ['a head noun alone', 'Văn phòng đã gửi công văn tới Tạp chí.'],
    ['a plenum name', 'Thực hiện Nghị quyết Trung ương 4 khóa XII.'],
    ['"Trung ương" as an adjective', 'Các cơ quan trực thuộc Trung ương tham gia.'],
    ['bare Party and State', 'Đảng và Nhà nước quan tâm.'],
    ['a temporary delegation', 'Đoàn kiểm tra làm việc với tỉnh.'],
    ['a fused lower-case office', 'Trưởng ban tổ chức Trung ương đến dự.'],
    ['a document number', 'Theo Thông tư 12/2024/TT-NHNN mới ban hành.'],
    ['a corporate organ', 'Ông là Chủ tịch HĐTV của doanh nghiệp.'],
  ])('%s is not an organisation', (_rule, text) => {
    expect(orgs(text)).toEqual([]);
  });

  it('stops before the verb that follows a body', () => {
    expect(orgs('Cục Thuế yêu cầu các chi cục rà soát. Bộ Công an đã khởi tố.')).toEqual([
      'Cục Thuế',
      'Bộ Công an',
    ]);
  });
});
