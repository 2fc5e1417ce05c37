import type { TextIndex } from '@/src/core/anchoring/text-index';
import type { ExtractedArticle } from '@/src/core/article/extract-article';
import type { Entity, EntityType } from '@/src/core/entities/types';
import type { EntityReach, TabArticleState } from '@/src/messaging/protocol';
import type { Settings, SiteSettings } from '@/src/storage/settings';
import type { AnchoredAnnotation } from './annotations/anchor-annotations';

/** An entity mention found in the live page: the recogniser's entity and its offsets in the live index. */
export type LiveEntity = { entity: Entity; start: number; end: number };

/** Everything the content script knows about its page after a run. */
export type PageState = {
  status: TabArticleState['status'];
  message?: string;
  article: ExtractedArticle | null;
  root: Element | null;
  index: TextIndex | null;
  /** `root.textContent.length` when the article was extracted (to tell a replaced story from an edit). */
  rootTextLength: number;
  /** Everything the recogniser found in the article text (some may not be found in the live page). */
  recognised: Entity[];
  /** The recognised entities located in the live page. */
  entities: LiveEntity[];
  annotations: AnchoredAnnotation[];
  documentId: string | null;
  reach: Record<string, EntityReach>;
  settings: Settings | null;
  site: SiteSettings | null;
};

/** The state before the first run. */
export function emptyPageState(): PageState {
  return {
    status: 'pending',
    article: null,
    root: null,
    index: null,
    rootTextLength: 0,
    recognised: [],
    entities: [],
    annotations: [],
    documentId: null,
    reach: {},
    settings: null,
    site: null,
  };
}

/** The summary the popup shows (`getTabArticle`). */
export function tabArticleState(state: PageState): TabArticleState {
  const counts: Record<EntityType, number> = { official: 0, person: 0, org: 0, date: 0 };
  // Count distinct people and bodies (by key), and every date mention.
  const seen = new Set<string>();
  for (const entity of state.recognised) {
    if (entity.type !== 'date') {
      if (seen.has(entity.key)) continue;
      seen.add(entity.key);
    }
    counts[entity.type]++;
  }
  const a = state.article;
  return {
    status: state.status,
    message: state.message,
    article: a
      ? {
          url: a.url,
          title: a.title,
          byline: a.byline ?? undefined,
          siteName: a.siteName ?? undefined,
          publishedTime: a.publishedTime ?? undefined,
          lang: a.lang ?? undefined,
        }
      : undefined,
    documentId: state.documentId,
    counts,
    annotationCount: state.annotations.length,
  };
}
