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
