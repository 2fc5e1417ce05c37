// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseEnglish } from '@/src/core/entities/en/recognise-english';

const orgs = (text: string) =>
  recogniseEnglish(text, {})
    .filter((e) => e.type === 'org')
    .map((e) => e.text);

describe('recogniseEnglish: organisation boundaries', () => {
  it.each([
    [
      'members after the head',
      'The National Federation of Postal Carriers said so.',
      ['National Federation of Postal Carriers'],
    ],
    [
      'seniority word before members',
      'The Junior Officers Association met.',
      ['Junior Officers Association'],
    ],
    [
      'a seniority word before a body is a title',
      'He is a Senior State Department Fellow.',
      ['State Department'],
    ],
    [
      'two bodies coordinated',
      'It met the Department of Energy and Justice Department staff.',
      ['Department of Energy', 'Justice Department'],
    ],
    [
      'one body with "and" inside',
      'The House Ways and Means Committee voted.',
      ['House Ways and Means Committee'],
    ],
    [
      'a domain list is one body',
      'The Ministry of Science and Technology said.',
      ['Ministry of Science and Technology'],
    ],
    [
      'a title after the body',
      'Bureau of Land Management Deputy Director Ana Ruiz spoke.',
      ['Bureau of Land Management'],
    ],
    ['the complement of a ministry stays', 'The Department of Justice said.', ['Department of Justice']],
    [
      'a known body without head',
      'The Treasury and Reuters reported it. (Ana Ruiz/Getty Images)',
      ['Treasury', 'Reuters', 'Getty Images'],
    ],
    ['a dateline gives the agency', 'SPRINGFIELD (AP) — The deal passed.', ['AP']],
  ])('%s', (_, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});
