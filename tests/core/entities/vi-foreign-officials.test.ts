// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recognise } from '@/src/core/entities/recognise.ts';

// Sentences written for these tests (fictional people).
const officials = (text: string) =>
  recognise(text, { lang: 'vi' })
    .filter((e) => e.type === 'official')
    .map((e) => [e.text, (e.titles ?? []).map((t) => t.text)]);

describe('Vietnamese: foreign officials', () => {
  it.each([
    [
      'a minister of a domain, then the country, then the name',
      'Hôm qua, Bộ trưởng Quốc phòng Úc Peter Hallam thăm Hà Nội.',
      [['Peter Hallam', ['Bộ trưởng Quốc phòng Úc']]],
    ],
    [
      'a hyphenated given name',
      'Bộ trưởng Ngoại giao Hàn Quốc Park Min-jun đã điện đàm.',
      [['Park Min-jun', ['Bộ trưởng Ngoại giao Hàn Quốc']]],
    ],
  ])('%s', (_, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it('does not glue an office written after a dash without spaces onto the name', () => {
    expect(officials('Phó Chủ tịch UBND tỉnh Lương Văn Tài-Bí thư Huyện ủy phát biểu.')[0]?.[0]).toBe(
      'Lương Văn Tài',
    );
  });
});
