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
    [
      'a personal name after an office’s body ends the office, in a list too',
      'He met Minister of Planning and Investment Nguyen Chi Hoa, Minister of Industry and Trade Tran Quang Vinh and U.S. Ambassador to Vietnam Theodore Marsh.',
      [
        'official:Nguyen Chi Hoa = Minister of Planning and Investment',
        'official:Tran Quang Vinh = Minister of Industry and Trade',
        'official:Theodore Marsh = U.S. Ambassador to Vietnam',
      ],
    ],
    [
      'a given name and a middle initial after a one-word body start the name',
      'U.S. Ambassador to Vietnam Daniel J. Okafor and Tran Minh Duc, acting director of the General Department, signed.',
      [
        'official:Daniel J. Okafor = U.S. Ambassador to Vietnam',
        'official:Tran Minh Duc = acting director of the General Department',
        'org:General Department',
      ],
    ],
    [
      'a place in the body is no name ("Ho Chi Minh City", "Georgia")',
      'Consul General of Ho Chi Minh City Mark Dale met Ambassador to Georgia Kelly Degnan.',
      [
        'official:Mark Dale = Consul General of Ho Chi Minh City',
        'official:Kelly Degnan = Ambassador to Georgia',
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
