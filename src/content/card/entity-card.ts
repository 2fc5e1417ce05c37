import type { ContentStrings } from '../content-strings';
import { BASE_UI_CSS, createShadowHost, el, type ShadowHost } from '../shadow-host';

/** What a card shows about one entity mention. */
export type CardEntity = {
  type: 'official' | 'person' | 'org' | 'date';
  name: string;
  key: string;
  titles: string[];
  value?: string;
  /** Other saved articles / sites mentioning the same key; undefined while loading or unknown. */
  otherDocuments?: number;
  otherSites?: number;
};

/** The card's controller. */
export type EntityCard = {
  /** Opens (or moves) the card next to `rect` for `entity`; `focus` moves keyboard focus into it. */
  show(entity: CardEntity, rect: DOMRect, options?: { focus?: boolean }): void;
  /** Updates the cross-site counts once they arrive. */
  setCounts(key: string, otherDocuments: number, otherSites: number): void;
  hide(): void;
  isOpen(): boolean;
  /** Whether `node` is inside the card (for hover-keeping). */
  contains(target: EventTarget | null): boolean;
  dispose(): void;
};

const CSS = `${BASE_UI_CSS}
.card { width: 300px; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; font-weight: 600; }
.kind[data-kind=official] { color: #c26000; } .kind[data-kind=org] { color: #1e6edc; }
.kind[data-kind=date] { color: #14884a; } .kind[data-kind=person] { color: #8a5cc8; }
.name { font-size: 15px; font-weight: 600; margin: 2px 0 6px; word-break: break-word; }
ul { margin: 0 0 6px; padding-left: 18px; } li { margin: 2px 0; }
.actions { display: flex; gap: 6px; margin-top: 8px; }
`;

/** Creates the entity card (lazily attached to the page on first show). */
export function createEntityCard(
  doc: Document,
  strings: ContentStrings,
  actions: { onTrack(entity: CardEntity): void; onCopy(entity: CardEntity): void },
): EntityCard {
  let shadow: ShadowHost | null = null;
  let current: CardEntity | null = null;
  let counts: HTMLElement | null = null;
  let returnFocus: Element | null = null;

  const hide = () => {
    if (!shadow) return;
    shadow.host.style.display = 'none';
    current = null;
    if (returnFocus instanceof doc.defaultView!.HTMLElement) returnFocus.focus();
    returnFocus = null;
  };

  const render = (entity: CardEntity) => {
    if (!shadow) shadow = createShadowHost(doc, 'entity-card', CSS);
    const { root } = shadow;
    root.querySelector('.card')?.remove();
    counts = el(doc, 'p', { className: 'muted', text: countsText(strings, entity) });
    const track = el(doc, 'button', { text: strings.track });
    track.addEventListener('click', () => actions.onTrack(entity));
    const copy = el(doc, 'button', { text: strings.copy });
    copy.addEventListener('click', () => actions.onCopy(entity));
    const close = el(doc, 'button', { text: '×', attrs: { 'aria-label': strings.close } });
    close.addEventListener('click', hide);
    const card = el(
      doc,
      'div',
      {
        className: 'panel card',
        attrs: { role: 'dialog', 'aria-label': `${strings.kinds[entity.type]}: ${entity.name}` },
      },
      el(doc, 'div', {
        className: 'kind',
        text: strings.kinds[entity.type],
        attrs: { 'data-kind': entity.type },
      }),
      el(doc, 'div', { className: 'name', text: entity.name }),
      entity.titles.length > 0 && el(doc, 'div', { className: 'muted', text: strings.titlesHere }),
      entity.titles.length > 0 && el(doc, 'ul', {}, ...entity.titles.map((t) => el(doc, 'li', { text: t }))),
      entity.value !== undefined && el(doc, 'p', { text: `ISO 8601: ${entity.value}` }),
      entity.type !== 'date' && counts,
      el(doc, 'div', { className: 'actions' }, entity.type !== 'date' && track, copy, close),
    );
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        hide();
      }
    });
    root.append(card);
    return card;
  };

  return {
    show(entity, rect, options = {}) {
      current = entity;
      const card = render(entity);
      shadow!.host.style.display = 'block';
      const view = doc.defaultView!;
      const left = Math.max(8, Math.min(rect.left, view.innerWidth - 316));
      const below = rect.bottom + 8;
      card.style.left = `${left}px`;
      card.style.top = `${below}px`;
      // Flip above the highlight when there is no room below it.
      const height = card.getBoundingClientRect().height;
      if (below + height > view.innerHeight && rect.top - height - 8 > 0)
        card.style.top = `${rect.top - height - 8}px`;
      if (options.focus) {
        returnFocus = doc.activeElement;
        (card.querySelector('button') as HTMLElement | null)?.focus();
      }
    },
    setCounts(key, otherDocuments, otherSites) {
      if (!current || current.key !== key || !counts) return;
      current = { ...current, otherDocuments, otherSites };
      counts.textContent = countsText(strings, current);
    },
    hide,
    isOpen: () => current !== null,
    contains: (target) => !!shadow && target === shadow.host,
    dispose() {
      shadow?.dispose();
      shadow = null;
      current = null;
    },
  };
}

function countsText(strings: ContentStrings, entity: CardEntity): string {
  if (entity.otherDocuments === undefined) return strings.countsLoading;
  return strings.seenElsewhere(entity.otherDocuments, entity.otherSites ?? 0);
}
