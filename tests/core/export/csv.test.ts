// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { annotationsToCsv, CSV_COLUMNS, csvCell, guardFormula } from '@/src/core/export/csv';
import { annotation, sampleLibrary } from './helpers/sample-library';

/** A small RFC 4180 reader, to check that what we write parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['a=1', 'a=1'],
    ['', ''],
  ])('guards %j as %j', (input, out) => {
    expect(guardFormula(input)).toBe(out);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('quotes %j as %j', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it('writes one row per annotation that parses back to the same values, with CRLF line ends', () => {
    const lib = sampleLibrary();
    lib.annotations.push(
      annotation('evil', 'bài viết', {
        note: '=HYPERLINK("http://x","click")\nline 2, "quoted"',
        tags: ['-a', 'b'],
      }),
    );
    const csv = annotationsToCsv(lib);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(lib.annotations.length + 1);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const first = rows[1]!;
    expect(first[col('quote')]).toBe('Nguyễn Văn Định');
    expect(first[col('tags')]).toBe('nguồn tin; chính trị');
    expect(first[col('created')]).toBe('2024-04-25T03:00:00.000Z');
    expect(first[col('link')]).toMatch(/^https:\/\/vnexpress\.net\/pho-cuc-truong-4741234\.html#:~:text=/);
    const evil = rows[4]!;
    expect(evil[col('note')]).toBe('\'=HYPERLINK("http://x","click")\nline 2, "quoted"');
    expect(evil[col('tags')]).toBe("'-a; b");
  });

  it('starts with a BOM only when asked', () => {
    expect(annotationsToCsv(sampleLibrary(), { bom: true }).startsWith('\uFEFFid,')).toBe(true);
    expect(annotationsToCsv(sampleLibrary()).startsWith('id,')).toBe(true);
  });
});
