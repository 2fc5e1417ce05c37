// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseEnglish } from '@/src/core/entities/en/recognise-english';

/** Entities as "type:text" and, for officials, "= title | title". */
const found = (text: string) =>
  recogniseEnglish(text, {})
    .filter((e) => e.type !== 'date')
    .map((e) =>
      e.type === 'official'
        ? `official:${e.text} = ${(e.titles ?? []).map((t) => t.text).join(' | ')}`
        : `${e.type}:${e.text}`,
    );

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

  it.each([] as [string, string, string[]][])('%s', (_rule, text, want) => {
    expect(found(text)).toEqual(want);
  });
});
