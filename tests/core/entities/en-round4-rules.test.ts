// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseEnglish } from '@/src/core/entities/en/recognise-english';
import { foundEnglish } from './found';

const found = foundEnglish;

const titlesOf = (text: string, name: string) =>
  recogniseEnglish(text, {})
    .find((e) => e.text === name)
    ?.titles?.map((t) => t.text);

// Sentences written for these tests (fictional people), one rule each (round-4 blind check).
describe('English round-4 rules', () => {
  it('a title never reaches back across "and" into another person\'s name', () => {
    expect(titlesOf('He stood with Trump and Georgia Gov. Brian Kemp on Monday.', 'Brian Kemp')).toEqual([
      'Georgia Gov.',
    ]);
    expect(titlesOf('Speakers included Jane Smith and Georgia Gov. Brian Kemp.', 'Brian Kemp')).toEqual([
      'Georgia Gov.',
    ]);
    // The halves of one body's name still make one qualifier.
    expect(
      titlesOf(
        'Cybersecurity and Infrastructure Security Agency Director Jen Easterly spoke.',
        'Jen Easterly',
      ),
    ).toEqual(['Cybersecurity and Infrastructure Security Agency Director']);
    expect(titlesOf('Health and Human Services Secretary Xavier Becerra spoke.', 'Xavier Becerra')).toEqual([
      'Health and Human Services Secretary',
    ]);
  });

  it.each([
    [
      'a Vietnamese name of three words or more is a person, with or without diacritics',
      'Kell spoke with workers, including Tran Thi Mai, and with economist Vũ Thành Trung of the National Economics University. He toured Ho Chi Minh City.',
      ['person:Tran Thi Mai', 'person:Vũ Thành Trung', 'org:National Economics University'],
    ],
    [
      '"Việt Nam" with its diacritics is a place that closes a title before the name',
      'The bank is led by its Country Director for Việt Nam Ingrid Solberg.',
      ['official:Ingrid Solberg = Country Director for Việt Nam'],
    ],
    [
      "a body's acronym opening a hyphenated word is the body; other capitals before a hyphen are not",
      'The EU-Việt Nam deal, a UN-backed plan and COVID-19 rules on LNG-fired plants.',
      ['org:EU', 'org:UN'],
    ],
    [
      "a seat named by the body's noun in the possessive is a title in apposition",
      'Sen. Lisa Cortland (R-Wyo.), the committee’s ranking member, and Rep. Omar Sandoval, the panel’s top Democrat, spoke.',
      [
        'official:Lisa Cortland = Sen. | committee’s ranking member',
        'official:Omar Sandoval = Rep. | panel’s top Democrat',
      ],
    ],
    [
      'an office held in a named body, told by the verb after the name, makes an official (no title)',
      'A co-defendant, Kiara Bell, was a loan officer at the SBA. Bell pleaded guilty. Amanda Greer is an analyst at the Bipartisan Policy Center. Kevin Lowe was a member of the Proud Boys.',
      [
        'official:Kiara Bell = ',
        'org:SBA',
        'official:Bell = ',
        'person:Amanda Greer',
        'org:Bipartisan Policy Center',
        'person:Kevin Lowe',
      ],
    ],
    [
      'a court or community role before a name, or a case verb after it, marks a private person',
      'The defendant, Yusuf Kaya, admitted the scheme. The victim, identified as Tamika Rhodes, testified. Derrick Vann, 45, of Dayton, was sentenced today. Homeowner Linda Marsh filed a complaint. Hartwell Industries pleaded guilty.',
      [
        'person:Yusuf Kaya',
        'person:Tamika Rhodes',
        'person:Derrick Vann',
        'person:Linda Marsh',
        'org:Hartwell Industries',
      ],
    ],
    [
      'an office after ", and" starts the next person, not the last field of the body before it',
      'Sen. Jo Reyes (D-Md.), a senior member of the Senate Foreign Relations Committee, and Rep. Al Stone (R-Texas), chairman of the House Foreign Affairs Committee, spoke.',
      [
        'official:Jo Reyes = Sen. | senior member of the Senate Foreign Relations Committee',
        'org:Senate Foreign Relations Committee',
        'official:Al Stone = Rep. | chairman of the House Foreign Affairs Committee',
        'org:House Foreign Affairs Committee',
      ],
    ],
    [
      '"General" opening a body\'s name after an acronym stays in it',
      'He spoke at the UN General Assembly.',
      ['org:UN General Assembly'],
    ],
    [
      'Viet Nam News style: "PM" is an office, a Vietnamese name closes an office before "and", and a plural possessive stays in the body before a title',
      'Deputy PM Trần Hồng Hà met Minister of Natural Resources and Environment Đặng Quốc Khánh and Hà Nội People’s Committee Chairman Trần Sỹ Thanh. Trump’s Chief of Staff Mark Meadows said.',
      [
        'official:Trần Hồng Hà = Deputy PM',
        'official:Đặng Quốc Khánh = Minister of Natural Resources and Environment',
        'org:Hà Nội People’s Committee',
        'official:Trần Sỹ Thanh = Hà Nội People’s Committee Chairman',
        'official:Mark Meadows = Chief of Staff',
      ],
    ],
    [
      'a private lawyer, a widow, co-defendants are persons',
      'Co-defendants Marcus Webb and Elias Crowe were sentenced. Webb’s attorney, Harold Finch, declined to comment. The victims included a widow, Edna Farrow. Gov. Marcus Hale named Denise Whitford as secretary. Hale said.',
      [
        'person:Marcus Webb',
        'person:Elias Crowe',
        'person:Webb',
        'person:Harold Finch',
        'person:Edna Farrow',
        'official:Marcus Hale = Gov.',
        'official:Denise Whitford = ',
        'official:Hale = ',
      ],
    ],
  ] as [string, string, string[]][])('%s', (_rule, text, want) => {
    expect(found(text)).toEqual(want);
  });
});
