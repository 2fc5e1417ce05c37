// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseEnglish } from '@/src/core/entities/en/recognise-english';

const people = (text: string) =>
  recogniseEnglish(text, {})
    .filter((e) => e.type === 'person' || e.type === 'official')
    .map((e) => [e.type, e.text]);

describe('recogniseEnglish: people named without office, by their place in the sentence', () => {
  it.each([
    [
      'outlet possessive and a pair',
      'NBC’s Mara Quill and Tobias Renn contributed to this story.',
      [
        ['person', 'Mara Quill'],
        ['person', 'Tobias Renn'],
      ],
    ],
    ['photo credit after Photo/', 'The senator spoke. (AP Photo/Ilse Varga)', [['person', 'Ilse Varga']]],
    ['credit before an agency', 'Crowds gathered. (Oskar Wend/Getty Images)', [['person', 'Oskar Wend']]],
    ['contributor line', 'Pieter Malan is a politics reporter for the paper.', [['person', 'Pieter Malan']]],
    [
      'a pair as the subject',
      'Wu Tianle and Gao Peiming were charged on Monday.',
      [
        ['person', 'Wu Tianle'],
        ['person', 'Gao Peiming'],
      ],
    ],
    [
      'a common given name',
      'At least since Richard Halloway, presidents have tweeted.',
      [['person', 'Richard Halloway']],
    ],
    [
      'a courtesy word stays out of the span',
      '“It matters,” said Professor Ines Korda, a scholar.',
      [['person', 'Ines Korda']],
    ],
  ])('%s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('a pair sharing a surname with an official is not the official', () => {
    expect(people('President Xi Jinping spoke. Lu Jianwang and Chen Jinping were charged.')).toEqual([
      ['official', 'Xi Jinping'],
      ['person', 'Lu Jianwang'],
      ['person', 'Chen Jinping'],
    ]);
  });
});

describe('recogniseEnglish: lower-case titles before a name', () => {
  it.each([
    ['bare head', 'The panel, led by chairman Tomas Reyl, asked. Reyl left.', ['chairman'], 'Tomas Reyl'],
    [
      'place and former',
      'Like others, former Ohio mayor Dale Brix waited.',
      ['former Ohio mayor'],
      'Dale Brix',
    ],
  ])('%s', (_, text, titles, name) => {
    const found = recogniseEnglish(text, {}).filter((e) => e.type === 'official');
    expect(found[0]?.text).toBe(name);
    expect(found[0]?.titles?.map((t) => t.text)).toEqual(titles);
  });

  it('a board member or police officer is no official', () => {
    expect(people('The police officer Dale Brix spoke.').map(([t]) => t)).not.toContain('official');
  });
});

describe('recogniseEnglish: a place or body before a title belongs to it', () => {
  it.each([
    ['state before Gov.', 'On Friday, Ohio Gov. Dale Brix signed it.', 'Ohio Gov.'],
    ['city before Mayor', 'He met Toledo Mayor Ana Ruiz.', 'Toledo Mayor'],
    ['body with "and"', 'Land and Water Agency Director Ana Ruiz spoke.', 'Land and Water Agency Director'],
  ])('%s', (_, text, title) => {
    const found = recogniseEnglish(text, {}).filter((e) => e.type === 'official');
    expect(found[0]?.titles?.map((t) => t.text)).toEqual([title]);
  });
});

describe('recogniseEnglish: coordinated officials whose second title opens with a body', () => {
  it('Speaker of the House X and Senate Majority Leader Y', () => {
    const found = recogniseEnglish(
      'He briefed Speaker of the House Dale Brix and Senate Majority Leader Ana Ruiz.',
      {},
    ).filter((e) => e.type === 'official');
    expect(found.map((e) => [e.text, e.titles?.map((t) => t.text)])).toEqual([
      ['Dale Brix', ['Speaker of the House']],
      ['Ana Ruiz', ['Senate Majority Leader']],
    ]);
  });
});

describe('recogniseEnglish: a date after a title complement is not part of the name', () => {
  it('Vice Minister of Foreign Affairs X on December 13', () => {
    const found = recogniseEnglish('He met Vice Minister of Trade Le Van Binh on December 13.', {}).filter(
      (e) => e.type === 'official',
    );
    expect(found.map((e) => [e.text, e.titles?.map((t) => t.text)])).toEqual([
      ['Le Van Binh', ['Vice Minister of Trade']],
    ]);
  });
});
