import { siteOf } from '@/src/core/urls/site-of';
import { urlVariants } from '@/src/core/urls/url-variants';
import type {
  ArticleInfo,
  EntityMentionInput,
  PageAnalysedResult,
  PageRef,
  PageState,
} from '@/src/messaging/protocol';
import { createAnnotationRepository } from '@/src/storage/annotation-repository';
import type { MarginDatabase } from '@/src/storage/create-database';
import { createDocumentRepository } from '@/src/storage/document-repository';
import { createEntityRepository } from '@/src/storage/entity-repository';
import { InvalidRequestError } from '@/src/storage/errors';
import { createSettingsRepository } from '@/src/storage/settings-repository';
import { ForbiddenError } from '../to-reply';

/** When an article's entities were "seen": its publication time if the page gave one, else now. */
export function seenAtOf(publishedTime: string | undefined, now: number): number {
  const t = publishedTime ? Date.parse(publishedTime) : Number.NaN;
  return Number.isFinite(t) && t <= now + 86_400_000 ? t : now;
}

/**
 * What a page visit reads and writes: saving the analysed article with its entity mentions, and the
 * state a content script needs to paint (annotations, settings).
 *
 * @param db the Margin database
 * @param now the clock (tests pass a fixed one)
 */
export function createPageService(db: MarginDatabase, now: () => number = Date.now) {
  const documents = createDocumentRepository(db);
  const annotations = createAnnotationRepository(db);
  const entities = createEntityRepository(db);
  const settings = createSettingsRepository(db);

  return {
    /**
     * Saves an analysed article (unless the user keeps only annotated ones and this one has none) and its
     * mentions, in one transaction; answers how widely each entity is known elsewhere.
     *
     * @param visited the page's URL as the browser reports it (`sender.url`), overriding the payload's
     * @throws ForbiddenError when Margin is off for the site; InvalidRequestError without an http(s) URL
     */
    async pageAnalysed(
      data: { article: ArticleInfo; mentions: EntityMentionInput[] },
      visited: string = data.article.url,
    ): Promise<PageAnalysedResult> {
      const { article, mentions } = data;
      const page = { visited, canonical: article.canonical, ogUrl: article.ogUrl };
      const urls = urlVariants(page);
      if (urls.length === 0) throw new InvalidRequestError('The page has no http(s) URL.');
      const site = siteOf(visited);
      if (!(await settings.getSite(site)).enabled)
        throw new ForbiddenError('Margin is switched off for this site.');
      const { rememberAllArticles } = await settings.get();
      const t = now();

      const documentId = await db.transaction(
        'rw',
        [db.documents, db.texts, db.annotations, db.entities, db.mentions, db.search],
        async () => {
          const existing = await documents.findByUrls(urls);
          const keep =
            rememberAllArticles ||
            (existing !== undefined && (await annotations.countByDocument(existing.id)) > 0);
          if (!keep) return null;
          const doc = await documents.upsert(
            {
              ...page,
              title: article.title,
              byline: article.byline,
              siteName: article.siteName,
              publishedAt: article.publishedTime,
              lang: article.lang,
              excerpt: article.excerpt,
              textHash: article.textHash,
              text: article.text,
            },
            t,
          );
          await entities.recordMentions(
            { documentId: doc.id, site: doc.site, seenAt: seenAtOf(article.publishedTime, t) },
            mentions,
          );
          return doc.id;
        },
      );

      const reach = await entities.reach(
        mentions.map((m) => m.key),
        { documentId, site },
      );
      return { documentId, entities: reach };
    },

    /**
     * The saved state of a page: its document's annotations in reading order and the settings that apply.
     *
     * @param visited the page's URL as the browser reports it, overriding `ref.url`
     */
    async getPageState(ref: PageRef, visited: string = ref.url): Promise<PageState> {
      const site = siteOf(visited);
      const [doc, all, siteSettings] = await Promise.all([
        documents.findByPage({ visited, canonical: ref.canonical, ogUrl: ref.ogUrl }),
        settings.get(),
        settings.getSite(site),
      ]);
      return {
        documentId: doc?.id ?? null,
        annotations: doc ? await annotations.listByDocument(doc.id) : [],
        textHash: doc?.textHash ?? null,
        site: siteSettings,
        settings: all,
      };
    },
  };
}

/** The page service's API. */
export type PageService = ReturnType<typeof createPageService>;
