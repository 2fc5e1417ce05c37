import type { ContentStrings } from '../content-strings';
import { USER_COLOURS, type UserColour } from '../highlight/paint-kinds';
import { BASE_UI_CSS, createShadowHost, el, type ShadowHost } from '../shadow-host';

/** What the editor edits: a new selection (no id) or an existing annotation. */
export type EditorDraft = { id?: string; colour: UserColour; note: string; tags: string[] };

/** Callbacks the editor reports to. */
export type EditorActions = {
  /** Save the draft (a quick highlight passes the colour only). Rejects with a readable message on failure. */
  save(draft: EditorDraft): Promise<void>;
  copyCitation(): Promise<void>;
  delete?(id: string): Promise<void>;
  tagSuggestions(): Promise<string[]>;
};

/** The selection toolbar / annotation editor controller. */
export type AnnotationEditor = {
  /** Opens next to `rect`: compact (colours + note/tags/copy) for a selection, expanded for an existing annotation. */
  open(rect: DOMRect, draft: EditorDraft, options?: { expanded?: boolean; focus?: boolean }): void;
  close(): void;
  isOpen(): boolean;
  contains(target: EventTarget | null): boolean;
  /** Shows a transient message (saved, deleted with undo, errors). */
  notify(text: string, action?: { label: string; run(): void }): void;
  dispose(): void;
};

const CSS = `${BASE_UI_CSS}
.bar { display: flex; flex-direction: column; gap: 8px; width: max-content; max-width: 320px; }
.row { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.swatch { width: 22px; height: 22px; padding: 0; border-radius: 50%; border: 2px solid transparent; }
.swatch[aria-pressed=true] { border-color: currentColor; }
.swatch[data-colour=yellow] { background: rgb(255 230 0); } .swatch[data-colour=green] { background: rgb(120 220 120); }
.swatch[data-colour=blue] { background: rgb(120 190 255); } .swatch[data-colour=pink] { background: rgb(255 140 200); }
.swatch[data-colour=purple] { background: rgb(190 150 255); }
textarea, input { font: inherit; color: inherit; background: transparent; width: 290px; box-sizing: border-box;
  border: 1px solid rgb(127 127 127 / 0.45); border-radius: 6px; padding: 5px 7px; }
textarea { min-height: 64px; resize: vertical; }
label { display: flex; flex-direction: column; gap: 3px; font-size: 12px; }
.status { font-size: 12px; min-height: 1em; }
/* An empty status stays in the tree (a live region must exist before it speaks) but takes no room. */
.status:empty { min-height: 0; margin-top: -8px; }
.status[data-error=true] { color: #d33; }
`;

