import { wrapInMarks } from './mark-fallback';
import { isRangeValid, type PaintItem } from './paint-item';
import { highlightName, PAINT_KINDS, type PaintKind } from './paint-kinds';

/** Paints ranges on a live page; see {@link createHighlightRenderer}. */
export type HighlightRenderer = {
  /** Replaces everything painted with `items` (invalid ranges are skipped). Returns how many were painted. */
  paint(items: readonly PaintItem[]): number;
  /** Shows or hides whole layers without repainting. */
  setHidden(kinds: ReadonlySet<PaintKind>): void;
  /** The items currently painted (visible or not). */
  items(): readonly PaintItem[];
  /** Whether the CSS Custom Highlight API is in use (else `<mark>` wrapping). */
  readonly usesHighlightApi: boolean;
  /** Removes every highlight and restores the page. */
  dispose(): void;
};

type HighlightApi = {
  highlights: Map<string, unknown>;
  Highlight: new (...ranges: AbstractRange[]) => { priority: number; add(r: AbstractRange): void };
  StaticRange: new (init: StaticRangeInit) => AbstractRange;
};

function highlightApi(doc: Document): HighlightApi | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const css = view?.CSS as unknown as { highlights?: Map<string, unknown> } | undefined;
  const Highlight = (view as unknown as { Highlight?: HighlightApi['Highlight'] })?.Highlight;
  if (!view || !css?.highlights || !Highlight || !view.StaticRange) return null;
  return { highlights: css.highlights, Highlight, StaticRange: view.StaticRange };
}

/**
 * Creates a renderer for `doc`. With the CSS Custom Highlight API it registers one `Highlight` of
 * `StaticRange`s per layer (StaticRange, not Range: live ranges in highlights make every later DOM change
 * on the page many times slower), so the page's DOM and layout stay untouched. Without it, it wraps text
 * in `<mark>` elements and unwraps them on the next paint.
 */
export function createHighlightRenderer(
  doc: Document,
  options: { forceFallback?: boolean } = {},
): HighlightRenderer {
  const api = options.forceFallback ? null : highlightApi(doc);
  let painted: PaintItem[] = [];
  let hidden: ReadonlySet<PaintKind> = new Set();
  let unwrap: (() => void) | null = null;

  const clear = () => {
    if (api) for (const kind of PAINT_KINDS) api.highlights.delete(highlightName(kind));
    unwrap?.();
    unwrap = null;
  };

  const render = () => {
    clear();
    const visible = painted.filter((item) => !hidden.has(item.kind));
    if (!api) {
      unwrap = wrapInMarks(doc, visible);
      return;
    }
    const layers = new Map<PaintKind, AbstractRange[]>();
    for (const item of visible) {
      const list = layers.get(item.kind) ?? [];
      list.push(new api.StaticRange(item.range));
      layers.set(item.kind, list);
    }
    for (const [kind, ranges] of layers) {
      const highlight = new api.Highlight(...ranges);
      highlight.priority = PAINT_KINDS.indexOf(kind);
      api.highlights.set(highlightName(kind), highlight);
    }
  };

  return {
    usesHighlightApi: api !== null,
    paint(items) {
      painted = items.filter((item) => isRangeValid(item.range, doc));
      render();
      return painted.length;
    },
    setHidden(kinds) {
      hidden = new Set(kinds);
      render();
    },
    items: () => painted,
    dispose() {
      clear();
      painted = [];
    },
  };
}
