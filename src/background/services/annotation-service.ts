import { urlVariants } from '@/src/core/urls/url-variants';
import type { CreateAnnotationInput, UpdateAnnotationInput } from '@/src/messaging/protocol';
import { createAnnotationRepository } from '@/src/storage/annotation-repository';
import type { MarginDatabase } from '@/src/storage/create-database';
import { createDocumentRepository } from '@/src/storage/document-repository';
import { NotFoundError } from '@/src/storage/errors';
import type { AnchorState, AnnotationRecord } from '@/src/storage/records';
import { ForbiddenError } from '../to-reply';

/**
 * Annotation writes. `pageUrl` is the content script's page (from `sender.url`) or `null` for an
 * extension page: a content script may only touch annotations of the page it runs in, so a page that
 * took over its content script cannot edit or delete the user's work elsewhere.
 *
 * @param db the Margin database
 * @param now the clock
 */
export function createAnnotationService(db: MarginDatabase, now: () => number = Date.now) {
  const documents = createDocumentRepository(db);
  const annotations = createAnnotationRepository(db);

  async function assertOwnPage(documentId: string, pageUrl: string | null): Promise<void> {
    if (pageUrl === null) return;
    const doc = await documents.get(documentId);
    const variants = urlVariants({ visited: pageUrl });
    if (!doc?.urls.some((u) => variants.includes(u))) {
      throw new ForbiddenError('A page may only change its own annotations.');
    }
  }

  async function existing(id: string, pageUrl: string | null): Promise<AnnotationRecord> {
    const rec = await annotations.get(id);
    if (!rec) throw new NotFoundError('The annotation no longer exists.');
    await assertOwnPage(rec.documentId, pageUrl);
    return rec;
  }

  return {
    /** Saves a highlight, creating or updating the page's document in the same transaction. */
    async create(input: CreateAnnotationInput, pageUrl: string | null): Promise<AnnotationRecord> {
      const { page } = input;
      const t = now();
      return db.transaction(
        'rw',
        [db.documents, db.texts, db.annotations, db.tags, db.settings, db.search],
        async () => {
          const doc = await documents.upsert(
            {
              visited: pageUrl ?? page.url,
              canonical: page.canonical,
              ogUrl: page.ogUrl,
              title: page.title,
              byline: page.byline,
              siteName: page.siteName,
              publishedAt: page.publishedTime,
              lang: page.lang,
              excerpt: page.excerpt,
              textHash: page.textHash,
            },
            t,
          );
          return annotations.create(
            {
              documentId: doc.id,
              selectors: input.selectors,
              bodySelectors: input.bodySelectors,
              quote: input.quote,
              note: input.note,
              tags: input.tags,
              colour: input.colour,
              entityKeys: input.entityKeys,
              textHash: page.textHash,
            },
            t,
          );
        },
      );
    },

    /** Edits note, tags or colour. */
    async update(input: UpdateAnnotationInput, pageUrl: string | null): Promise<AnnotationRecord> {
      await existing(input.id, pageUrl);
      const { id, ...patch } = input;
      return annotations.update(id, patch, now());
    },

    /** Deletes and returns the record, for undo. */
    async delete(id: string, pageUrl: string | null): Promise<AnnotationRecord> {
      await existing(id, pageUrl);
      const deleted = await annotations.delete(id, now());
      if (!deleted) throw new NotFoundError('The annotation no longer exists.');
      return deleted;
    },

    /** Puts a deleted annotation back (undo). */
    async restore(record: AnnotationRecord, pageUrl: string | null): Promise<AnnotationRecord> {
      await assertOwnPage(record.documentId, pageUrl);
      return annotations.restore(record, now());
    },

    /** Records re-anchoring results; from a page, only for its own annotations. */
    async setAnchorStates(
      states: { id: string; state: AnchorState }[],
      pageUrl: string | null,
    ): Promise<number> {
      if (pageUrl === null) return annotations.setAnchorStates(states, now());
      const recs = await db.annotations.bulkGet(states.map((s) => s.id));
      const allowedDocs = new Set<string>();
      for (const docId of new Set(recs.flatMap((r) => (r ? [r.documentId] : [])))) {
        try {
          await assertOwnPage(docId, pageUrl);
          allowedDocs.add(docId);
        } catch {
          // another page's annotation: skipped, not an error for the rest
        }
      }
      const own = states.filter((_, i) => {
        const r = recs[i];
        return r !== undefined && allowedDocs.has(r.documentId);
      });
      return annotations.setAnchorStates(own, now());
    },
  };
}

/** The annotation service's API. */
export type AnnotationService = ReturnType<typeof createAnnotationService>;
