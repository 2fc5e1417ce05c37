import { anchorEntities } from '@/src/core/anchoring/anchor-entities';
import { rangeFromOffsets } from '@/src/core/anchoring/range-offsets';
import { buildTextIndex, type TextIndex } from '@/src/core/anchoring/text-index';
import type { EntityType } from '@/src/core/entities/types';
import type { ArticleInfo, PageRef, Reply, TabArticleState } from '@/src/messaging/protocol';
import type { Settings, SiteSettings } from '@/src/storage/settings';
import { anchorAnnotations, annotationItems } from './annotations/anchor-annotations';
import { createHighlightRenderer, type HighlightRenderer } from './highlight/highlight-renderer';
import { installHighlightStyles } from './highlight/highlight-styles';
import type { PaintItem } from './highlight/paint-item';
import type { PaintKind } from './highlight/paint-kinds';
import { emptyPageState, type LiveEntity, type PageState, tabArticleState } from './page-state';
import { analysePage, type PipelineTimings } from './pipeline/analyse-page';
import { summariseMentions } from './pipeline/mention-summary';
import { textHash } from './pipeline/text-hash';
import { throwIfAborted, yieldToMain } from './pipeline/yield-to-main';

/** The background calls the page controller makes (injected so tests can fake them). */
export type BackgroundPort = {
  getPageState(ref: PageRef): Promise<Reply<import('@/src/messaging/protocol').PageState>>;
  pageAnalysed(
    data: Parameters<import('@/src/messaging/protocol').ContentToBackground['pageAnalysed']>[0],
  ): Promise<Reply<import('@/src/messaging/protocol').PageAnalysedResult>>;
  setAnchorStates(data: {
    states: { id: string; state: 'anchored' | 'fuzzy' | 'orphan' }[];
  }): Promise<Reply<number>>;
};

/** Runs the page pipeline and keeps its state; see {@link createPageController}. */
export type PageController = {
  /** Runs (or re-runs) the pipeline; `force` analyses a page not detected as an article. */
  run(options?: { force?: boolean }): Promise<TabArticleState>;
  /** Re-anchors and repaints without re-extracting (the page's DOM changed). */
  repaint(): void;
  state(): PageState;
  summary(): TabArticleState;
  renderer: HighlightRenderer;
  /** The body's text index (built on demand, dropped when the page changes). */
  bodyIndex(): TextIndex;
  applySettings(settings: Settings, site: SiteSettings): void;
  /** Repaints after annotations were added, edited or removed. */
  setAnnotations(update: (state: PageState) => PageState['annotations']): void;
  articleInfo(): Omit<ArticleInfo, 'text'>;
  lastTimings(): PipelineTimings;
  /** Briefly paints `item` in the flash layer (after scrolling to it). */
  flash(item: PaintItem): void;
  dispose(): void;
};

/**
 * Creates the controller for `doc`. The page's own DOM is only read (highlights are CSS highlights);
 * every run cancels the previous one; results go to the background, the only writer of the database.
 */
