import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { VirtualList } from '@/src/ui/components/VirtualList';

describe('VirtualList', () => {
  it('renders only the rows in view of 100,000, announcing the full length', async () => {
    const items = Array.from({ length: 100_000 }, (_, i) => i);
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    const ranges: [number, number][] = [];
    await act(async () => {
      render(
        <VirtualList
          items={items}
          rowHeight={50}
          initialHeight={500}
          label="Rows"
          getKey={(i) => String(i)}
          renderRow={(i) => <span>row {i}</span>}
          onRangeChange={(start, end) => ranges.push([start, end])}
        />,
        container,
      );
    });
    const rows = container.querySelectorAll('li');
    expect(rows.length).toBeLessThan(20);
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('100000');
    expect(rows[0]!.getAttribute('aria-posinset')).toBe('1');
    expect((container.querySelector('ul') as HTMLElement).style.height).toBe('5000000px');

    const scroller = container.querySelector('.vlist') as HTMLDivElement;
    await act(async () => {
      scroller.scrollTop = 50 * 70_000;
      scroller.dispatchEvent(new Event('scroll'));
    });
    const texts = [...container.querySelectorAll('li')].map((li) => li.textContent);
    expect(texts).toContain('row 70000');
    expect(texts).not.toContain('row 0');
    expect(ranges.at(-1)![0]).toBeGreaterThan(69_000);
  });
});
