import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { describe } from '@/src/core/anchoring/describe';
import { offsetsFromRange } from '@/src/core/anchoring/range-offsets';
import { onMessage, sendMessage } from '@/src/messaging/protocol';
import { createEntityCard } from './card/entity-card';
import { liveEntityCard, rectOfItem, unwrap } from './content-helpers';
import { contentStrings } from './content-strings';
import type { RangeBounds } from './highlight/paint-item';
import { citeQuote } from './interactions/cite-quote';
import { installHoverCards } from './interactions/hover-cards';
import { checkSelection, installSelectionCapture } from './interactions/selection-capture';
import { createPageController } from './page-controller';
import { installPageWatch } from './pipeline/page-watch';
import { createAnnotationEditor, type EditorDraft } from './toolbar/annotation-editor';

/**
 * Runs Margin's page pipeline and in-page UI. Everything installed is removed through `ctx` when the
 * extension reloads or the tab navigates away.
 */
export function startContent(ctx: ContentScriptContext): void {
  const doc = document;
  const signal = ctx.signal;
  const controller = createPageController(
    doc,
    {
      getPageState: (ref) => sendMessage('getPageState', ref),
      pageAnalysed: (data) => sendMessage('pageAnalysed', data),
      setAnchorStates: (data) => sendMessage('setAnchorStates', data),
    },
    () => location.href,
  );
  const strings = () => contentStrings(controller.state().settings?.uiLanguage ?? 'auto', navigator.language);

  const card = createEntityCard(doc, strings(), {
    onTrack: (entity) => void sendMessage('trackEntity', { key: entity.key, tracked: true }),
    onCopy: (entity) =>
      void navigator.clipboard.writeText(entity.value ? `${entity.name} (${entity.value})` : entity.name),
  });

  let saveHandler: (draft: EditorDraft) => Promise<void> = async () => {};
  let citeSpan: { start: number; end: number } | null = null;
  const editor = createAnnotationEditor(doc, strings(), {
    save: (draft) => saveHandler(draft),
    copyCitation: async () => {
      const quote = citeSpan
        ? controller.state().index?.text.slice(citeSpan.start, citeSpan.end)
        : doc.getSelection()?.toString();
      await navigator.clipboard.writeText(citeQuote(quote ?? '', controller.articleInfo(), new Date()));
    },
    delete: async (id) => {
      const removed = unwrap(await sendMessage('deleteAnnotation', { id }));
      controller.setAnnotations((s) => s.annotations.filter((a) => a.annotation.id !== id));
      editor.notify(strings().deleted, {
        label: strings().undo,
        run: () =>
          void sendMessage('restoreAnnotation', { annotation: removed }).then(() => controller.run()),
      });
    },
    tagSuggestions: async () => {
      const reply = await sendMessage('getTagNames', undefined);
      return reply.ok ? reply.value : [];
    },
  });

  const createFromRange = async (range: RangeBounds, draft: EditorDraft): Promise<string> => {
    const state = controller.state();
    const root = state.root;
    const inArticle = !!(
      root &&
      state.index &&
      root.contains(range.startContainer) &&
      root.contains(range.endContainer)
    );
    const index = inArticle ? state.index! : controller.bodyIndex();
    const span = offsetsFromRange(index, range);
    const body = controller.bodyIndex();
    const bodySpan = inArticle ? offsetsFromRange(body, range) : span;
    const quote = index.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    const entityKeys = [
      ...new Set(
        state.entities
          .filter((l) => inArticle && l.entity.type !== 'date' && l.start < span.end && l.end > span.start)
          .map((l) => l.entity.key),
      ),
    ];
    const created = unwrap(
      await sendMessage('createAnnotation', {
        page: controller.articleInfo(),
        selectors: describe(index, span.start, span.end),
        bodySelectors: describe(body, bodySpan.start, bodySpan.end),
        quote,
        note: draft.note,
        tags: draft.tags,
        colour: draft.colour,
        entityKeys,
      }),
    );
    controller.setAnnotations((s) => [
      ...s.annotations,
      { annotation: created, state: 'anchored', span: { ...span, index } },
    ]);
    doc.getSelection()?.removeAllRanges();
    return created.id;
  };

  const update = async (id: string, draft: EditorDraft) => {
    const updated = unwrap(
      await sendMessage('updateAnnotation', { id, note: draft.note, tags: draft.tags, colour: draft.colour }),
    );
    controller.setAnnotations((s) =>
      s.annotations.map((a) => (a.annotation.id === id ? { ...a, annotation: updated } : a)),
    );
  };

  installSelectionCapture(
    doc,
    editor,
    {
      defaultDraft: () => ({
        colour: controller.state().settings?.defaultColour ?? 'yellow',
        note: '',
        tags: [],
      }),
      create: (range, draft) => {
        citeSpan = null;
        return createFromRange(range, draft);
      },
      update,
      tooLongMessage: () => strings().selectionTooLong,
      beforeOpen: () => card.hide(),
    },
    (handlers) => {
      saveHandler = handlers.save;
    },
    signal,
  );

  installHoverCards(
    doc,
    card,
    {
      items: () => controller.renderer.items(),
      entityAt: (id) => controller.state().entities[Number(id.slice(2))] ?? null,
      cardEntity: (live) => liveEntityCard(live, controller.state().reach),
      rectOf: rectOfItem(doc),
      paused: () => editor.isOpen(),
      onAnnotationClick: (item, rect) => {
        const found = controller.state().annotations.find((a) => `a:${a.annotation.id}` === item.id);
        if (!found) return;
        citeSpan = found.span ?? null;
        saveHandler = (draft) => update(found.annotation.id, draft);
        const { colour, note, tags, id } = found.annotation;
        editor.open(rect, { id, colour, note, tags }, { expanded: true, focus: true });
      },
    },
    signal,
  );

  onMessage('getTabArticle', () => ({ ok: true, value: controller.summary() }));
  onMessage('analysePage', async ({ data }) => ({
    ok: true,
    value: await controller.run({ force: data.force }),
  }));
  onMessage('settingsChanged', ({ data }) => {
    controller.applySettings(data.settings, data.site);
    return { ok: true, value: null };
  });
  onMessage('scrollToAnnotation', ({ data }) => ({ ok: true, value: scrollToAnnotation(data.id) }));
  onMessage('highlightSelection', async ({ data }) => {
    const check = checkSelection(doc);
    if (!check.ok) return { ok: true, value: null };
    const draft = {
      colour: data.colour ?? controller.state().settings?.defaultColour ?? 'yellow',
      note: '',
      tags: [],
    };
    try {
      const id = await createFromRange(check.range, draft);
      const created = controller.state().annotations.find((a) => a.annotation.id === id)?.annotation ?? null;
      return { ok: true, value: created };
    } catch (error) {
      return {
        ok: false,
        error: { code: 'storage', message: error instanceof Error ? error.message : String(error) },
      };
    }
  });

  const scrollToAnnotation = (id: string): boolean => {
    const item = controller.renderer.items().find((i) => i.id === `a:${id}`);
    if (!item) return false;
    const target = item.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    controller.flash(item);
    return true;
  };

  installPageWatch(ctx, controller);
  ctx.onInvalidated(() => {
    card.dispose();
    editor.dispose();
    controller.dispose();
  });
  void controller.run();
}
