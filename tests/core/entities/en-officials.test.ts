// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseEnglish } from '@/src/core/entities/en/recognise-english';

const people = (text: string) =>
  recogniseEnglish(text, {})
    .filter((e) => e.type === 'official' || e.type === 'person')
    .map((e) => [e.type, e.text, (e.titles ?? []).map((t) => t.text)]);

describe('recogniseEnglish: officials and their titles', () => {
  it.each([
    [
      'pre-nominal title',
      'Yesterday Governor Maria Lopez opened the bridge.',
      [['official', 'Maria Lopez', ['Governor']]],
    ],
    [
      'title with a domain complement',
      'Secretary of Energy Tom Baker spoke.',
      [['official', 'Tom Baker', ['Secretary of Energy']]],
    ],
    [
      'nationality and rank modifiers',
      'He met Thai Deputy Prime Minister Anan Chai.',
      [['official', 'Anan Chai', ['Thai Deputy Prime Minister']]],
    ],
    [
      'stacked office and military rank',
      'with Minister of the Interior Lt. Gen. Omar Haddad today',
      [['official', 'Omar Haddad', ['Minister of the Interior', 'Lt. Gen.']]],
    ],
    [
      'an organisation ending the title before the name',
      'Chair of the Budget Committee of the Senate Ana Ruiz said',
      [['official', 'Ana Ruiz', ['Chair of the Budget Committee of the Senate']]],
    ],
    [
      'coordinated heads as one title, in apposition',
      'The firm named Lee Park, President and CEO of Orion Bank, to the board.',
      [['official', 'Lee Park', ['President and CEO of Orion Bank']]],
    ],
    [
      'apposition with "the" and two offices',
      'Sara Kim, the Mayor of Springfield, Chair of the Regional Council, spoke.',
      [['official', 'Sara Kim', ['Mayor of Springfield', 'Chair of the Regional Council']]],
    ],
    [
      'abbreviated titles',
      'Sen. Ann Cole and Rep. Bo Diaz voted.',
      [
        ['official', 'Ann Cole', ['Sen.']],
        ['official', 'Bo Diaz', ['Rep.']],
      ],
    ],
    ['former', 'former President Jon Wells', [['official', 'Jon Wells', ['former President']]]],
    [
      'Vietnamese surname that is an English word',
      'Minister of Public Security Gen. To Lam',
      [['official', 'To Lam', ['Minister of Public Security', 'Gen.']]],
    ],
    [
      'generational suffix',
      'Secretary of the Navy Carl T. Moss Jr. said',
      [['official', 'Carl T. Moss Jr.', ['Secretary of the Navy']]],
    ],
    [
      'two heads make a strong title',
      'Attorney General Lena Ortiz filed',
      [['official', 'Lena Ortiz', ['Attorney General']]],
    ],
    [
      'a courtesy word between title and name',
      'Health Minister Dr. Ana Silva',
      [['official', 'Ana Silva', ['Health Minister']]],
    ],
    [
      'an organisation before the head',
      'Bureau of Prisons (BOP) Director Sam Cole and NASA Administrator Eve Park',
      [
        ['official', 'Sam Cole', ['Bureau of Prisons (BOP) Director']],
        ['official', 'Eve Park', ['NASA Administrator']],
      ],
    ],
    [
      'coordinated officials after a domain complement',
      'Assistant Secretary for Trade Affairs Ian Moe and U.S. Ambassador to Peru Liz Ho met',
      [
        ['official', 'Ian Moe', ['Assistant Secretary for Trade Affairs']],
        ['official', 'Liz Ho', ['U.S. Ambassador to Peru']],
      ],
    ],
  ])('%s', (_rule, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['a predicate is not a title', 'She served as Director of the Peace Corps.'],
    ['a title without a name', 'The Deputy Secretary also raised human rights.'],
    [
      'service membership is not a title',
      'A career member of the Senior Foreign Service, she served abroad.',
    ],
    ['weak heads alone are not titles', 'General Motors and Head Office staff'],
  ])('%s', (_rule, text) => {
    expect(people(text).filter(([type]) => type === 'official')).toEqual([]);
  });
});

describe('recogniseEnglish: later mentions share the key of the full name', () => {
  it('surname alone, title + surname and Mr. + surname', () => {
    const found = recogniseEnglish(
      'Ambassador Rita Moreno arrived. Moreno met students. Later, Ambassador Moreno and Mr. Moreno left.',
      {},
    ).filter((e) => e.type === 'official');
    expect(found.map((e) => [e.text, e.key])).toEqual([
      ['Rita Moreno', 'person:rita moreno'],
      ['Moreno', 'person:rita moreno'],
      ['Moreno', 'person:rita moreno'],
      ['Moreno', 'person:rita moreno'],
    ]);
    expect(found[2]!.titles!.map((t) => t.text)).toEqual(['Ambassador']);
    expect(found[3]!.titles).toEqual([]);
  });

  it('a surname inside a longer capitalised name is not a mention', () => {
    const found = recogniseEnglish('Mayor Dan Price spoke. Tom Price Avenue was closed.', {});
    expect(found.filter((e) => e.type === 'official').map((e) => e.text)).toEqual(['Dan Price']);
  });
});

describe('recogniseEnglish: persons', () => {
  it.each([
    ['a speaker without office', 'Maya Lin said the plan works.', [['person', 'Maya Lin', []]]],
    ['a courtesy title without office', 'Ms. Nora Webb attended.', [['person', 'Nora Webb', []]]],
    ['a byline', 'By Tran Minh\nHANOI', [['person', 'Tran Minh', []]]],
  ])('%s', (_rule, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('recogniseEnglish: offsets and robustness', () => {
  it('titles and names index the text as given, NFD included', () => {
    const text = 'Foreign Minister Bùi Thanh Sơn met Ambassador Lê Văn An.'.normalize('NFD');
    const found = recogniseEnglish(text, {});
    expect(found.map((e) => e.text)).toEqual(['Bùi Thanh Sơn', 'Lê Văn An'].map((s) => s.normalize('NFD')));
    for (const e of found) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      for (const t of e.titles ?? []) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it.each([
    ['empty', ''],
    ['only capitals', 'SECRETARY OF STATE JOHN DOE MET THE MINISTRY OF DEFENSE (MOD) ON MAY 5'],
    ['HTML entities and tags', 'President&nbsp;<b>Ann Lee</b> &amp; the Ministry of&#160;Trade'],
    ['mixed scripts', 'Thủ tướng 范明正 met President 김정은 and Минис Иванов.'],
    ['punctuation only', '(((,,,))) -- ’’ ;;'],
  ])('never throws: %s', (_label, text) => {
    expect(() => recogniseEnglish(text, {})).not.toThrow();
  });

  it('handles 5 MB of text', () => {
    const para = 'Deputy Secretary Jane Roe met officials of the Ministry of Finance on May 4. Roe said so. ';
    const text = para.repeat(Math.ceil(5_000_000 / para.length));
    const found = recogniseEnglish(text, {});
    expect(found.length).toBeGreaterThan(100_000);
  }, 60_000);
});
