// @vitest-environment node
import { describe, expect, it } from 'vitest';
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
      [],
    ],
    [
      'an embassy includes the city it is in',
      'She was deputy chief of mission at the U.S. Embassy in Jakarta until June.',
      ['org:U.S. Embassy in Jakarta'],
    ],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
