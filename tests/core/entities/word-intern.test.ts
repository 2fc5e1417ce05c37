// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tokeniseVi } from '@/src/core/entities/vi/tokenise-vi.ts';
import { hashRange, internWord, wordForms } from '@/src/core/entities/vi/word-intern.ts';

describe('word intern table', () => {
  it.each([
    ['Tỉnh', { word: 'Tỉnh', low: 'tỉnh', cap: 1 }],
    ['ủy', { word: 'ủy', low: 'ủy', cap: 0 }],
    ['hoà', { word: 'hoà', low: 'hòa', cap: 0 }],
    ['UBND', { word: 'UBND', low: 'ubnd', cap: 2 }],
    ['iPhone', { word: 'iphone', low: 'iphone', cap: 0 }],
    ['2025', { word: '2025', low: '2025', cap: 0 }],
    ['Đắk', { word: 'Đắk', low: 'đắk', cap: 1 }],
  ])('reads %s as a word, its folded form and its case', (w, expected) => {
    const text = `x ${w} y`;
    const f = internWord(text, 2, 2 + w.length, hashRange(text, 2, 2 + w.length));
    expect(f).toMatchObject(expected);
    expect(f).toEqual(wordForms(w));
  });

  it('returns the same forms for the same word and different forms for different words', () => {
    const text = 'Bình bình Bình Bính';
    const at = (s: number) => internWord(text, s, s + 4, hashRange(text, s, s + 4));
    expect(at(0)).toBe(at(10));
    expect(at(0)).not.toBe(at(5));
    expect(at(15).word).toBe('Bính');
  });

  it('reads long words without caching them, the same way', () => {
    const w = 'Internationalisation';
    expect(internWord(w, 0, w.length, hashRange(w, 0, w.length))).toEqual(wordForms(w));
  });

  it('keeps tokens right after tens of thousands of distinct words (the table is cleared when full)', () => {
    const numbers = Array.from({ length: 40_000 }, (_, k) => String(100_000 + k)).join(' ');
    const t = tokeniseVi(`${numbers} Chủ tịch nước`);
    expect(t.n).toBe(40_003);
    expect(t.word.slice(-3)).toEqual(['Chủ', 'tịch', 'nước']);
    expect(t.low[39_999]).toBe(String(139_999));
  });
});