/** Creates the editor; nothing is attached to the page until it first opens. */
export function createAnnotationEditor(
  doc: Document,
  strings: ContentStrings,
  actions: EditorActions,
): AnnotationEditor {
  let shadow: ShadowHost | null = null;
  let panel: HTMLElement | null = null;

  const close = () => {
    panel?.remove();
    panel = null;
  };

  const status = () => panel?.querySelector<HTMLElement>('.status') ?? null;

  const build = (draft: EditorDraft, expanded: boolean) => {
    if (!shadow) shadow = createShadowHost(doc, 'annotation-editor', CSS);
    close();
    let colour = draft.colour;
    const note = el(doc, 'textarea', { attrs: { placeholder: strings.notePlaceholder } });
    note.value = draft.note;
    const listId = 'margin-tag-list';
    const tags = el(doc, 'input', { attrs: { placeholder: strings.tagsPlaceholder, list: listId } });
    tags.value = draft.tags.join(', ');
    const datalist = el(doc, 'datalist', { attrs: { id: listId } });
    void actions.tagSuggestions().then((names) => {
      for (const name of names.slice(0, 200)) datalist.append(el(doc, 'option', { attrs: { value: name } }));
    });
    const details = el(
      doc,
      'div',
      { className: 'details' },
      el(doc, 'label', { text: strings.note }, note),
      el(doc, 'label', { text: strings.tags }, tags, datalist),
    );
    details.hidden = !expanded;

    const current = (): EditorDraft => ({
      id: draft.id,
      colour,
      note: note.value,
      tags: parseTags(tags.value),
    });
    const run = async (work: () => Promise<void>, done?: string) => {
      try {
        await work();
        if (done) setStatus(done, false);
      } catch (error) {
        setStatus(strings.saveFailed(error instanceof Error ? error.message : String(error)), true);
      }
    };

    const swatches = USER_COLOURS.map((c) => {
      const button = el(doc, 'button', {
        className: 'swatch',
        attrs: {
          'data-colour': c,
          'aria-label': strings.colour(c),
          'aria-pressed': String(c === colour),
          title: c,
        },
      });
      button.addEventListener('click', () => {
        colour = c;
        for (const s of swatches) s.setAttribute('aria-pressed', String(s === button));
        // A quick highlight from the compact bar saves at once; in the expanded editor it waits for Save.
        if (details.hidden) void run(() => actions.save(current()), strings.saved);
      });
      return button;
    });
    const noteButton = el(doc, 'button', { text: `${strings.note} / ${strings.tags}` });
    noteButton.addEventListener('click', () => {
      details.hidden = false;
      note.focus();
    });
    const copy = el(doc, 'button', { text: strings.copyCitation });
    copy.addEventListener('click', () => void run(() => actions.copyCitation(), strings.copied));
    const save = el(doc, 'button', { text: strings.save });
    save.addEventListener('click', () => void run(() => actions.save(current()), strings.saved));
    const remove = draft.id && actions.delete ? el(doc, 'button', { text: strings.delete }) : null;
    remove?.addEventListener('click', () => void run(() => actions.delete!(draft.id!)));

    panel = el(
      doc,
      'div',
      { className: 'panel bar', attrs: { role: 'dialog', 'aria-label': strings.highlight } },
      el(
        doc,
        'div',
        { className: 'row', attrs: { role: 'group', 'aria-label': strings.highlight } },
        ...swatches,
      ),
      details,
      el(doc, 'div', { className: 'row' }, details.hidden && noteButton, save, copy, remove),
      el(doc, 'div', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } }),
    );
    if (details.hidden) save.hidden = true;
    noteButton.addEventListener('click', () => {
      save.hidden = false;
      noteButton.hidden = true;
    });
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        close();
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        void run(() => actions.save(current()), strings.saved);
      }
      // Keep the page's own shortcuts from firing while typing in Margin's fields.
      event.stopPropagation();
    });
    shadow.root.append(panel);
    return panel;
  };

  const setStatus = (text: string, error: boolean, action?: { label: string; run(): void }) => {
    const node = status();
    if (!node) return;
    node.replaceChildren(text);
    node.dataset.error = String(error);
    if (action) {
      const button = el(doc, 'button', { text: action.label });
      button.addEventListener('click', () => {
        action.run();
        node.replaceChildren();
      });
      node.append(' ', button);
    }
  };

  return {
    open(rect, draft, options = {}) {
      const bar = build(draft, options.expanded ?? false);
      const view = doc.defaultView!;
      bar.style.left = `${Math.max(8, Math.min(rect.left, view.innerWidth - 330))}px`;
      const top = rect.bottom + 8;
      bar.style.top = `${top}px`;
      const height = bar.getBoundingClientRect().height;
      if (top + height > view.innerHeight && rect.top - height - 8 > 0)
        bar.style.top = `${rect.top - height - 8}px`;
      if (options.focus) (bar.querySelector('textarea:not([hidden]), button') as HTMLElement | null)?.focus();
    },
    close,
    isOpen: () => panel !== null,
    contains: (target) => !!shadow && target === shadow.host,
    notify(text, action) {
      if (!panel) return;
      setStatus(text, false, action);
    },
    dispose() {
      close();
      shadow?.dispose();
      shadow = null;
    },
  };
}

/** Splits a comma-separated tag field into trimmed, NFC, de-duplicated tags. */
export function parseTags(value: string): string[] {
  const seen = new Set<string>();
  for (const raw of value.split(/[,，;]/)) {
    const tag = raw.normalize('NFC').trim().replace(/\s+/g, ' ').slice(0, 64);
    if (tag) seen.add(tag);
  }
  return [...seen].slice(0, 50);
}
