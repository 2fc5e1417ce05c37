// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseEnglish } from '@/src/core/entities/en/recognise-english';

const orgs = (text: string) =>
  recogniseEnglish(text, {})
    .filter((e) => e.type === 'org')
    .map((e) => e.text);

describe('recogniseEnglish: organisations', () => {
  it.each([
    ['head noun last', 'The National Weather Service Agency warned.', ['National Weather Service Agency']],
    [
      'head with a complement',
      'the Ministry of Natural Resources and Environment said',
      ['Ministry of Natural Resources and Environment'],
    ],
    [
      'head in the middle, complement after',
      'at the Institute for Policy Research of Hanoi today',
      ['Institute for Policy Research of Hanoi'],
    ],
    [
      'list split at "and the"',
      'the Ministry of Health and the Ministry of Education',
      ['Ministry of Health', 'Ministry of Education'],
    ],
    ['list of companies', 'Acme Corp. and Zenith LLC signed', ['Acme Corp.', 'Zenith LLC']],
    ['country possessive dropped', 'Peru’s National Police arrested', ['National Police']],
    [
      'organisation possessive kept',
      'Harvard University’s Kennedy School hosted',
      ['Harvard University’s Kennedy School'],
    ],
    ['plural possessive kept', 'the Hanoi People’s Committee met', ['Hanoi People’s Committee']],
    ['title words trimmed', 'a Senior Treasury Department Fellow', ['Treasury Department']],
    ['known bodies without a head', 'the White House and NATO', ['White House', 'NATO']],
    [
      'acronym inside a name stays inside',
      'the Pacific Trade Forum (PTF) Steering Council met',
      ['Pacific Trade Forum (PTF) Steering Council'],
    ],
    ['organisation inside a title', 'Director of the Bureau of Statistics Ann Lee', ['Bureau of Statistics']],
    ['a body named by its head alone when it is unique', 'Congress passed the bill.', ['Congress']],
    [
      'nationality adjective dropped',
      'the Vietnamese Ministry of Foreign Affairs said',
      ['Ministry of Foreign Affairs'],
    ],
    ['forces', 'the U.S. Air Force and a Joint Task Force', ['U.S. Air Force', 'Joint Task Force']],
    ['a date ends the name', 'the Ministry of Trade on May 5 said', ['Ministry of Trade']],
  ])('%s', (_rule, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it.each([
    ['a head noun alone', 'the Council decided and the Institute agreed'],
    ['countries and places', 'the United States and Vietnam in Washington'],
    ['short forms that are not bodies', 'The CEO said COVID cut GDP.'],
    ['a facility named after a body', 'landed at Offutt Air Force Base'],
    ['a dateline city in capitals', 'HANOI, May 20 — The delegation arrived.'],
    [
      'a shouted headline',
      'Officials met. SECRETARY OF STATE MEETS THE MINISTRY OF DEFENSE TODAY. The talks went well and the two teams agreed on a plan.',
    ],
    ['a framework is not a body', 'the Indo-Pacific Economic Framework (IPEF) and IPEF partners'],
  ])('not organisations: %s', (_rule, text) => {
    expect(orgs(text)).toEqual([]);
  });

  it('an acronym defined in parentheses shares the full name’s key', () => {
    const found = recogniseEnglish(
      'The Foreign Trade Institute (FTI) trains staff. FTI opened in 1990.',
      {},
    ).filter((e) => e.type === 'org');
    expect(found.map((e) => [e.text, e.key])).toEqual([
      ['Foreign Trade Institute', 'org:foreign trade institute'],
      ['FTI', 'org:foreign trade institute'],
      ['FTI', 'org:foreign trade institute'],
    ]);
  });
});
