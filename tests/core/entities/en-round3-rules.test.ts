// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { foundEnglish } from './found';

const found = foundEnglish;

// Sentences written for these tests (fictional people), one rule each (round-3 blind check).
describe('English round-3 rules', () => {
  it.each([
    [
      'a ranked party member on a committee, in apposition, is a title (the article dropped)',
      'Sen. Hal Brody (R-Ohio), the ranking Republican on the Senate Budget Committee, objected.',
      [
        'official:Hal Brody = Sen. | ranking Republican on the Senate Budget Committee',
        'org:Senate Budget Committee',
      ],
    ],
    [
      "a committee member's seat is a title; a party member's or an unranked Democrat's is not",
      'Ann Kole, a member of the House Ways and Means Committee, spoke. Tim Rusk, a Democrat on the panel, and Lee Oduya, a member of the Green Party, did not.',
      [
        'official:Ann Kole = member of the House Ways and Means Committee',
        'org:House Ways and Means Committee',
        'person:Tim Rusk',
        'person:Lee Oduya',
        'org:Green Party',
      ],
    ],
    [
      "a body's fields listed with commas and 'and' are one name",
      'The Senate Committee on Health, Education, Labor, and Pensions met.',
      ['org:Senate Committee on Health, Education, Labor, and Pensions'],
    ],
    [
      "a lower-case 'member' after a capitalised modifier opens a title",
      'Also present was Standing member of the Party Central Committee’s Secretariat Vo Thi Lan.',
      [
        'org:Party Central Committee’s Secretariat',
        'official:Vo Thi Lan = Standing member of the Party Central Committee’s Secretariat',
      ],
    ],
    [
      "a continental adjective is part of a body's name, with its possessive",
      'Ines Vidal, chair of the European Parliament’s Committee on Budgets, said.',
      [
        'official:Ines Vidal = chair of the European Parliament’s Committee on Budgets',
        'org:European Parliament’s Committee on Budgets',
      ],
    ],
    [
      'a photographer after an agency in a credit',
      'Delegates at the meeting. Photo: VNA/Tran Hai',
      ['org:VNA', 'person:Tran Hai'],
    ],
    [
      "an appointment 'as the new' office makes an official, and later surname mentions too",
      'The Secretary appointed Rosa Linde as the new Director of the Office of Policy. Linde starts Monday.',
      ['official:Rosa Linde = ', 'org:Office of Policy', 'official:Linde = '],
    ],
    [
      "'The Secretary and Foreign Minister X': two people, the second titled; 'the Chairman and CEO of' stays one",
      'The Secretary and Foreign Minister Ana Brix discussed trade. Tom Ueda, the Chairman and CEO of Kite Bank, said.',
      [
        'official:Ana Brix = Foreign Minister',
        'official:Tom Ueda = Chairman and CEO of Kite Bank',
        'org:Kite Bank',
      ],
    ],
    [
      "a private person's family name written first stands alone later, as a sentence's subject",
      'The defendant, Chen Bo, 41, of Queens, was charged. Chen faces up to 10 years.',
      ['person:Chen Bo', 'person:Chen'],
    ],
    [
      "a given name with a middle initial ends a title's complement",
      'Assistant Secretary for Export Enforcement Nora J. Haines and Tia R. Moss, Assistant Secretary for Trade, met.',
      [
        'official:Nora J. Haines = Assistant Secretary for Export Enforcement',
        'official:Tia R. Moss = Assistant Secretary for Trade',
      ],
    ],
    [
      '"New" before a capitalised word opens a place inside a body\'s name',
      'The New Jersey Department of Labor said. New rules apply.',
      ['org:New Jersey Department of Labor'],
    ],
    [
      '"EU" and "UN" are organisations, alone and inside a title',
      'The EU and the UN welcomed the deal. UN Secretary-General Ana Ruiz spoke.',
      ['org:EU', 'org:UN', 'org:UN', 'official:Ana Ruiz = UN Secretary-General'],
    ],
    [
      'Vietnamese news agency style: a lower-case head coordinated with another, a lower-case level before a body',
      'Politburo member and permanent member of the Party Central Committee’s Secretariat Vo Van Dan met Chairman of the provincial People’s Committee Le Thi Nga.',
      [
        'org:Politburo',
        'org:Party Central Committee’s Secretariat',
        'official:Vo Van Dan = Politburo member and permanent member of the Party Central Committee’s Secretariat',
        // The level is the body's, as "tỉnh" is in "UBND tỉnh" (round 9 labelled it so).
        'org:provincial People’s Committee',
        'official:Le Thi Nga = Chairman of the provincial People’s Committee',
      ],
    ],
    ['economic acronyms are no organisations', 'FDI and ODA inflows rose while the CPI fell.', []],
  ])('%s', (_rule, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
