import { expect, it, describe as suite } from 'vitest';
import { anchor } from '@/src/core/anchoring/anchor.ts';
import { anchorMany } from '@/src/core/anchoring/anchor-many.ts';
import { describe } from '@/src/core/anchoring/describe.ts';
import { buildTextIndex, type TextIndex } from '@/src/core/anchoring/text-index.ts';

function indexOf(html: string): TextIndex {
  const el = document.createElement('article');
  el.innerHTML = html; // test-authored markup only
  return buildTextIndex(el);
}

const ORIGINAL =
  '<h1>Bộ Tài chính họp báo</h1>' +
  '<p>Ngày 24/4, Phó Cục trưởng Cục Bảo vệ chính trị nội bộ Nguyễn Văn Định đã chủ trì cuộc họp.</p>' +
  '<p>The minister said the budget would be published next week, after the committee vote.</p>' +
  '<p>The minister said nothing else. Reporters left the room before noon on Friday.</p>';

function select(index: TextIndex, quote: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = index.text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`no ${quote}`);
  return describe(index, at, at + quote.length);
}

suite('describe', () => {
  it('keeps the raw quote and 32 characters of collapsed context', () => {
    const index = indexOf(
      '<p>alpha   beta</p>\n\n   <p>gamma delta epsilon zeta eta theta iota kappa lambda</p>',
    );
    const [quote, position] = select(index, 'gamma');
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'gamma',
      prefix: 'alpha beta ',
      suffix: ' delta epsilon zeta eta theta io',
    });
    expect(position.end - position.start).toBe(5);
  });
});

suite('anchor', () => {
  const original = indexOf(ORIGINAL);
  const cases: [string, string, string, number, string | null, 'exact' | 'fuzzy' | 'orphan'][] = [
    ['unchanged page', ORIGINAL, 'Nguyễn Văn Định', 0, 'Nguyễn Văn Định', 'exact'],
    ['repeated quote, second one', ORIGINAL, 'The minister said', 1, 'The minister said', 'exact'],
    [
      'paragraph inserted before',
      ORIGINAL.replace('<p>The minister', '<p>A new paragraph of filler text here.</p><p>The minister'),
      'the budget would be published',
      0,
      'the budget would be published',
      'exact',
    ],
    [
      'whitespace and markup changed',
      ORIGINAL.replace('budget would', 'budget\n   <em>would</em>').replace(/<\/p><p>/g, '</p>\n\n<p>'),
      'the budget would be published next week',
      0,
      'the budget\n   would be published next week',
      'exact',
    ],
    [
      'word edited inside the quote',
      ORIGINAL.replace('published next week', 'released next week'),
      'the budget would be published next week, after',
      0,
      'the budget would be released next week, after',
      'fuzzy',
    ],
    [
      'passage removed',
      ORIGINAL.replace(/<p>The minister said the budget[^<]*<\/p>/, ''),
      'budget would be published next week',
      0,
      null,
      'orphan',
    ],
    [
      'short quote whose passage was removed while the words remain elsewhere',
      ORIGINAL.replace(
        /<p>The minister said nothing[^<]*<\/p>/,
        '<p>Nothing happened that day, and everyone went home early. The minister said hello.</p>',
      ),
      'The minister said',
      1,
      null,
      'orphan',
    ],
  ];

  it.each(cases)('%s', (_name, html, quote, nth, expected, state) => {
    const selectors = select(original, quote, nth);
    const index = indexOf(html);
    const result = anchor(index, selectors);
    expect(result.state).toBe(state);
    if (expected === null) expect(result.start).toBe(-1);
    else expect(index.text.slice(result.start, result.end)).toBe(expected);
  });

  it.each([
    [
      'a word replaced at its end',
      'the current chair Richard Hughes, whose five-year term began in October 2020. Recession and GDP',
      'the current chair Richard Hughes, pound five-year term began upon Octxber 2020. Recession and GDP',
      'five-year term began in',
      'five-year term began upon',
    ],
    [
      'a word replaced at its start',
      'raised by members of Congress did it appear the FBI took action," the letter stated. It described',
      'raised by members of Congress did ti appear the counterBI took action," the letter stated. It described',
      'the FBI took action," the letter stated.',
      'the counterBI took action," the letter stated.',
    ],
    [
      'its first word edited, the same word recurring just after',
      'The recently announced charges in the Eastern District of New York, charging more than 40 defendants with crimes',
      'The recently annoxnced chrges in the our District of New York, charging more than 40 defendants with crimes',
      'charges in the Eastern District of New York, charging more than 40 defendants',
      'chrges in the our District of New York, charging more than 40 defendants',
    ],
  ])(
    'puts the edges of a fuzzy match where quote and context agree: %s',
    (_name, before, after, quote, expected) => {
      const page = (body: string) => `<p>An unrelated first paragraph.</p><p>${body}, the report said.</p>`;
      const original = indexOf(page(before));
      const index = indexOf(page(after));
      const result = anchor(index, select(original, quote));
      expect(result.state).toBe('fuzzy');
      expect(index.text.slice(result.start, result.end)).toBe(expected);
    },
  );

  it('tells repeated quotes apart by their context', () => {
    const result = anchor(original, select(original, 'The minister said', 1));
    expect(result.start).toBe(original.text.indexOf('The minister said nothing'));
  });

  it('ignores unknown selectors and anchors a lone position as fuzzy', () => {
    const index = indexOf(ORIGINAL);
    const unknown = [{ type: 'CssSelector', value: 'p' }] as never;
    expect(anchor(index, unknown).state).toBe('orphan');
    expect(anchor(index, [{ type: 'TextPositionSelector', start: 0, end: 3 }])).toMatchObject({
      start: 0,
      end: 3,
      state: 'fuzzy',
    });
  });
});

suite('anchorMany', () => {
  it('gives the same answers as anchor, in order', () => {
    const original = indexOf(ORIGINAL);
    const edited = indexOf(
      ORIGINAL.replace('<h1>', '<p>Breaking: a long new lead paragraph.</p><h1>').replace(
        'chủ trì',
        'chủ tri',
      ),
    );
    const annotations = [
      select(original, 'Nguyễn Văn Định đã chủ trì cuộc họp'),
      select(original, 'The minister said', 1),
      select(original, 'Reporters left the room'),
    ];
    const many = anchorMany(edited, annotations);
    const strip = ({ start, end, state }: { start: number; end: number; state: string }) => ({
      start,
      end,
      state,
    });
    expect(many.map(strip)).toEqual(annotations.map((a) => strip(anchor(edited, a))));
    expect(many.map((r) => edited.text.slice(r.start, r.end))).toEqual([
      'Nguyễn Văn Định đã chủ tri cuộc họp',
      'The minister said',
      'Reporters left the room',
    ]);
  });
});
