import { describe, expect, it } from 'vitest';
import { createHighlightRenderer } from '@/src/content/highlight/highlight-renderer';
import { rangeFromOffsets } from '@/src/core/anchoring/range-offsets';
import { buildTextIndex } from '@/src/core/anchoring/text-index';

describe('highlight renderer, <mark> fallback', () => {
  it('wraps ranges across elements, then restores the page exactly', () => {
    document.body.innerHTML = '<p id="p">Phó Cục trưởng <b>Nguyễn Văn</b> Định phát biểu.</p>';
    const before = document.body.innerHTML;
    const index = buildTextIndex(document.body);
    const start = index.text.indexOf('Nguyễn');
    const end = index.text.indexOf(' phát');
    const renderer = createHighlightRenderer(document, { forceFallback: true });
    expect(renderer.usesHighlightApi).toBe(false);
    expect(
      renderer.paint([{ id: 'e:0', kind: 'official', range: rangeFromOffsets(index, start, end) }]),
    ).toBe(1);
    const marks = [...document.querySelectorAll('mark[data-margin-kind="official"]')];
    expect(marks.map((m) => m.textContent).join('')).toBe('Nguyễn Văn Định');
    expect(document.getElementById('p')!.textContent).toBe('Phó Cục trưởng Nguyễn Văn Định phát biểu.');
    renderer.dispose();
    expect(document.body.innerHTML).toBe(before);
  });

  it('hides a layer without losing it', () => {
    document.body.innerHTML = '<p>Ngày 24/4, Tỉnh ủy Đắk Lắk họp.</p>';
    const index = buildTextIndex(document.body);
    const renderer = createHighlightRenderer(document, { forceFallback: true });
    renderer.paint([
      { id: 'e:0', kind: 'date', range: rangeFromOffsets(index, 0, 9) },
      { id: 'e:1', kind: 'org', range: rangeFromOffsets(index, 11, 25) },
    ]);
    renderer.setHidden(new Set(['date']));
    expect([...document.querySelectorAll('mark')].map((m) => m.dataset.marginKind)).toEqual(['org']);
    expect(renderer.items()).toHaveLength(2);
    renderer.dispose();
  });

  it('skips a range whose nodes left the document', () => {
    document.body.innerHTML = '<p>Ngày 24/4</p>';
    const index = buildTextIndex(document.body);
    const range = rangeFromOffsets(index, 0, 4);
    document.body.innerHTML = '<p>replaced</p>';
    const renderer = createHighlightRenderer(document, { forceFallback: true });
    expect(renderer.paint([{ id: 'e:0', kind: 'date', range }])).toBe(0);
  });
});
