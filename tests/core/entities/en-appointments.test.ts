// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseEnglish } from '@/src/core/entities/en/recognise-english';

// Sentences written for these tests (fictional people).
const people = (text: string) =>
  recogniseEnglish(text, {})
    .filter((e) => e.type === 'official' || e.type === 'person')
    .map((e) => [e.type, e.text, (e.titles ?? []).map((t) => t.text), e.key]);

describe('recogniseEnglish: appointments make officials (the office is a predicate, not a title)', () => {
  it.each([
    [
      'named … as',
      'The mayor named Oscar Villen as director of the port on Friday.',
      [['official', 'Oscar Villen', [], 'person:oscar villen']],
    ],
    [
      'the appointment of …, with an apposition, as',
      'The board announced the appointment of Ruth Abara, 58, of Tulsa, as Chief Financial Officer.',
      [['official', 'Ruth Abara', [], 'person:ruth abara']],
    ],
    [
      'who was appointed',
      'Pedro Kastelic, who was appointed envoy last year, resigned.',
      [['official', 'Pedro Kastelic', [], 'person:pedro kastelic']],
    ],
    [
      'sworn in as',
      'Nadia Fenwick was sworn in as the county treasurer.',
      [['official', 'Nadia Fenwick', [], 'person:nadia fenwick']],
    ],
  ])('%s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('shares the key with a later bare surname', () => {
    const found = people('The council elected Ivo Brandt as its chair. Brandt thanked the members.');
    expect(found).toEqual([
      ['official', 'Ivo Brandt', [], 'person:ivo brandt'],
      ['official', 'Brandt', [], 'person:ivo brandt'],
    ]);
  });

  it.each([
    ['named after someone', 'The school was named after Paul Grenier, who was named after his uncle.'],
    ['called by name', 'A man named Tobias Wren was arrested.'],
  ])('%s is no appointment', (_, text) => {
    expect(people(text).filter(([type]) => type === 'official')).toEqual([]);
  });
});

describe('recogniseEnglish: a rank before a lone surname', () => {
  it.each([
    ['General', 'Reporters asked about General Hollister, who declined to comment.', 'General', 'Hollister'],
    ['President-elect', 'On Monday, President-elect Varga met the cabinet.', 'President-elect', 'Varga'],
  ])('%s', (_, text, title, name) => {
    expect(people(text)[0]?.slice(0, 3)).toEqual(['official', name, [title]]);
  });

  it.each([
    'General Motors cut jobs.',
    'The General Assembly adopted the resolution.',
    'Shares of General Electric rose.',
  ])('%s has no official', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('a known surname used as a modifier ("the X administration") is no mention', () => {
    const found = people('Senator Ada Morrow spoke. Critics of the Morrow plan said Morrow was wrong.');
    expect(found.map((f) => f[1])).toEqual(['Ada Morrow', 'Morrow']);
  });
});

describe('recogniseEnglish: titles at the edges of a phrase', () => {
  const titles = (text: string) =>
    recogniseEnglish(text, {})
      .filter((e) => e.type === 'official')
      .map((e) => [e.text, (e.titles ?? []).map((t) => t.text)]);

  it.each([
    [
      'a lower-case body already named, in apposition',
      'Rep. Ella Voss, chair of the panel, opened the session.',
      [['Ella Voss', ['Rep.', 'chair of the panel']]],
    ],
    [
      'a headline word before the title',
      'Remarks of Vice President Carl Maddox at the forum',
      [['Carl Maddox', ['Vice President']]],
    ],
    [
      'a whole body before "and" is not the title’s qualifier',
      'She met members of the United Auto Workers and Seattle Mayor Dana Kell.',
      [['Dana Kell', ['Seattle Mayor']]],
    ],
  ])('%s', (_, text, expected) => {
    expect(titles(text)).toEqual(expected);
  });
});

describe('recogniseEnglish: press-release appointments and appositions', () => {
  it.each([
    [
      'age and hometown before the appointment',
      'Lena Varga, 39, of Eugene, has been appointed Deputy Director of Parks.',
      [['official', 'Lena Varga', [], 'person:lena varga']],
    ],
    [
      'a seat on a body',
      'Omar Reddy, 61, of Tacoma, was named to the board.',
      [['official', 'Omar Reddy', [], 'person:omar reddy']],
    ],
    [
      'a long body with "and" in an apposition',
      'Dr. Ines Pardo, director of the Institute of Allergy and Infectious Diseases, testified.',
      [
        [
          'official',
          'Ines Pardo',
          ['director of the Institute of Allergy and Infectious Diseases'],
          'person:ines pardo',
        ],
      ],
    ],
    [
      'a place after the name is not part of the title',
      'He met Vietnamese Deputy Minister of Foreign Affairs Do Van Khanh in Hanoi.',
      [
        [
          'official',
          'Do Van Khanh',
          ['Vietnamese Deputy Minister of Foreign Affairs'],
          'person:do van khanh',
        ],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('recogniseEnglish: lower-case titles set off by commas, and stacked ranks', () => {
  it.each([
    [
      'a body, a lower-case title, then the name between commas',
      'The White House press secretary, Lena Dahl, said the trip was off.',
      [['official', 'Lena Dahl', ['White House press secretary'], 'person:lena dahl']],
    ],
    [
      'a place before a lower-case title after "the"',
      'The Oregon governor, Mark Ruff, signed the bill.',
      [['official', 'Mark Ruff', ['Oregon governor'], 'person:mark ruff']],
    ],
    [
      'an office spelt out, then an abbreviated rank',
      'Navy Chief of Operations Adm. Lisa Franchetti and Joint Staff Director Gen. Kurt Rowe spoke.',
      [
        ['official', 'Lisa Franchetti', ['Navy Chief of Operations', 'Adm.'], 'person:lisa franchetti'],
        ['official', 'Kurt Rowe', ['Joint Staff Director', 'Gen.'], 'person:kurt rowe'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('recogniseEnglish: relatives named by their kin', () => {
  it.each([
    ['a given name alone', 'The senator brought his daughter Mira to the hearing.', [['person', 'Mira']]],
    [
      'a full name set off by a comma',
      'She thanked her husband, Colin Oduya, for his support.',
      [['person', 'Colin Oduya']],
    ],
  ])('%s', (_, text, expected) => {
    expect(people(text).map((p) => p.slice(0, 2))).toEqual(expected);
  });
});

describe('recogniseEnglish: a party-and-state tag between a name and its apposition', () => {
  it('keeps the apposition title', () => {
    expect(
      people('The bill was backed by Sen. Ruth Okafor (D-Ore.), chair of the panel, and others.'),
    ).toEqual([['official', 'Ruth Okafor', ['Sen.', 'chair of the panel'], 'person:ruth okafor']]);
  });
});
