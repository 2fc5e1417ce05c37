// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseVietnamese } from '@/src/core/entities/vi/recognise-vietnamese.ts';

const orgs = (text: string) =>
  recogniseVietnamese(text)
    .filter((e) => e.type === 'org')
    .map((e) => e.text);

// Sentences written for these tests: business and market bodies, their aliases and brands.
describe('Vietnamese organisation aliases', () => {
  it.each([
    [
      'alias in parentheses, then alone',
      'Tổng công ty Xăng dầu Quân đội (MIPEC) báo lãi. Năm nay MIPEC mở thêm cửa hàng.',
      ['Tổng công ty Xăng dầu Quân đội', 'MIPEC', 'MIPEC'],
    ],
    [
      'alias with a digit',
      'Cục Cảnh sát hình sự (C02) phối hợp điều tra; C02 đã bắt giữ hai người.',
      ['Cục Cảnh sát hình sự', 'C02', 'C02'],
    ],
    [
      'company brand in capitals used alone',
      'Tập đoàn HAG công bố lỗ. Cổ đông của HAG phản đối.',
      ['Tập đoàn HAG', 'HAG'],
    ],
    [
      'a ticker is a share, not the company',
      'Tập đoàn HAG niêm yết. Cổ phiếu HAG tăng trần.',
      ['Tập đoàn HAG'],
    ],
    ['CTCP opens a company name', 'CTCP Tập đoàn Hòa Phát tăng vốn.', ['CTCP Tập đoàn Hòa Phát']],
    ['market acronyms', 'Cổ phiếu được niêm yết trên HNX rồi chuyển sang HOSE.', ['HNX', 'HOSE']],
    ['a place in parentheses is no alias', 'Tập đoàn Sao Mai (Việt Nam) mở rộng.', ['Tập đoàn Sao Mai']],
  ])('%s', (_rule, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});
