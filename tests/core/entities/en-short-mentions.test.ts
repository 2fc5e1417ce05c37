// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recogniseEnglish } from '@/src/core/entities/en/recognise-english';

// Written for these tests (fictional people).
const mentions = (text: string) =>
  recogniseEnglish(text, {})
    .filter((e) => e.type === 'official' || e.type === 'person')
    .map((e) => [e.type, e.text, e.key]);

describe('recogniseEnglish: short mentions', () => {
  it.each([
    [
      'a family name written first, after an honorific and bare inside a sentence or before "said"',
      'Foreign Minister Zhao Lin met envoys. Mr. Zhao was calm. Zhao said talks went well. Reporters asked Zhao again.',
      [
        ['official', 'Zhao Lin', 'person:zhao lin'],
        ['official', 'Zhao', 'person:zhao lin'],
        ['official', 'Zhao', 'person:zhao lin'],
        ['official', 'Zhao', 'person:zhao lin'],
      ],
    ],
    [
      'three-word names written family name first',
      'President Park Min Seo arrived. Park said the summit mattered.',
      [
        ['official', 'Park Min Seo', 'person:park min seo'],
        ['official', 'Park', 'person:park min seo'],
      ],
    ],
    [
      'an English given name alone is not a short mention',
      'Senator Donald Pratt voted. Donald left early. Mr. Pratt stayed.',
      [
        ['official', 'Donald Pratt', 'person:donald pratt'],
        ['official', 'Pratt', 'person:donald pratt'],
      ],
    ],
    [
      'a family name opening a sentence without a reporting verb is left alone',
      'Minister Tran Hoa spoke. Tran Street was closed.',
      [['official', 'Tran Hoa', 'person:tran hoa']],
    ],
    [
      'an adverb opening a sentence is not part of a name',
      'Governor Ruth Calder spoke. Later Calder signed the bill.',
      [
        ['official', 'Ruth Calder', 'person:ruth calder'],
        ['official', 'Calder', 'person:ruth calder'],
      ],
    ],
    [
      '"-elect" titles before a name',
      'President-elect Marta Quill named her cabinet.',
      [['official', 'Marta Quill', 'person:marta quill']],
    ],
  ])('%s', (_case, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
