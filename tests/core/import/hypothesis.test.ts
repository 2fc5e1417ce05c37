// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyLibrary } from '@/src/core/export/library';
import { applyImportPlan, planImport } from '@/src/core/export/plan-import';
import { parseHypothesisExport } from '@/src/core/import/hypothesis';
import { stableId } from '@/src/core/import/stable-id';

const FILE = readFileSync(join(__dirname, '../../fixtures/import/hypothesis-export.json'), 'utf8');

describe('parseHypothesisExport', () => {
  const result = parseHypothesisExport(FILE);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const lib = result.value;

  it('imports highlights with their notes, tags, times and quotes; one document per page', () => {
    expect(lib.annotations).toHaveLength(2);
    expect(lib.documents).toHaveLength(2);
    const [vi, en] = lib.annotations;
    expect(vi).toMatchObject({
      quote: 'Nguyễn Văn Định',
      note: 'Người phát ngôn chính của vụ việc',
      tags: ['nguồn tin', 'chính trị'],
      colour: 'yellow',
      createdAt: Date.parse('2026-11-18T08:15:30.123Z'),
      updatedAt: Date.parse('2026-11-18T09:00:00Z'),
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: 'Nguyễn Văn Định',
          prefix: 'Cục Bảo vệ chính trị nội bộ ',
          suffix: ' cho biết, việc kiểm tra sẽ',
        },
      ],
    });
    expect(vi!.bodySelectors?.map((s) => s.type)).toEqual(['TextPositionSelector', 'TextQuoteSelector']);
    expect(en!.quote).toBe('GDP grew 7.4% in the third quarter 🚀');
    expect(en!.note).toBe('');
  });

  it('normalises the page URL (tracking parameters dropped) and takes the title from document.title', () => {
    const doc = lib.documents.find((d) => d.site === 'vnexpress.net')!;
    expect(doc.url).toBe('https://vnexpress.net/pho-cuc-truong-4741234.html');
    expect(doc.title).toBe('Phó Cục trưởng: Kiểm tra sẽ tiếp tục - VnExpress');
    expect(lib.documents.find((d) => d.site === 'reuters.com')!.title).toBe(
      "Vietnam's economy grows faster than expected",
    );
  });

  it('skips replies, page notes and PDFs, saying which and why', () => {
    expect(result.warnings).toEqual([
      'annotations[2]: a page note without a quoted passage, skipped',
      'annotations[3]: a reply, skipped',
      'annotations[4].uri: the string "urn:x-pdf:6d2c4f1a9b0e" is not a web page (http or https), skipped',
    ]);
  });

  it('derives stable UUID-shaped ids, so importing twice adds nothing', () => {
    expect(lib.annotations[0]!.id).toBe(stableId('hypothesis:Xk3vQ2aBEe-aaaaaaaaaaa'));
    expect(lib.annotations[0]!.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const once = applyImportPlan(emptyLibrary(), planImport(emptyLibrary(), lib));
    expect(once.annotations).toHaveLength(2);
    expect(once.tags.map((t) => [t.name, t.count])).toEqual([
      ['nguồn tin', 1],
      ['chính trị', 1],
    ]);
    const again = parseHypothesisExport(FILE);
    expect(again.ok && planImport(once, again.value).empty).toBe(true);
  });

  it('matches an existing Margin document reached by another URL variant', () => {
    const existing = {
      ...emptyLibrary(),
      documents: [
        {
          id: 'margin-doc',
          urls: ['https://vnexpress.net/pho-cuc-truong-4741234.html', 'https://m.vnexpress.net/x'],
          url: 'https://vnexpress.net/pho-cuc-truong-4741234.html',
          site: 'vnexpress.net',
          title: 'Phó Cục trưởng',
          firstVisitedAt: 1,
          lastVisitedAt: Date.parse('2026-11-25T00:00:00Z'),
          terms: [],
        },
      ],
    };
    const plan = planImport(existing, lib);
    const viDoc = lib.documents.find((d) => d.site === 'vnexpress.net')!;
    expect(plan.remapped).toEqual({ [viDoc.id]: 'margin-doc' });
    expect(plan.put.annotations.find((a) => a.quote === 'Nguyễn Văn Định')!.documentId).toBe('margin-doc');
  });
});

describe('invalid Hypothesis files get a precise message', () => {
  const annotation = JSON.parse(FILE).annotations[0];
  it.each([
    ['a cut-off file', '{"annotations": [', /^not valid JSON at line 1, column 18: /],
    ['a stray character', '{\n  "annotations": [],\n  x\n}', /^not valid JSON at line 3, column 3: /],
    ['a Margin backup', '{"format":"margin-backup"}', /^file: expected a Hypothesis export/],
    ['annotations not an array', '{"annotations": {}}', /^annotations: expected an array, got an object$/],
    [
      'a missing created time',
      JSON.stringify({ annotations: [{ ...annotation, created: undefined }] }),
      /^annotations\[0\]\.created: is missing$/,
    ],
    [
      'a bad updated time',
      JSON.stringify({ rows: [{ ...annotation, updated: 'yesterday' }] }),
      /^rows\[0\]\.updated: expected an ISO 8601 date-time .*, got the string "yesterday"$/,
    ],
    [
      'selectors not an array',
      JSON.stringify([{ ...annotation, target: [{ source: 'x', selector: 'quote' }] }]),
      /^\[0\]\.target\[0\]\.selector: expected an array, got the string "quote"$/,
    ],
    [
      'a quote selector without exact',
      JSON.stringify({
        annotations: [{ ...annotation, target: [{ selector: [{ type: 'TextQuoteSelector' }] }] }],
      }),
      /^annotations\[0\]\.target\[0\]\.selector\[0\]\.exact: is missing$/,
    ],
  ])('%s', (_name, text, message) => {
    const result = parseHypothesisExport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(message);
  });
});
