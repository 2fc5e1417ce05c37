// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { foundEnglish } from './found';

const found = foundEnglish;

// Sentences written for these tests (fictional people), one rule each (round-2 blind check).
describe('English round-2 rules', () => {
  it.each([
    [
      "'Special Agent in Charge' is one title",
      'Special Agent in Charge Dana Whitlow of the FBI Boston Field Office made the announcement.',
      ['official:Dana Whitlow = Special Agent in Charge', 'org:FBI Boston Field Office'],
    ],
    [
      "'Trial Attorney' and an abbreviated rank after a service",
      'Trial Attorney Owen Park argued the case against former Army Maj. Rita Cole.',
      ['official:Owen Park = Trial Attorney', 'official:Rita Cole = former Army Maj.'],
    ],
    [
      'a plural office names both people of a pair',
      'Assistant U.S. Attorneys Nora Bell and Hugo Grant are prosecuting the case.',
      ['official:Nora Bell = Assistant U.S. Attorneys', 'official:Hugo Grant = '],
    ],
    [
      "a division of a department is one body with the department's possessive",
      'He joined the Justice Department’s Antitrust Division in 2015.',
      ['org:Justice Department’s Antitrust Division'],
    ],
    [
      "an office named after its head's title",
      'The U.S. Attorney’s Office for the District of Oregon filed charges.',
      ['org:U.S. Attorney’s Office for the District of Oregon'],
    ],
    [
      "a department with 'and' in its field runs on into its unit",
      'The Department of Health and Human Services Office of Inspector General opened a review.',
      ['org:Department of Health and Human Services Office of Inspector General'],
    ],
    [
      "'General' opening a body's name stays",
      'Delegates of the General Office of the Party Committee arrived.',
      ['org:General Office of the Party Committee'],
    ],
    [
      'an event named after a body is no body; the body is',
      'She spoke at the NATO Summit and the G20 Leaders’ Summit.',
      ['org:NATO', 'org:G20'],
    ],
    ['a dateline city in capitals is no body', 'BOISE — A local man was charged today.', []],
    [
      'a stacked office before a rank and its service',
      'Navy Press Secretary Air Force Brig. Gen. Lee Moss briefed reporters.',
      ['official:Lee Moss = Navy Press Secretary | Air Force Brig. Gen.'],
    ],
    [
      'a body known by one word takes no complement inside a title',
      'said Under Secretary of the Treasury for International Affairs Mia Stone.',
      ['org:Treasury', 'official:Mia Stone = Under Secretary of the Treasury for International Affairs'],
    ],
    [
      'a common noun split off a body is no surname',
      'He was named Director of the Federal Relief Agency’s Office for Disaster Prevention.',
      ['org:Federal Relief Agency’s Office for Disaster Prevention'],
    ],
    [
      'a building as a place is no body; as an actor it is',
      'They met at the Pentagon. The Pentagon said no.',
      ['org:Pentagon'],
    ],
    [
      'an age or an indefinite description in apposition presents a private person',
      'Court records show Ray Delgado Soto, 47, and Lina Marsh, a retired teacher, testified.',
      ['person:Ray Delgado Soto', 'person:Lina Marsh'],
    ],
    [
      'a described place or body is no person',
      'Cedar Falls, a town in Iowa, and Open Lantern, a nonprofit group, joined.',
      [],
    ],
    [
      'a meeting named after a body is no person',
      'The Secretary will attend the NATO Defense Ministers Meeting in June.',
      ['org:NATO'],
    ],
    [
      'a domain that is also a title head stays in the complement',
      'Special Envoy for Global Criminal Justice Ana Ruiz Vela spoke.',
      ['official:Ana Ruiz Vela = Special Envoy for Global Criminal Justice'],
    ],
    [
      'a two-word country inside a plural title',
      'Assistant United States Attorneys Lea Moss and Ken Obi are prosecuting.',
      ['official:Lea Moss = Assistant United States Attorneys', 'official:Ken Obi = '],
    ],
    [
      "a prosecutors' unit is a body",
      'The case is handled by the Public Corruption Unit.',
      ['org:Public Corruption Unit'],
    ],
    [
      "a capitalised 'Former' opens the title; a headline's words before it do not qualify it",
      'Statement on the Passing of Former Governor Ruth Ames',
      ['official:Ruth Ames = Former Governor'],
    ],
    [
      "State Department bureaus' domains stay in the title, not in the name",
      'Assistant Secretary for International Economics and Sanctions Policy Omar Haidari spoke.',
      ['official:Omar Haidari = Assistant Secretary for International Economics and Sanctions Policy'],
    ],
    ['an acronym in a law’s name is no body', 'The RESTORE and Renewal Act passed.', []],
    [
      "'Commandant' is an office; a rank after it is a title of its own",
      'Coast Guard Commandant Adm. Rita Vance and Sheriff Joe Park spoke.',
      [
        'org:Coast Guard',
        'official:Rita Vance = Coast Guard Commandant | Adm.',
        'official:Joe Park = Sheriff',
      ],
    ],
    [
      'the Joint Chiefs of Staff named in an apposition',
      'Gen. Ada Fox, chairman of the Joint Chiefs of Staff, testified.',
      ['official:Ada Fox = Gen. | chairman of the Joint Chiefs of Staff', 'org:Joint Chiefs of Staff'],
    ],
    [
      'a Vietnamese name of four words without diacritics',
      'The award went to Pham Thi Ngoc Lan, a teacher from Hue.',
      ['person:Pham Thi Ngoc Lan'],
    ],
  ])('%s', (_rule, text, want) => {
    expect(found(text)).toEqual(want);
  });
});
