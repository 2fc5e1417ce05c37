import { describe, expect, it } from 'vitest';
import { visibleRange } from '@/src/ui/components/visible-range';
import { LIBRARY_ROW_HEIGHT, libraryPageRows } from '@/src/ui/sidepanel/library-window';

describe('libraryPageRows', () => {
  it('holds every row the list renders in a panel as tall as the screen, at any scroll position', () => {
    for (let screen = 0; screen <= 4320; screen += 37) {
      const page = libraryPageRows(screen);
      const panel = Math.max(screen, 1);
      for (let scrollTop = 0; scrollTop < 5 * LIBRARY_ROW_HEIGHT; scrollTop += 13) {
        const { start, end } = visibleRange(100_000, LIBRARY_ROW_HEIGHT, scrollTop, panel);
        // The view fetches [pageStart, pageStart + 2 * page) with pageStart = floor(start / page) * page.
        const pageStart = Math.floor(start / page) * page;
        expect(end - start).toBeLessThanOrEqual(page);
        expect(end).toBeLessThanOrEqual(pageStart + 2 * page);
      }
    }
  });

  it('fetches fewer rows on a common screen than the old fixed 80', () => {
    expect(2 * libraryPageRows(1080)).toBeLessThan(50);
  });
});
