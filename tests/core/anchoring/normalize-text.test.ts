// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  isIgnorableCode,
  type NormalizedText,
  normalizeText,
  sliceNormalized,
} from '@/src/core/anchoring/normalize-text';

/** A small deterministic generator (xorshift), so a failure names its seed. */
function random(seed: number) {
  let x = (seed * 2654435761) | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const show = (n: NormalizedText) => JSON.stringify([n.text, [...n.runStarts], [...n.rawStarts], n.rawLength]);

const PIECES = ['a', 'Đ', 'ị', 'nh', ' ', '  ', '\n\n', '\u00a0', '\u200b', '\u00ad', 'xyz', '24/4', '\t'];

describe('sliceNormalized', () => {
  it('equals normalising the raw slice, for every cut of random texts', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const next = random(seed);
      let raw = '';
      const length = 5 + Math.floor(next() * 35);
      for (let i = 0; i < length; i++) raw += PIECES[Math.floor(next() * PIECES.length)];
      const whole = normalizeText(raw);
      for (let from = 0; from <= raw.length; from++) {
        for (let to = from; to <= raw.length; to++) {
          const cut = show(sliceNormalized(whole, from, to));
          const expected = show(normalizeText(raw.slice(from, to)));
          // One expect per mismatch only: thousands of deep comparisons would make this test slow.
          if (cut !== expected)
            expect(cut, `seed ${seed}, [${from}, ${to}) of ${JSON.stringify(raw)}`).toBe(expected);
        }
      }
    }
  });
});

describe('normalizeText', () => {
  it('removes exactly the characters isIgnorableCode ignores, across the whole BMP', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const { text, runStarts, rawStarts } = normalizeText(`a${ch}b`);
      const expected = isIgnorableCode(c) ? 'ab' : `a${ch}b`;
      const runs = isIgnorableCode(c) ? 2 : 1;
      if (text !== expected || rawStarts.length !== runs || runStarts.length !== runs + 1)
        wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('maps each run back to where it was', () => {
    const norm = normalizeText('  Ngày\u00a024/4,\n\n  Đoàn\u200bkiểm ');
    expect(norm.text).toBe('Ngày24/4,Đoànkiểm');
    expect([...norm.runStarts]).toEqual([0, 4, 9, 13, 17]);
    expect([...norm.rawStarts]).toEqual([2, 7, 16, 21]);
    expect(norm.rawLength).toBe(26);
  });
});