export function createPageController(
  doc: Document,
  port: BackgroundPort,
  pageUrl: () => string,
): PageController {
  const renderer = createHighlightRenderer(doc);
  const removeStyles = installHighlightStyles(doc);
  let state = emptyPageState();
  let current: AbortController | null = null;
  let bodyIndexCache: TextIndex | null = null;
  let timings: PipelineTimings = {};

  const bodyIndex = () => {
    if (!bodyIndexCache?.root.isConnected) bodyIndexCache = buildTextIndex(doc.body ?? doc.documentElement);
    return bodyIndexCache;
  };

  const pageRef = (): PageRef => ({
    url: pageUrl(),
    canonical: state.article?.canonical ?? canonicalOf(doc),
    ogUrl: state.article?.ogUrl ?? ogUrlOf(doc),
  });

  const articleInfo = (): Omit<ArticleInfo, 'text'> => {
    const a = state.article;
    const ref = pageRef();
    return {
      ...ref,
      title: a?.title || doc.title || ref.url,
      byline: a?.byline ?? undefined,
      siteName: a?.siteName ?? undefined,
      publishedTime: a?.publishedTime ?? undefined,
      lang: a?.lang ?? (doc.documentElement.lang || undefined),
      excerpt: a?.excerpt ?? undefined,
      textHash: a ? textHash(a.text) : undefined,
    };
  };

  const hiddenKinds = (): Set<PaintKind> => {
    const kinds = state.settings?.entityKinds;
    const hidden = new Set<PaintKind>();
    if (kinds) for (const k of Object.keys(kinds) as EntityType[]) if (!kinds[k]) hidden.add(k);
    return hidden;
  };

  const paint = () => {
    const items: PaintItem[] = [];
    if (state.index) {
      state.entities.forEach((live, i) => {
        items.push({
          id: `e:${i}`,
          kind: live.entity.type,
          range: rangeFromOffsets(state.index!, live.start, live.end),
        });
      });
    }
    items.push(...annotationItems(state.annotations));
    renderer.setHidden(hiddenKinds());
    renderer.paint(items);
  };

  const reanchor = () => {
    bodyIndexCache = null;
    if (state.article && state.root?.isConnected) {
      state.index = buildTextIndex(state.root);
      const spans = anchorEntities(state.index, state.article.text, state.recognised);
      state.entities = liveEntities(state.recognised, spans);
    }
    state.annotations = anchorAnnotations(
      state.annotations.map((a) => a.annotation),
      state.index,
      bodyIndex,
    );
  };

  const run = async ({ force = false } = {}): Promise<TabArticleState> => {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const { signal } = controller;
    timings = {};
    // The page may have changed since the last run: its body index is rebuilt (by the analysis, or on demand).
    bodyIndexCache = null;
    try {
      const remote = await port.getPageState(pageRef());
      throwIfAborted(signal);
      if (!remote.ok) throw new Error(remote.error.message);
      const { settings, site, annotations, documentId } = remote.value;
      state = { ...emptyPageState(), settings, site, documentId };
      if (!site.enabled && !force) {
        state.status = 'disabled';
        renderer.paint([]);
        return tabArticleState(state);
      }
      const analysis = await analysePage(doc, { url: pageUrl(), force, signal, timings });
      if (analysis.status === 'article') {
        bodyIndexCache = analysis.bodyIndex;
        const spans = anchorEntities(analysis.index, analysis.article.text, analysis.entities);
        state = {
          ...state,
          status: 'article',
          article: analysis.article,
          root: analysis.root,
          index: analysis.index,
          rootTextLength: analysis.root.textContent?.length ?? 0,
          recognised: analysis.entities,
          entities: liveEntities(analysis.entities, spans),
        };
      } else {
        state.status = 'not-article';
      }
      await yieldToMain();
      throwIfAborted(signal);
      state.annotations = anchorAnnotations(annotations, state.index, bodyIndex);
      paint();
      if (annotations.length > 0) {
        void port.setAnchorStates({
          states: state.annotations.map((a) => ({ id: a.annotation.id, state: a.state })),
        });
      }
      if (state.article) {
        const saved = await port.pageAnalysed({
          article: { ...articleInfo(), text: state.article.text },
          mentions: summariseMentions(state.article.text, state.recognised),
        });
        throwIfAborted(signal);
        if (saved.ok) {
          state.documentId = saved.value.documentId ?? state.documentId;
          state.reach = saved.value.entities;
        }
      }
    } catch (error) {
      if (signal.aborted) return tabArticleState(state);
      state.status = 'error';
      state.message = error instanceof Error ? error.message : String(error);
    }
    return tabArticleState(state);
  };

  return {
    run,
    repaint() {
      reanchor();
      paint();
    },
    state: () => state,
    summary: () => tabArticleState(state),
    renderer,
    bodyIndex,
    applySettings(settings, site) {
      const wasEnabled = state.site?.enabled ?? true;
      state.settings = settings;
      state.site = site;
      if (!site.enabled) {
        state.status = 'disabled';
        renderer.paint([]);
      } else if (!wasEnabled) {
        void run();
      } else {
        renderer.setHidden(hiddenKinds());
      }
    },
    setAnnotations(update) {
      state.annotations = update(state);
      paint();
    },
    articleInfo,
    lastTimings: () => timings,
    flash(item) {
      const others = renderer.items().filter((i) => i.kind !== 'flash');
      renderer.paint([...others, { ...item, id: `flash:${item.id}`, kind: 'flash' }]);
      setTimeout(() => renderer.paint(renderer.items().filter((i) => i.kind !== 'flash')), 1200);
    },
    dispose() {
      current?.abort();
      renderer.dispose();
      removeStyles();
      state = emptyPageState();
    },
  };
}

function liveEntities(
  entities: readonly import('@/src/core/entities/types').Entity[],
  spans: readonly ({ start: number; end: number } | null)[],
): LiveEntity[] {
  const out: LiveEntity[] = [];
  entities.forEach((entity, i) => {
    const span = spans[i];
    if (span) out.push({ entity, start: span.start, end: span.end });
  });
  return out;
}

function canonicalOf(doc: Document): string | undefined {
  return doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href || undefined;
}

function ogUrlOf(doc: Document): string | undefined {
  return doc.querySelector<HTMLMetaElement>('meta[property="og:url"]')?.content || undefined;
}
