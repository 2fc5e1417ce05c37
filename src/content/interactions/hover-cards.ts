import type { CardEntity, EntityCard } from '../card/entity-card';
import { itemsAtPoint } from '../highlight/hit-test';
import type { PaintItem } from '../highlight/paint-item';
import type { LiveEntity } from '../page-state';

/** What hover-cards needs from the page controller. */
export type HoverSource = {
  items(): readonly PaintItem[];
  entityAt(id: string): LiveEntity | null;
  cardEntity(live: LiveEntity): CardEntity;
  rectOf(item: PaintItem): DOMRect | null;
  /** A user highlight was clicked. */
  onAnnotationClick(item: PaintItem, rect: DOMRect): void;
  /** While true (the annotation toolbar is open), resting the pointer opens no card. */
  paused?(): boolean;
};

/**
 * Opens the entity card when the pointer rests on a highlighted entity (hit-testing is ours: highlights
 * fire no events), and lets the keyboard walk the entities: Alt+Shift+N / Alt+Shift+P open the next /
 * previous entity's card with focus in it; Escape closes it and returns focus.
 */
export function installHoverCards(
  doc: Document,
  card: EntityCard,
  source: HoverSource,
  signal: AbortSignal,
): void {
  const view = doc.defaultView!;
  let frame = 0;
  let pending: { x: number; y: number } | null = null;
  let shownId: string | null = null;
  let hideTimer = 0;
  let keyboardIndex = -1;

  const entityItems = () => source.items().filter((i) => i.id.startsWith('e:'));

  const open = (item: PaintItem, focus: boolean) => {
    const live = source.entityAt(item.id);
    const rect = source.rectOf(item);
    if (!live || !rect) return;
    shownId = item.id;
    card.show(source.cardEntity(live), rect, { focus });
  };

  const check = () => {
    frame = 0;
    if (!pending || source.paused?.()) return;
    const hits = itemsAtPoint(doc, entityItems(), pending.x, pending.y);
    const hit = hits[0];
    if (hit) {
      view.clearTimeout(hideTimer);
      if (hit.id !== shownId) open(hit, false);
    } else if (shownId && card.isOpen()) {
      // A grace period lets the pointer travel from the highlight into the card.
      view.clearTimeout(hideTimer);
      hideTimer = view.setTimeout(() => {
        card.hide();
        shownId = null;
      }, 300);
    }
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (card.contains(event.target)) {
        view.clearTimeout(hideTimer);
        return;
      }
      pending = { x: event.clientX, y: event.clientY };
      if (!frame) frame = view.requestAnimationFrame(check);
    },
    { passive: true, signal },
  );

  doc.addEventListener(
    'click',
    (event) => {
      if (event.button !== 0 || card.contains(event.target)) return;
      const selection = doc.getSelection();
      if (selection && !selection.isCollapsed) return;
      const users = source.items().filter((i) => i.id.startsWith('a:'));
      const hit = itemsAtPoint(doc, users, event.clientX, event.clientY)[0];
      if (!hit) return;
      const rect = source.rectOf(hit);
      if (rect) source.onAnnotationClick(hit, rect);
    },
    { signal },
  );

  doc.addEventListener(
    'keydown',
    (event) => {
      if (!(event.altKey && event.shiftKey) || (event.code !== 'KeyN' && event.code !== 'KeyP')) return;
      const items = entityItems();
      if (items.length === 0) return;
      event.preventDefault();
      keyboardIndex =
        event.code === 'KeyN'
          ? (keyboardIndex + 1) % items.length
          : (keyboardIndex - 1 + items.length) % items.length;
      const item = items[keyboardIndex]!;
      const rect = source.rectOf(item);
      if (rect && (rect.top < 0 || rect.bottom > view.innerHeight)) {
        item.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      }
      open(item, true);
    },
    { signal },
  );

  signal.addEventListener('abort', () => {
    view.cancelAnimationFrame(frame);
    view.clearTimeout(hideTimer);
  });
}
