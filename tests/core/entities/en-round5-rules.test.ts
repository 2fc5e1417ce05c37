// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findEnglishDates } from '@/src/core/entities/dates/en-dates';
import { foundEnglish } from './found';

const found = foundEnglish;

// Sentences written for these tests (fictional people), one rule each (round-5 blind check).
describe('English round-5 rules', () => {
  it.each([
    [
      'words whose initials spell the acronym after them name a body, head noun or not; the acronym then does too',
      'Auditors found that U.S. Customs and Border Protection (CBP) lost track of funds. CBP agreed.',
      ['org:U.S. Customs and Border Protection', 'org:CBP', 'org:CBP'],
    ],
    [
      'a spelled-out acronym of a thing is no body',
      'The Gross Domestic Product (GDP) grew, and the Free Trade Agreement (FTA) took effect.',
      [],
    ],
    [
      'bodies named without a head noun',
      'Volunteers from the American Red Cross and AFL-CIO members joined the Defense Criminal Investigative Service.',
      ['org:American Red Cross', 'org:AFL-CIO', 'org:Defense Criminal Investigative Service'],
    ],
    [
      'the Senate confirming someone as an office puts them in it, and their later mentions',
      'The Senate voted to confirm Marla J. Quinn as secretary of labor. Quinn thanked senators.',
      ['org:Senate', 'official:Marla J. Quinn = ', 'official:Quinn = '],
    ],
    [
      'confirming someone as something that is no office makes no official',
      'Police confirmed Dale Porter as the driver.',
      ['person:Dale Porter'],
    ],
    [
      'an embassy includes the city it is in',
      'She was deputy chief of mission at the U.S. Embassy in Jakarta until June.',
      ['org:U.S. Embassy in Jakarta'],
    ],
    [
      'a body’s name does not run on through "on" into a date',
      'Treasury sanctioned members of the Constituent Assembly on Aug. 9 and the Council on Foreign Relations noted it.',
      ['org:Treasury', 'org:Constituent Assembly', 'org:Council on Foreign Relations'],
    ],
    [
      'a White House nomination list puts each nominee in office, and their later mentions',
      'Dana R. Pike of Ohio, to be Ambassador Extraordinary and Plenipotentiary to Chile. Ms. Pike joined the Foreign Service in 1995.',
      ['official:Dana R. Pike = ', 'official:Pike = '],
    ],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    [
      'a quarter',
      'Growth was 6.1 per cent in the first quarter of 2018.',
      'first quarter of 2018',
      '2018-01/2018-03',
    ],
    ['a half', 'Exports fell in the second half of 2016.', 'second half of 2016', '2016-07/2016-12'],
    [
      'months from January',
      'FDI rose in the first ten months of 2017.',
      'first ten months of 2017',
      '2017-01/2017-10',
    ],
    ['a U.S. fiscal year', 'Aid in fiscal year 2017 doubled.', 'fiscal year 2017', '2016-10/2017-09'],
  ])('a period of a year is one date: %s', (_, text, span, value) => {
    const dates = findEnglishDates(text, { y: 2018, m: 6, d: 1 });
    expect(dates.map((d) => [text.slice(d.start, d.end), d.value])).toEqual([[span, value]]);
  });
});
