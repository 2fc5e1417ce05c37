// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { foundEnglish as found } from './found';

// Sentences written for these tests (fictional people), one rule each (session 6 and the round-7 blind check).
describe('English round-7 rules', () => {
  it.each([
    [
      'an office of a body whose name is a comma list holds the whole list',
      'Minister of Labour, Invalids and Social Affairs Dao Ngoc Tuan met Deputy Minister of Culture, Sports and Tourism Ta Quang Dinh.',
      [
        'official:Dao Ngoc Tuan = Minister of Labour, Invalids and Social Affairs',
        'official:Ta Quang Dinh = Deputy Minister of Culture, Sports and Tourism',
      ],
    ],
    [
      'a name after the comma is no field of the body',
      'Minister of Foreign Affairs, Pham Binh Tuan and Deputy Minister Le Hoai An attended.',
      ['person:Pham Binh Tuan', 'official:Le Hoai An = Deputy Minister'],
    ],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
