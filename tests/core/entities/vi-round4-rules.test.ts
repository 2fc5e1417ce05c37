// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseVietnamese } from '@/src/core/entities/vi/recognise-vietnamese.ts';

/** Officials as "name = title | title", organisations as "[org]", persons as "person:name". */
function found(text: string): string[] {
  return recogniseVietnamese(text).map((e) =>
    e.type === 'official'
      ? `${e.text} = ${(e.titles ?? []).map((t) => t.text).join(' | ')}`
      : e.type === 'org'
        ? `[${e.text}]`
        : `${e.type}:${e.text}`,
  );
}

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
  ] as [string, string, string[]][])('%s', (_rule, text, want) => {
    expect(found(text)).toEqual(want);
  });
});
