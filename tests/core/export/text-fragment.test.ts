// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, textFragmentDirective, textFragmentLink } from '@/src/core/export/text-fragment';

describe('text fragments (WICG Text Fragments)', () => {
  it.each([
    ['-', '%2D'],
    ['&', '%26'],
    [',', '%2C'],
    [' ', '%20'],
    ['#', '%23'],
    ['Định', '%C4%90%E1%BB%8Bnh'],
  ])('encodes %j as %s', (input, out) => {
    expect(encodeFragmentTerm(input)).toBe(out);
  });

  it('writes prefix-,text,-suffix with syntax characters encoded inside the terms', () => {
    expect(
      textFragmentDirective({
        type: 'TextQuoteSelector',
        exact: 'A-B, C & D',
        prefix: 'one two three ',
        suffix: ' four-five six',
      }),
    ).toBe('text=two%20three-,A%2DB%2C%20C%20%26%20D,-four%2Dfive%20six');
  });

  it('leaves out a word that the 32-character context cut in half', () => {
    // A full 32-character prefix that starts inside the word "xxột": that word is dropped.
    const full = 'xxột hai ba bốn năm sáu bảy tám ';
    expect(full.length).toBe(32);
    expect(
      textFragmentDirective({ exact: 'chín', prefix: full, suffix: ' mười một mười hai mười ba mườ' }),
    ).toBe('text=b%E1%BA%A3y%20t%C3%A1m-,ch%C3%ADn,-m%C6%B0%E1%BB%9Di%20m%E1%BB%99t');
    expect(textFragmentDirective({ exact: 'chín', prefix: 'ột', suffix: 'mư' })).toBe(
      'text=%E1%BB%99t-,ch%C3%ADn,-m%C6%B0',
    );
  });

  it('uses start,end for long quotes and collapses whitespace', () => {
    const exact = 'one two three four five six seven eight nine ten eleven twelve';
    expect(
      textFragmentDirective({ type: 'TextQuoteSelector', exact: `  ${exact.replace(/ /g, '\n ')} ` }),
    ).toBe('text=one%20two%20three%20four,nine%20ten%20eleven%20twelve');
  });

  it('appends to a URL, keeping an ordinary fragment and replacing an old directive', () => {
    const q = { type: 'TextQuoteSelector' as const, exact: 'x' };
    expect(textFragmentLink('https://a.vn/p', q)).toBe('https://a.vn/p#:~:text=x');
    expect(textFragmentLink('https://a.vn/p#sec', q)).toBe('https://a.vn/p#sec:~:text=x');
    expect(textFragmentLink('https://a.vn/p#:~:text=old', q)).toBe('https://a.vn/p#:~:text=x');
    expect(textFragmentLink('https://a.vn/p', { type: 'TextQuoteSelector', exact: '  ' })).toBe(
      'https://a.vn/p',
    );
  });

  it('round-trips every term through decodeURIComponent', () => {
    const exact = 'Phó Cục trưởng - "kiểm tra", 50% & 😀';
    const directive = textFragmentDirective({ type: 'TextQuoteSelector', exact })!;
    const terms = directive.slice('text='.length).split(',');
    expect(terms).toHaveLength(1);
    expect(decodeURIComponent(terms[0]!)).toBe(exact);
  });
});
