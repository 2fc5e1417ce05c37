// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseVietnamese } from '@/src/core/entities/vi/recognise-vietnamese.ts';

const orgs = (text: string) =>
  recogniseVietnamese(text)
    .filter((e) => e.type === 'org')
    .map((e) => e.text);

// Sentences written for these tests: where an organisation's name begins and ends.
describe('Vietnamese organisation edges', () => {
  it.each([
    ['undotted city abbreviation', 'HĐND TPHCM khai mạc kỳ họp.', ['HĐND TPHCM']],
    ['committee of the abbreviated city', 'Thành ủy TP tổ chức hội nghị.', ['Thành ủy TP']],
    [
      'unit number after the designation',
      'Ông được chuyển tới Bệnh viện Quân y 175.',
      ['Bệnh viện Quân y 175'],
    ],
    ['a count is not a unit number', 'Bệnh viện Chợ Rẫy 30 năm qua phát triển.', ['Bệnh viện Chợ Rẫy']],
    ['securities firm by its brand', 'Theo Chứng khoán KIS, thị trường sẽ hồi phục.', ['Chứng khoán KIS']],
    ['market in a country is no firm', 'Chứng khoán Mỹ giảm điểm mạnh.', []],
    [
      'comma list of domains closed by "và"',
      'Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An vừa khai mạc.',
      ['Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An'],
    ],
    [
      'a comma before a body, a name or an office ends the name',
      'Sở Y tế, Công an tỉnh và UBND huyện họp.',
      ['Sở Y tế', 'Công an tỉnh', 'UBND huyện'],
    ],
    [
      'lower-case domains after a capitalised one',
      'Đài Khí tượng thủy văn tỉnh Quảng Ninh cảnh báo mưa.',
      ['Đài Khí tượng thủy văn tỉnh Quảng Ninh'],
    ],
    [
      'lower-case domain before a locality',
      'Trung tâm Xúc tiến đầu tư thành phố Đà Nẵng khai trương.',
      ['Trung tâm Xúc tiến đầu tư thành phố Đà Nẵng'],
    ],
    ['two peoples joined by a dash', 'Hội Hữu nghị Việt - Lào tổ chức gặp mặt.', ['Hội Hữu nghị Việt - Lào']],
    [
      'an association named after its members',
      'Hội Luật gia Việt Nam và Liên minh Nghị sĩ hữu nghị Pháp - Việt gặp nhau.',
      ['Hội Luật gia Việt Nam', 'Liên minh Nghị sĩ hữu nghị Pháp - Việt'],
    ],
    ['a dash before a name ends the designation', 'Công ty Hòa Bình - Trần Văn Tâm.', ['Công ty Hòa Bình']],
    ['a law is not a body', 'Chính phủ trình dự án Luật Tổ chức Chính quyền địa phương.', ['Chính phủ']],
    ['a body named in a law', 'Quốc hội thảo luận Luật Tổ chức Tòa án nhân dân.', ['Quốc hội']],
    ['acronym before a generic plural', 'Công điện gửi UBND các tỉnh ven biển.', []],
  ])('%s', (_rule, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it('the official after an acronym with its city is an official', () => {
    const out = recogniseVietnamese('Phó Chủ tịch HĐND TPHCM Trần Thị Diệu Thúy phát biểu.');
    expect(out.find((e) => e.text === 'Trần Thị Diệu Thúy')?.type).toBe('official');
  });
});
