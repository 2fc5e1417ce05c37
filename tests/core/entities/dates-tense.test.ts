// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findEnglishDates } from '@/src/core/entities/dates/en-dates';

const ref = { y: 2023, m: 4, d: 20 };

describe('findEnglishDates: a month without a year is placed by the tense', () => {
  it.each([
    ['past sentence', 'In September, the group identified a site.', '2022-09'],
    ['future sentence', 'The board will meet in February to vote.', '2024-02'],
    ['past, month before the reference', 'In March, the court ruled.', '2023-03'],
    ['future, month after the reference', 'The envoy will visit in June.', '2023-06'],
    ['no tense: nearest year', 'Talks in May', '2023-05'],
    [
      'reported future: the verb nearest the month decides',
      'He said he would hold a hearing in February.',
      '2024-02',
    ],
    ['a past verb nearer than the future one', 'In March, the minister said he would resign.', '2023-03'],
    [
      'a past clause inside a future sentence',
      'The board will review the plan officials released in March.',
      '2023-03',
    ],
    ['"would have" is not ahead', 'The law would have taken effect in September.', '2022-09'],
    ['looking forward is ahead', 'He said he looked forward to the summit in November.', '2023-11'],
  ])('%s', (_, text, value) => {
    expect(findEnglishDates(text, ref).map((h) => h.value)).toEqual([value]);
  });
});

describe('findEnglishDates: a month modifying a noun after a determiner', () => {
  it.each([
    ['their November report', 'Critics cited their November report on prisons.', [['November', '2022-11']]],
    ['the July summit', 'The July summit was postponed.', [['July', '2022-07']]],
    ['not May or March, also a verb and a noun', 'the March on the capital, a May vote', []],
  ])('%s', (_, text, expected) => {
    expect(findEnglishDates(text, ref).map((h) => [text.slice(h.start, h.end), h.value])).toEqual(expected);
  });
});
