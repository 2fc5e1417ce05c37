import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { visibleRange } from './visible-range';

/**
 * A windowed list for long lists (100,000 rows render in the time of ~30): only the rows in view,
 * plus a few either side, exist in the DOM. Rows have a fixed height. It is a `<ul>` whose
 * items carry `aria-setsize`/`aria-posinset`, so screen readers still hear the full length.
 * Focus moving into a row that is about to scroll away stays put because rows are keyed.
 */
export function VirtualList<T>(props: {
  items: readonly T[];
  rowHeight: number;
  getKey: (item: T, index: number) => string;
  renderRow: (item: T, index: number) => ComponentChildren;
  label: string;
  /** Height used before the container has been measured (and in tests without layout). */
  initialHeight?: number;
  class?: string;
  /** Scrolls back to the top whenever this changes (a new query, not a live update). */
  resetKey?: unknown;
  /** Told which rows are rendered, so a caller can fetch just those. */
  onRangeChange?: (start: number, end: number) => void;
}) {
  const { items, rowHeight } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(props.initialHeight ?? 600);

  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (el.clientHeight > 0) setHeight(el.clientHeight);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A new result set starts at the top; a live update (same key) keeps the reader's place.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [props.resetKey]);

  const { start, end } = visibleRange(items.length, rowHeight, scrollTop, height);
  const onRangeChange = props.onRangeChange;
  useEffect(() => {
    onRangeChange?.(start, end);
  }, [start, end, onRangeChange]);
  const rows: ComponentChildren[] = [];
  for (let i = start; i < end; i++) {
    const item = items[i] as T;
    rows.push(
      <li
        key={props.getKey(item, i)}
        aria-setsize={items.length}
        aria-posinset={i + 1}
        class="vrow"
        style={{
          position: 'absolute',
          top: `${i * rowHeight}px`,
          height: `${rowHeight}px`,
          left: 0,
          right: 0,
        }}
      >
        {props.renderRow(item, i)}
      </li>,
    );
  }

  return (
    <div
      ref={scroller}
      class={`vlist ${props.class ?? ''}`}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
    >
      <ul
        class="vlist-inner"
        aria-label={props.label}
        style={{ position: 'relative', height: `${items.length * rowHeight}px` }}
      >
        {rows}
      </ul>
    </div>
  );
}
