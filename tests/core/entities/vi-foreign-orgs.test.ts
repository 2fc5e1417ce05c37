// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recognise } from '@/src/core/entities/recognise.ts';

// Sentences written for these tests (fictional companies).
const orgs = (text: string) =>
  recognise(text, { lang: 'vi' })
    .filter((e) => e.type === 'org')
    .map((e) => e.text);

describe('Vietnamese: foreign organisations named after a noun saying what they are', () => {
  it.each([
    ['a carrier', 'Hôm qua, hãng hàng không Skylark Jet mở đường bay mới.', ['Skylark Jet']],
    ['a rating agency', 'Theo tổ chức xếp hạng Fitchwell, triển vọng ổn định.', ['Fitchwell']],
    ['an investment fund', 'Cổ phiếu được quỹ đầu tư Harbor Peak bán ra.', ['Harbor Peak']],
    ['a capitalised cue opening a sentence', 'Hãng Norvik cho biết sẽ mở nhà máy.', ['Norvik']],
    // A capitalised head noun makes a Vietnamese body name, read whole by the body rules.
    ['a head noun opening the name', 'Tập đoàn Norvik cho biết sẽ mở nhà máy.', ['Tập đoàn Norvik']],
    [
      'a later repeat',
      'hãng Zentrix ký hợp đồng. Sau đó, Zentrix công bố lợi nhuận.',
      ['Zentrix', 'Zentrix'],
    ],
    ['an apostrophe inside the name', 'Hãng xếp hạng Garner’s nâng hạng.', ['Garner’s']],
  ])('%s', (_, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it.each([
    ['a Vietnamese name after the noun', 'Tổ chức Đảng các cấp họp.'],
    ['a kind of fund', 'Dòng tiền vào các quỹ ETF tăng mạnh.'],
    ['a capitalised noun mid-sentence', 'Ông nói Hãng Zentrix chưa trả lời.'],
  ])('%s is no foreign organisation', (_, text) => {
    expect(orgs(text)).toEqual([]);
  });
});
