import { describe, expect, it } from 'vitest';
import { parseTags } from '@/src/content/toolbar/annotation-editor';

describe('parseTags', () => {
  it.each([
    ['a, b ,c', ['a', 'b', 'c']],
    ['  ', []],
    ['nhân sự, nhân sự, Đắk Lắk', ['nhân sự', 'Đắk Lắk']],
    ['one;two，three', ['one', 'two', 'three']],
    ['  many   spaces  inside ', ['many spaces inside']],
    ['<script>alert(1)</script>', ['<script>alert(1)</script>']],
  ])('%j → %j', (input, expected) => {
    expect(parseTags(input)).toEqual(expected);
  });

  it('normalises to NFC so the same tag typed two ways is one tag', () => {
    expect(parseTags('Định, Định'.normalize('NFD'))).toEqual(['Định']);
  });
});
