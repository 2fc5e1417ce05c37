// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findDates } from '@/src/core/entities/dates/find-dates';

const en = (text: string, referenceDate?: string) =>
  findDates(text, { lang: 'en', ...(referenceDate ? { referenceDate } : {}) }).map((e) => [e.text, e.value]);

describe('findDates (English): forms the guidelines call dates', () => {
  it.each([
    ['The talks opened on March 3 in Geneva.', '2021-02-20', [['March 3', '2021-03-03']]],
    ['signed on October 9, 2019, by both', undefined, [['October 9, 2019', '2019-10-09']]],
    ['She joined in September 2018.', undefined, [['September 2018', '2018-09']]],
    ['The forum runs November 14-16 in Lima.', '2024', [['November 14-16', '2024-11-14/2024-11-16']]],
    ['from June 28 – July 2, 2021', undefined, [['June 28 – July 2, 2021', '2021-06-28/2021-07-02']]],
    ['held 12 March 2020 in Hanoi', undefined, [['12 March 2020', '2020-03-12']]],
    ['Dec. 7, 1941', undefined, [['Dec. 7, 1941', '1941-12-07']]],
    ['to be completed by 2030.', undefined, [['2030', '2030']]],
    ['Her term, 2017-2021, ended.', undefined, [['2017-2021', '2017/2021']]],
    ['He will arrive on the 14th.', '2023-08-02', [['14th', '2023-08-14']]],
    [
      'filed 4/15/2022 and 2022-04-16',
      undefined,
      [
        ['4/15/2022', '2022-04-15'],
        ['2022-04-16', '2022-04-16'],
      ],
    ],
    ['expected in May.', '2023-01-10', [['May', '2023-05']]],
    [
      'rose between 2015 and 2019',
      undefined,
      [
        ['2015', '2015'],
        ['2019', '2019'],
      ],
    ],
  ])('%s', (text, ref, expected) => {
    expect(en(text, ref)).toEqual(expected);
  });
});

describe('findDates (English): what is not a date', () => {
  it.each([
    ['We met yesterday and will meet again today.', 'relative days'],
    ['The visit happens later this summer.', 'relative seasons'],
    ['the 2018 Summit of the Americas', 'a year inside a name'],
    ['the 45th President and the 21st century', 'ordinals that are not days'],
    ['You may see 20 of them; we march on.', 'the verb may and march'],
    ['It took 15 years and cost 2,000 dollars.', 'durations and amounts'],
  ])('%s (%s)', (text) => {
    expect(en(text)).toEqual([]);
  });
});

describe('findDates (English): values', () => {
  it.each([
    ['December 30', '2024-01-02', '2023-12-30'],
    ['January 3', '2023-12-29', '2024-01-03'],
    ['May 20', undefined, '--05-20'],
    ['on the 21st.', undefined, '---21'],
  ])('%s in an article of %s → %s', (text, ref, value) => {
    expect(findDates(text, { lang: 'en', ...(ref ? { referenceDate: ref } : {}) })[0]?.value).toBe(value);
  });
});
