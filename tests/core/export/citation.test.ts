// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { escapeBibtex, toBibtex } from '@/src/core/export/bibtex';
import { parseByline } from '@/src/core/export/byline';
import { formatCitation, quoteWithCitation } from '@/src/core/export/citation';
import { citationKey, citationKeys, toCslItem } from '@/src/core/export/csl';
import type { DocumentRecord } from '@/src/core/export/library';
import { DOC, sampleLibrary } from './helpers/sample-library';

const NOW = '2026-01-02T03:04:05Z';
const EN: DocumentRecord = {
  ...DOC,
  id: 'en-1',
  title: 'Fed holds rates: 50% & {more}_now',
  byline: 'By John A. Smith and Jane Doe | Reuters',
  siteName: 'Reuters',
  site: 'reuters.com',
  url: 'https://www.reuters.com/markets/fed-holds-2024-03-05/',
  lang: 'en',
  publishedAt: '2024-03-05',
};

describe('parseByline', () => {
  it.each<[string, string | undefined, unknown[]]>([
    ['Nguyễn Văn An, Trần Thị Bình', undefined, [{ literal: 'Nguyễn Văn An' }, { literal: 'Trần Thị Bình' }]],
    ['Theo NGUYỄN VĂN AN', undefined, [{ literal: 'Nguyễn Văn An' }]],
    [
      'Bài và ảnh: Lê Hồng Phúc và Phạm Minh',
      undefined,
      [{ literal: 'Lê Hồng Phúc' }, { literal: 'Phạm Minh' }],
    ],
    ['Hoàng Nam - Minh Anh', undefined, [{ literal: 'Hoàng Nam' }, { literal: 'Minh Anh' }]],
    ['Nguyen Van An', undefined, [{ literal: 'Nguyen Van An' }]],
    ['Minh Anh', 'vi', [{ literal: 'Minh Anh' }]],
    [
      'By John A. Smith and Jane Doe | Reuters',
      undefined,
      [
        { family: 'Smith', given: 'John A.' },
        { family: 'Doe', given: 'Jane' },
      ],
    ],
    ['Martin Luther King Jr.', undefined, [{ family: 'King', given: 'Martin Luther', suffix: 'Jr.' }]],
    ['Reuters', undefined, [{ literal: 'Reuters' }]],
    ['Reuters Staff', undefined, [{ literal: 'Reuters Staff' }]],
    ['Sarah Anderson (sarah@example.com)', undefined, [{ family: 'Anderson', given: 'Sarah' }]],
    ['', undefined, []],
  ])('%j', (byline, lang, names) => {
    expect(parseByline(byline, lang)).toEqual(names);
  });
});

describe('CSL-JSON', () => {
  it('has title, literal Vietnamese authors, site as container, issued and accessed dates, URL', () => {
    expect(toCslItem(DOC, NOW)).toEqual({
      id: 'nguyen2024pho',
      type: 'article-newspaper',
      title: 'Phó Cục trưởng: "Kiểm tra" sẽ tiếp tục',
      author: [{ literal: 'Nguyễn Văn An' }, { literal: 'Trần Thị Bình' }],
      'container-title': 'VnExpress',
      issued: { 'date-parts': [[2024, 4, 24]] },
      accessed: { 'date-parts': [[2024, 4, 25]] },
      URL: 'https://vnexpress.net/pho-cuc-truong-4741234.html',
      language: 'vi',
    });
  });

  it('falls back to now for the access date when there is no visit', () => {
    expect(toCslItem({ ...DOC, lastVisitedAt: 0 }, NOW).accessed).toEqual({ 'date-parts': [[2026, 1, 2]] });
  });

  it('gives stable, unique citation keys', () => {
    expect(citationKey(EN)).toBe('smith2024fed');
    expect(citationKey({ ...DOC, byline: undefined, publishedAt: undefined })).toBe('vnexpressndpho');
    const twin = { ...DOC, id: '0-first' };
    const keys = citationKeys([DOC, twin, EN]);
    expect([keys.get('0-first'), keys.get(DOC.id), keys.get(EN.id)]).toEqual([
      'nguyen2024phoa',
      'nguyen2024phob',
      'smith2024fed',
    ]);
  });
});

