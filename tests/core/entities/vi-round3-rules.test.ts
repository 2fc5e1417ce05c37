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
  ])('%s', (_rule, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
