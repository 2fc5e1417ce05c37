import type { EntityReach, Reply } from '@/src/messaging/protocol';
import type { CardEntity } from './card/entity-card';
import type { PaintItem } from './highlight/paint-item';
import type { LiveEntity } from './page-state';

/** The value of an ok reply; a failed one becomes an Error with the background's message. */
export function unwrap<T>(reply: Reply<T>): T {
  if (reply.ok) return reply.value;
  throw new Error(reply.error.message);
}

/** What the card shows for a live entity, with cross-site counts when the background sent them. */
export function liveEntityCard(live: LiveEntity, reach: Record<string, EntityReach>): CardEntity {
  const { entity } = live;
  const known = reach[entity.key];
  return {
    type: entity.type,
    name: entity.text,
    key: entity.key,
    titles: entity.titles?.map((t) => t.text) ?? [],
    value: entity.value,
    otherDocuments: known?.otherDocuments,
    otherSites: known?.otherSites,
  };
}

/** The bounding box of a painted item's first line box (where a card or editor opens), or null. */
export function rectOfItem(doc: Document): (item: PaintItem) => DOMRect | null {
  return (item) => {
    try {
      const range = doc.createRange();
      range.setStart(item.range.startContainer, item.range.startOffset);
      range.setEnd(item.range.endContainer, item.range.endOffset);
      const rects = range.getClientRects();
      return rects.length > 0 ? rects[0]! : range.getBoundingClientRect();
    } catch {
      return null;
    }
  };
}