describe('BibTeX', () => {
  it('escapes TeX specials so no title can break the file', () => {
    expect(escapeBibtex('50% & {x}_1 #2 $3 ^4 ~5 \\6')).toBe(
      '50\\% \\& \\{x\\}\\_1 \\#2 \\$3 \\textasciicircum{}4 \\textasciitilde{}5 \\textbackslash{}6',
    );
  });

  it('writes @online entries with literal Vietnamese names braced whole', () => {
    const bib = toBibtex([DOC, EN], NOW);
    expect(bib).toContain('@online{nguyen2024pho,\n  title = {{Phó Cục trưởng: "Kiểm tra" sẽ tiếp tục}},');
    expect(bib).toContain('  author = {{Nguyễn Văn An} and {Trần Thị Bình}},');
    expect(bib).toContain('  author = {Smith, John A. and Doe, Jane},');
    expect(bib).toContain('  title = {{Fed holds rates: 50\\% \\& \\{more\\}\\_now}},');
    expect(bib).toContain(
      '  date = {2024-03-05},\n  year = {2024},\n  url = {https://www.reuters.com/markets/fed-holds-2024-03-05/},\n  urldate = {2024-04-25},',
    );
    // Every entry's braces balance.
    for (const entry of bib.split('\n\n')) {
      const unescaped = entry.replace(/\\[{}]/g, '');
      expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
    }
  });
});

describe('formatCitation', () => {
  it.each([
    [
      'apa',
      DOC,
      'Nguyễn Văn An & Trần Thị Bình. (2024, April 24). Phó Cục trưởng: "Kiểm tra" sẽ tiếp tục. VnExpress. https://vnexpress.net/pho-cuc-truong-4741234.html',
    ],
    [
      'apa',
      EN,
      'Smith, J. A., & Doe, J. (2024, March 5). Fed holds rates: 50% & {more}_now. Reuters. https://www.reuters.com/markets/fed-holds-2024-03-05/',
    ],
    [
      'mla',
      DOC,
      'Nguyễn Văn An and Trần Thị Bình. “Phó Cục trưởng: ‘Kiểm tra’ sẽ tiếp tục.” VnExpress, 24 Apr. 2024, vnexpress.net/pho-cuc-truong-4741234.html. Accessed 25 Apr. 2024.',
    ],
    [
      'mla',
      EN,
      'Smith, John A., and Jane Doe. “Fed holds rates: 50% & {more}_now.” Reuters, 5 Mar. 2024, www.reuters.com/markets/fed-holds-2024-03-05/. Accessed 25 Apr. 2024.',
    ],
    [
      'chicago',
      DOC,
      'Nguyễn Văn An and Trần Thị Bình. “Phó Cục trưởng: ‘Kiểm tra’ sẽ tiếp tục.” VnExpress, April 24, 2024. https://vnexpress.net/pho-cuc-truong-4741234.html.',
    ],
    [
      'chicago',
      EN,
      'Smith, John A., and Jane Doe. “Fed holds rates: 50% & {more}_now.” Reuters, March 5, 2024. https://www.reuters.com/markets/fed-holds-2024-03-05/.',
    ],
  ] as const)('%s for %#', (style, doc, expected) => {
    expect(formatCitation(doc, style, NOW)).toBe(expected);
  });

  it('handles a missing author and date in each style', () => {
    const bare = { ...EN, byline: undefined, publishedAt: undefined };
    expect(formatCitation(bare, 'apa', NOW)).toBe(
      'Fed holds rates: 50% & {more}_now. (n.d.). Reuters. https://www.reuters.com/markets/fed-holds-2024-03-05/',
    );
    expect(formatCitation(bare, 'mla', NOW)).toMatch(/^“Fed holds/);
    expect(formatCitation(bare, 'chicago', NOW)).toContain('Reuters, Accessed April 25, 2024.');
  });

  it('copies a quote with its in-text citation and the reference', () => {
    const a = sampleLibrary().annotations[1]!;
    expect(quoteWithCitation(a, DOC, 'apa', NOW)).toBe(
      '“việc "kiểm tra" sẽ tiếp tục - theo kế hoạch & lộ trình” (Nguyễn Văn An & Trần Thị Bình, 2024)\n\n' +
        formatCitation(DOC, 'apa', NOW),
    );
    expect(quoteWithCitation(a, EN, 'mla', NOW).split('\n')[0]).toMatch(/ \(Smith and Doe\)$/);
    expect(quoteWithCitation(a, EN, 'chicago', NOW).split('\n')[0]).toMatch(/ \(Smith and Doe 2024\)$/);
  });
});
