// @vitest-environment node
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { anchorEntities } from '@/src/core/anchoring/anchor-entities.ts';
import { stripIgnorable } from '@/src/core/anchoring/normalize-text.ts';
import { buildTextIndex } from '@/src/core/anchoring/text-index.ts';
import { parsePage, readFixture } from './support/load-page.ts';

describe('anchorEntities', () => {
  it('maps spans across whitespace differences and dropped elements, skipping the navigation copy', () => {
    const doc = parsePage(
      '<html><body><nav>Hà Nội · Thế giới</nav><article><p>Sáng 24/4, tại  Hà\n Nội,</p>' +
        '<aside>Quảng cáo</aside><p>ông Nguyễn Văn Định phát biểu.</p></article></body></html>',
    );
    const index = buildTextIndex(doc.body);
    const text = 'Sáng 24/4, tại Hà Nội,\n\nông Nguyễn Văn Định phát biểu.';
    const spans = [
      { start: text.indexOf('Hà Nội'), end: text.indexOf('Hà Nội') + 6 },
      { start: text.indexOf('24/4'), end: text.indexOf('24/4') + 4 },
      { start: text.indexOf('Nguyễn'), end: text.indexOf('Định') + 4 },
      { start: 3, end: 3 },
    ];
    const mapped = anchorEntities(index, text, spans);
    expect(mapped.map((m) => (m ? index.text.slice(m.start, m.end) : null))).toEqual([
      'Hà\n Nội',
      '24/4',
      'Nguyễn Văn Định',
      null,
    ]);
    // The nav's "Hà Nội" comes first in the page; the article's is the one meant.
    expect(mapped[0]!.start).toBeGreaterThan(index.text.indexOf('Sáng'));
  });

  it.each(['vnexpress-3', 'dantri-1', 'bbc-obr-1', 'foxnews-1'])(
    "maps capitalised phrases of Readability's text back onto the live page (%s)",
    (page) => {
      const doc = parsePage(readFixture(`pages/${page}.html.gz`));
      const article = new Readability(doc.cloneNode(true) as Document).parse();
      const text = article?.textContent ?? '';
      expect(text.length).toBeGreaterThan(500);
      const spans = [...text.matchAll(/\p{Lu}[\p{L}\d]+(?:[ \t]\p{Lu}[\p{L}\d]+)*/gu)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
      }));
      const index = buildTextIndex(doc.body);
      const started = performance.now();
      const mapped = anchorEntities(index, text, spans);
      const elapsed = performance.now() - started;
      let placed = 0;
      mapped.forEach((m, i) => {
        if (!m) return;
        placed++;
        const span = spans[i]!;
        // The right text, and the right occurrence: the context just before agrees too.
        expect(stripIgnorable(index.text.slice(m.start, m.end))).toBe(
          stripIgnorable(text.slice(span.start, span.end)),
        );
        const before = stripIgnorable(text.slice(Math.max(0, span.start - 12), span.start)).slice(-4);
        expect(stripIgnorable(index.text.slice(Math.max(0, m.start - 200), m.start)).endsWith(before)).toBe(
          true,
        );
      });
      console.log(`${page}: ${placed}/${spans.length} spans placed in ${elapsed.toFixed(1)} ms`);
      expect(placed / spans.length).toBeGreaterThanOrEqual(0.98);
    },
  );
});
