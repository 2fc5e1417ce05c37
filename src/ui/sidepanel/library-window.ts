/** The Library's windowed list: its row height and how many rows it fetches at once. */

/** Fixed row height of the windowed list, in px. */
export const LIBRARY_ROW_HEIGHT = 96;

/**
 * Rows per page of the fetched window; two pages are held so scrolling across a boundary stays
 * filled. A page must hold every row the list renders (those in view plus overscan), and the panel
 * can never be taller than the screen, so the screen's height bounds it. Every row fetched is an
 * IndexedDB read (with its article) on each query: a fixed 40-row page made a search on a 1080p screen
 * read twice the rows anyone could see.
 */
export function libraryPageRows(screenHeight: number): number {
  const rows = Math.ceil(Math.max(screenHeight, 600) / LIBRARY_ROW_HEIGHT);
  // + 1 partly visible row + 4 overscan rows each side (VirtualList's visibleRange) + 1 spare.
  return rows + 10;
}
