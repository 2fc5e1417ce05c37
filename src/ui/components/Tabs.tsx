import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

/** One tab of a {@link Tabs} bar. */
export type TabItem<K extends string> = { id: K; label: string };

/**
 * An ARIA tab bar (WAI-ARIA Authoring Practices "Tabs with automatic activation"): arrow keys,
 * Home and End move between tabs and select them; only the selected tab is in the Tab order.
 * Render the panel with {@link TabPanel} using the same `idPrefix`.
 */
export function Tabs<K extends string>(props: {
  items: TabItem<K>[];
  selected: K;
  onSelect: (id: K) => void;
  label: string;
  idPrefix: string;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const { items, selected, onSelect, idPrefix } = props;

  const move = (to: number) => {
    const n = items.length;
    const index = ((to % n) + n) % n;
    const item = items[index];
    if (!item) return;
    onSelect(item.id);
    refs.current[index]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const keys: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: items.length - 1,
    };
    const to = keys[event.key];
    if (to === undefined) return;
    event.preventDefault();
    move(to);
  };

  return (
    <div role="tablist" aria-label={props.label} class="tabs">
      {items.map((item, index) => {
        const active = item.id === selected;
        return (
          <button
            key={item.id}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${item.id}`}
            aria-selected={active}
            aria-controls={`${idPrefix}-panel-${item.id}`}
            tabIndex={active ? 0 : -1}
            class="tab"
            onClick={() => onSelect(item.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}

/** The panel belonging to the selected tab of a {@link Tabs} bar. */
export function TabPanel(props: { idPrefix: string; id: string; children: ComponentChildren }) {
  return (
    <div
      role="tabpanel"
      id={`${props.idPrefix}-panel-${props.id}`}
      aria-labelledby={`${props.idPrefix}-tab-${props.id}`}
      class="tabpanel"
    >
      {props.children}
    </div>
  );
}
