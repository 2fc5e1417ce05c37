// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { visibleRange } from '@/src/ui/components/visible-range';

describe('visibleRange', () => {
  it.each([
    { count: 0, scrollTop: 0, height: 500, expected: { start: 0, end: 0 } },
    { count: 3, scrollTop: 0, height: 500, expected: { start: 0, end: 3 } },
    { count: 100_000, scrollTop: 0, height: 500, expected: { start: 0, end: 10 } },
    { count: 100_000, scrollTop: 1_000_000, height: 500, expected: { start: 9996, end: 10010 } },
    { count: 100_000, scrollTop: 99_999 * 100, height: 500, expected: { start: 99_995, end: 100_000 } },
  ])('$count rows at $scrollTop', ({ count, scrollTop, height, expected }) => {
    expect(visibleRange(count, 100, scrollTop, height)).toEqual(expected);
  });

  it('renders a bounded number of rows however long the list', () => {
    const { start, end } = visibleRange(1_000_000, 96, 48_000_000, 800);
    expect(end - start).toBeLessThan(20);
  });
});
