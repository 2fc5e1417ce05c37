import type { RangeBounds } from '../highlight/paint-item';
import type { AnnotationEditor, EditorDraft } from '../toolbar/annotation-editor';

/** The longest selection kept as one highlight, in characters. */
export const MAX_SELECTION = 10_000;

/** Why a selection cannot be highlighted, or the range to highlight. */
export type SelectionCheck =
  | { ok: true; range: RangeBounds; rect: DOMRect }
  | { ok: false; reason: 'too-long' | 'none' };

/**
 * The current selection if Margin may highlight it: not collapsed, not inside a form field, an editable
 * region or Margin's own UI, and not longer than {@link MAX_SELECTION}.
 */
export function checkSelection(doc: Document): SelectionCheck {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return { ok: false, reason: 'none' };
  const range = selection.getRangeAt(0);
  const start = range.startContainer;
  const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
  if (
    !element ||
    element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], margin-ui')
  ) {
    return { ok: false, reason: 'none' };
  }
  const text = range.toString();
  if (text.trim().length === 0) return { ok: false, reason: 'none' };
  if (text.length > MAX_SELECTION) return { ok: false, reason: 'too-long' };
  return {
    ok: true,
    range: {
      startContainer: range.startContainer,
      startOffset: range.startOffset,
      endContainer: range.endContainer,
      endOffset: range.endOffset,
    },
    rect: range.getBoundingClientRect(),
  };
}

/** What selection capture needs: a draft's defaults and how to save it. */
export type CaptureActions = {
  defaultDraft(): EditorDraft;
  /** Creates the annotation for `range` (first save) and returns its id. */
  create(range: RangeBounds, draft: EditorDraft): Promise<string>;
  update(id: string, draft: EditorDraft): Promise<void>;
  tooLongMessage(): string;
  /** Called just before the toolbar opens (the page closes an entity card it would cover). */
  beforeOpen?(): void;
};

/**
 * Shows the annotation toolbar when the reader finishes a selection (mouse or keyboard). The selection's
 * boundary points are kept when the toolbar opens, since focusing the note field clears the page's
 * selection. The first save creates the annotation; later saves from the same toolbar update it.
 */
export function installSelectionCapture(
  doc: Document,
  editor: AnnotationEditor,
  actions: CaptureActions,
  bindEditor: (handlers: { save(draft: EditorDraft): Promise<void> }) => void,
  signal: AbortSignal,
): void {
  const view = doc.defaultView!;
  const consider = (event: Event) => {
    if (editor.contains(event.target)) return;
    // Let the selection settle (a click inside a selection collapses it after mouseup).
    view.setTimeout(() => {
      const check = checkSelection(doc);
      if (!check.ok) {
        if (check.reason === 'too-long') {
          actions.beforeOpen?.();
          editor.open(selectionRect(doc), actions.defaultDraft());
          editor.notify(actions.tooLongMessage());
        }
        return;
      }
      let createdId: string | null = null;
      bindEditor({
        async save(draft) {
          if (createdId) return actions.update(createdId, draft);
          createdId = await actions.create(check.range, draft);
        },
      });
      actions.beforeOpen?.();
      editor.open(check.rect, actions.defaultDraft());
    }, 0);
  };
  doc.addEventListener('mouseup', consider, { signal });
  doc.addEventListener(
    'keyup',
    (event) => {
      if (event.shiftKey && /^(Arrow|Home|End|Page)/.test(event.key)) consider(event);
    },
    { signal },
  );
  doc.addEventListener(
    'mousedown',
    (event) => {
      if (!editor.contains(event.target)) editor.close();
    },
    { signal },
  );
}

function selectionRect(doc: Document): DOMRect {
  const selection = doc.getSelection();
  if (selection && selection.rangeCount > 0) return selection.getRangeAt(0).getBoundingClientRect();
  return new DOMRect(16, 16, 0, 0);
}
