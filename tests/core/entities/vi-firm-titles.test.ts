// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseVietnamese } from '@/src/core/entities/vi/recognise-vietnamese.ts';

const officials = (text: string) =>
  recogniseVietnamese(text)
    .filter((e) => e.type === 'official')
    .map((e) => [e.text, (e.titles ?? []).map((x) => x.text)]);

// Sentences written for these tests: an office narrowed by a function and "của" before its body.
describe('Vietnamese offices with a function before their body', () => {
  it.each([
    [
      'function + của + company',
      'Ông Trần Văn Khải, Giám đốc tài chính của CTCP Thép Miền Đông, cho biết.',
      [['Trần Văn Khải', ['Giám đốc tài chính của CTCP Thép Miền Đông']]],
    ],
    [
      'function without của',
      'Phó Tổng giám đốc kinh doanh Tập đoàn Hưng Thịnh Lê Minh Phát phát biểu.',
      [['Lê Minh Phát', ['Phó Tổng giám đốc kinh doanh Tập đoàn Hưng Thịnh']]],
    ],
    [
      'của alone',
      'Bà Đỗ Thu Hà, Chủ tịch của Ngân hàng Bản Việt, ký kết.',
      [['Đỗ Thu Hà', ['Chủ tịch của Ngân hàng Bản Việt']]],
    ],
  ])('%s', (_rule, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });
});
