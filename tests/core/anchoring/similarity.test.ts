// @vitest-environment node
import approxSearch from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import {
  anchoredDistances,
  boundaryDistances,
  editDistance,
  similarity,
  substringDistance,
} from '@/src/core/anchoring/similarity.ts';
import { createRandom } from './support/prng.ts';

describe('substringDistance', () => {
  it.each([
    ['the quick brown fox', 'quick', 0],
    ['the quick brown fox', 'quack', 1],
    ['abc', 'abcd', 1],
    ['', 'ab', 2],
    ['Phó Cục trưởng', 'Cuc truong', 3],
  ])('%j ⊇ %j within %i edits', (text, pattern, distance) => {
    expect(substringDistance(text, pattern)).toBe(distance);
  });

  it('agrees with approx-string-match on random context-sized strings', () => {
    const random = createRandom(42);
    const alphabet = 'abcdeêô ';
    const word = (n: number) => Array.from({ length: n }, () => random.pick([...alphabet])).join('');
    for (let k = 0; k < 300; k++) {
      const text = word(random.int(1, 40));
      const pattern = word(random.int(1, 32));
      const best = Math.min(...approxSearch(text, pattern, pattern.length).map((m) => m.errors));
      expect(substringDistance(text, pattern), `${text} / ${pattern}`).toBe(best);
    }
  });
});

describe('similarity and editDistance', () => {
  it('scores agreement and caps the edit distance', () => {
    expect(similarity('anything', '')).toBe(1);
    expect(similarity('', 'x')).toBe(0);
    expect(similarity('g the economy. Its judgement on ', 'g the economy. Its judgement on ')).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3); // over the limit: limit + 1
  });
});

describe('editDistance against a plain dynamic programme', () => {
  const plain = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        d[i]![j] = Math.min(
          d[i - 1]![j] + 1,
          d[i]![j - 1] + 1,
          d[i - 1]![j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
    return d[a.length]![b.length] as number;
  };
  it('agrees within the limit on random edited strings', () => {
    const random = createRandom(7);
    for (let k = 0; k < 300; k++) {
      const a = Array.from({ length: random.int(0, 30) }, () => random.pick([...'abcđ '])).join('');
      const chars = [...a];
      for (let e = random.int(0, 4); e > 0; e--)
        chars.splice(random.int(0, chars.length), random.int(0, 1), 'x');
      const b = chars.join('');
      const expected = plain(a, b);
      expect(editDistance(a, b, 40), `${a} / ${b}`).toBe(expected);
      expect(editDistance(a, b, 2), `${a} / ${b}`).toBe(Math.min(expected, 3));
    }
  });
});

describe('anchoredDistances', () => {
  it('gives the edit distance to every stretch starting (or ending) at a point', () => {
    const random = createRandom(11);
    for (let k = 0; k < 100; k++) {
      const text = Array.from({ length: random.int(0, 30) }, () => random.pick([...'abcđ '])).join('');
      const pattern = Array.from({ length: random.int(0, 12) }, () => random.pick([...'abcđ'])).join('');
      const from = random.int(0, text.length);
      const forward = anchoredDistances(text, pattern, from, 1, 20);
      const backward = anchoredDistances(text, pattern, from, -1, 20);
      expect(forward.length).toBe(Math.min(20, text.length - from) + 1);
      expect(backward.length).toBe(Math.min(20, from) + 1);
      for (const [n, d] of forward.entries())
        expect(d).toBe(editDistance(text.slice(from, from + n), pattern, 99));
      for (const [n, d] of backward.entries())
        expect(d).toBe(editDistance(text.slice(from - n, from), pattern, 99));
      const limit = random.int(0, 4);
      for (const [n, d] of anchoredDistances(text, pattern, from, 1, 20, limit).entries())
        expect(d).toBe(Math.min(limit + 1, editDistance(text.slice(from, from + n), pattern, 99)));
    }
  });
});

describe('boundaryDistances', () => {
  it('gives, per boundary, the fewest edits to text starting (or ending) there', () => {
    const random = createRandom(13);
    const word = (n: number) => Array.from({ length: n }, () => random.pick([...'abcđ'])).join('');
    for (let k = 0; k < 100; k++) {
      const text = word(random.int(0, 30));
      const pattern = word(random.int(0, 8));
      const lo = random.int(0, text.length);
      const hi = random.int(lo, text.length);
      const after = boundaryDistances(text, pattern, lo, hi, 1);
      const before = boundaryDistances(text, pattern, lo, hi, -1);
      for (let p = lo; p <= hi; p++) {
        const starting = Math.min(
          ...Array.from({ length: text.length - p + 1 }, (_, n) =>
            editDistance(text.slice(p, p + n), pattern, 99),
          ),
        );
        const ending = Math.min(
          ...Array.from({ length: p + 1 }, (_, n) => editDistance(text.slice(p - n, p), pattern, 99)),
        );
        // The stretch searched reaches twice the pattern's length from the boundary: enough for any best one.
        expect(after[p - lo], `${text} / ${pattern} @${p}`).toBe(starting);
        expect(before[p - lo], `${text} / ${pattern} @${p}`).toBe(ending);
      }
    }
  });
});
