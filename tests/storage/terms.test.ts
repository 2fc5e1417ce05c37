// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fold, matchesAll, queryWords, termsOf } from '@/src/storage/terms';

describe('terms', () => {
  it('keeps diacritics and adds the folded form', () => {
    const t = termsOf('Ông Nguyễn Văn Định nói');
    expect(t).toEqual(
      expect.arrayContaining(['nguyễn', 'nguyen', 'định', 'dinh', 'ông', 'ong', 'văn', 'van']),
    );
  });

  it('folds đ and combining marks, and NFD input equals NFC', () => {
    expect(fold('đường')).toBe('duong');
    expect(termsOf('Đ\u0323i'.normalize('NFD'))).toEqual(termsOf('Đ\u0323i'.normalize('NFC')));
  });

  it('matches by prefix: without diacritics finds with, with diacritics is exact', () => {
    const t = termsOf('Phó Cục trưởng Nguyễn Văn Định');
    expect(matchesAll(t, queryWords('dinh'))).toBe(true);
    expect(matchesAll(t, queryWords('Định'))).toBe(true);
    expect(matchesAll(t, queryWords('đính'))).toBe(false);
    expect(matchesAll(t, queryWords('cục trư'))).toBe(true);
    expect(matchesAll(t, queryWords('nguyen binh'))).toBe(false);
  });
});
