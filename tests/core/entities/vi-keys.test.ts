// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseVietnamese } from '@/src/core/entities/vi/recognise-vietnamese.ts';

const keyOf = (text: string, type: string) => recogniseVietnamese(text).find((e) => e.type === type)?.key;

describe('canonical keys', () => {
  it.each([
    ['UBND tỉnh Bạc Liêu họp.', 'Ủy ban nhân dân tỉnh Bạc Liêu họp.'],
    ['HĐND TP Cần Thơ họp.', 'Hội đồng nhân dân thành phố Cần Thơ họp.'],
    ['Uỷ ban Kiểm tra Tỉnh uỷ họp.', 'Ủy ban Kiểm tra Tỉnh ủy họp.'],
  ])('"%s" and "%s" name one body', (a, b) => {
    expect(keyOf(a, 'org')).toBeDefined();
    expect(keyOf(a, 'org')).toBe(keyOf(b, 'org'));
  });

  it('shares a key between honorifics in either case', () => {
    const context = 'Giám đốc Sở Tư pháp Âu Văn Lợi cho biết. ';
    expect(keyOf(`${context}Sau đó ông Hà Văn Phúc phát biểu.`, 'person')).toBeUndefined();
    const found = recogniseVietnamese(`${context}Ông Hà Văn Phúc phát biểu, ông Hà Văn Phúc nói.`).filter(
      (e) => e.text === 'Hà Văn Phúc',
    );
    expect(found).toHaveLength(2);
    expect(found[0]?.key).toBe(found[1]?.key);
  });

  it('keeps diacritics apart', () => {
    const a = keyOf('Bí thư Tỉnh ủy Lê Văn Bình phát biểu.', 'official');
    const b = keyOf('Bí thư Tỉnh ủy Lê Văn Binh phát biểu.', 'official');
    expect(a).not.toBe(b);
  });
});
