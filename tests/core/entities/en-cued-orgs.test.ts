// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseEnglish } from '@/src/core/entities/en/recognise-english';

// Sentences written for these tests (fictional bodies and people).
const orgs = (text: string) =>
  recogniseEnglish(text, {})
    .filter((e) => e.type === 'org')
    .map((e) => e.text);
const people = (text: string) =>
  recogniseEnglish(text, {})
    .filter((e) => e.type === 'official' || e.type === 'person')
    .map((e) => e.text);

describe('recogniseEnglish: organisations introduced by what they are', () => {
  it.each([
    [
      'a watchdog named after its cue, and its repeat',
      'The press freedom watchdog Clear Lens Monitor said on Friday that the Clear Lens Monitor survey was late.',
      ['Clear Lens Monitor', 'Clear Lens Monitor'],
    ],
    ['an airline', 'Passengers of the airline Skyvela were delayed.', ['Skyvela']],
    ['a think tank', 'according to the think tank Harbour House', ['Harbour House']],
  ])('%s', (_, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it('does not read the cued name as a person even before "said"', () => {
    expect(people('The advocacy group Fair Rivers Alliance said it would sue.')).toEqual([]);
  });

  it('leaves a person after a cue noun alone', () => {
    expect(orgs('The firm Daniel Ostrow founded in 2001 closed.')).toEqual([]);
  });
});

describe('recogniseEnglish: committee names joined by "and"', () => {
  it.each([
    [
      'a body word after "and" inside one committee name',
      'the House Energy and Commerce Committee voted',
      ['House Energy and Commerce Committee'],
    ],
    [
      'a party member before the committee is no part of it',
      'Rep. Lia Moreau, the ranking Republican on the Senate Commerce and Government Affairs Committee, objected.',
      ['Senate Commerce and Government Affairs Committee'],
    ],
    [
      'two bodies still split',
      'the Ministry of Finance and Government Accountability Office',
      ['Ministry of Finance', 'Government Accountability Office'],
    ],
  ])('%s', (_, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});

describe('recogniseEnglish: one body or two around "and"', () => {
  it.each([
    [
      'a department of two fields',
      'The Department of Labor and Social Services issued guidance.',
      ['Department of Labor and Social Services'],
    ],
    [
      'a body, then a title before a name',
      'She met members of the United Auto Workers and Seattle Mayor Dana Kell.',
      ['United Auto Workers'],
    ],
  ])('%s', (_, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});

describe('recogniseEnglish: a text cut right after a title word', () => {
  it('still finds the people before it', () => {
    const found = recogniseEnglish('Governor Ada Lind asked Omar Reddy to serve as Secretary', {});
    expect(found.map((e) => [e.type, e.text])).toEqual([
      ['official', 'Ada Lind'],
      ['person', 'Omar Reddy'],
    ]);
  });
});

describe('recogniseEnglish: a mission named by its city', () => {
  it.each([
    ['embassy and capital', 'Photo courtesy of the U.S. Embassy Seoul.', ['U.S. Embassy Seoul']],
    ['no city', 'The U.S. Embassy said the office was closed.', ['U.S. Embassy']],
  ])('%s', (_, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});
