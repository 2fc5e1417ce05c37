// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recognise } from '@/src/core/entities/recognise.ts';
import type { Entity } from '@/src/core/entities/types.ts';

// Written for these tests (fictional people).
const VI =
  'Ngày 12/3, Phó Chủ tịch UBND tỉnh Sóc Trăng Lâm Văn Hòa làm việc với Sở Giáo dục và Đào tạo. ' +
  'Ông Lâm Văn Hòa yêu cầu ngành giáo dục chuẩn bị kỹ kỳ thi năm 2024.\nẢnh: Đặng Thu Hà/TTXVN\n';
const EN = 'Secretary of Agriculture Tom Vilsack met Governor Janet Mills of Maine on May 20, 2024.';

/** Every entity's offsets index the text it came from, in order, with no overlap within a type. */
function expectWellFormed(text: string, entities: Entity[]) {
  let prevStart = -1;
  const lastEnd = new Map<string, number>();
  for (const e of entities) {
    expect(e.start).toBeGreaterThanOrEqual(prevStart);
    expect(e.end).toBeGreaterThan(e.start);
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(e.start).toBeGreaterThanOrEqual(lastEnd.get(e.type) ?? 0);
    for (const t of e.titles ?? []) expect(text.slice(t.start, t.end)).toBe(t.text);
    prevStart = e.start;
    lastEnd.set(e.type, e.end);
  }
}

describe('recognise', () => {
  it('composes Vietnamese officials, organisations, persons and dates', () => {
    const found = recognise(VI, { referenceDate: '2024-03-12' });
    expectWellFormed(VI, found);
    const summary = found.map((e) => `${e.type}:${e.text}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        'date:Ngày 12/3',
        'org:UBND tỉnh Sóc Trăng',
        'official:Lâm Văn Hòa',
        'org:Sở Giáo dục và Đào tạo',
        'person:Đặng Thu Hà',
        'org:TTXVN',
        'date:năm 2024',
      ]),
    );
    expect(found.find((e) => e.text === 'Ngày 12/3')?.value).toBe('2024-03-12');
    expect(found.every((e) => e.lang === 'vi')).toBe(true);
  });

  it('detects the language of each stretch of mixed text', () => {
    const text = `${VI}\n${EN}\n`;
    const found = recognise(text, { referenceDate: '2024-03-12' });
    expectWellFormed(text, found);
    const vilsack = found.find((e) => e.text.includes('Vilsack'));
    expect(vilsack?.lang).toBe('en');
    expect(found.find((e) => e.text === 'Lâm Văn Hòa')?.lang).toBe('vi');
  });

  it('maps offsets back into NFD text', () => {
    const nfd = VI.normalize('NFD');
    expect(nfd).not.toBe(VI);
    const found = recognise(nfd, { referenceDate: '2024-03-12' });
    expectWellFormed(nfd, found);
    const nfc = recognise(VI, { referenceDate: '2024-03-12' });
    expect(found.map((e) => e.text.normalize('NFC'))).toEqual(nfc.map((e) => e.text));
  });

  it.each([
    ['empty text', ''],
    ['only spaces and punctuation', ' \n\t,.;:!?-–—()[]"“”'],
    ['stray HTML entities', '&nbsp;Bí thư Tỉnh ủy&amp;Yên Bái&#8230; Đỗ Văn An &lt;b&gt;phát biểu&quot;'],
    ['mixed scripts', 'Chủ tịch 習近平 và Thủ tướng Phạm Văn Đồng 🇻🇳 مرحبا Ελλάδα ông Лев Толстой.'],
    ['only capitals', 'BÍ THƯ TỈNH ỦY NGUYỄN VĂN AN VÀ UBND TỈNH ĐẮK LẮK NGÀY 24/4/2024.'],
    ['lone surrogates and combining marks', '\uD800 ̀̀ Ông \uDFFF Lê ́ Văn'],
  ])('never throws on %s', (_case, text) => {
    const found = recognise(text);
    expectWellFormed(text, found);
  });

  it('reads through stray HTML entities without moving offsets', () => {
    const text = 'Bí thư&nbsp;Tỉnh ủy Yên Bái Đỗ Văn An &amp; Sở Y tế.';
    const found = recognise(text, { lang: 'vi' });
    expectWellFormed(text, found);
    expect(found.find((e) => e.type === 'official')?.text).toBe('Đỗ Văn An');
    expect(found.find((e) => e.type === 'official')?.titles?.[0]?.text).toBe('Bí thư&nbsp;Tỉnh ủy Yên Bái');
  });

  it('handles 5 MB of text', () => {
    const unit = `${VI}\n`;
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const found = recognise(text, { lang: 'vi', referenceDate: '2024-03-12' });
    expect(found.length).toBeGreaterThan(1000);
    expect(found[found.length - 1]!.end).toBeLessThanOrEqual(text.length);
  }, 120_000);

  it.each([
    ['repeated heads', 'Bộ '.repeat(20_000)],
    ['repeated offices', 'Phó Bí thư Thường trực '.repeat(5_000)],
    ['repeated family names', 'Nguyễn '.repeat(20_000)],
    ['one endless word', 'a'.repeat(200_000)],
  ])('stays well-formed on pathological input: %s', (_case, text) => {
    expectWellFormed(text, recognise(text, { lang: 'vi' }));
  });

  it('follows a given language', () => {
    const found = recognise('Ông Lâm Văn Hòa phát biểu.', { lang: 'en' });
    expect(found.every((e) => e.lang === 'en')).toBe(true);
  });
});
