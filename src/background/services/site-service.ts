import { bumpAnnotationCount } from '@/src/storage/annotation-count';
import type { MarginDatabase } from '@/src/storage/create-database';
import { createEntityRepository } from '@/src/storage/entity-repository';
import { syncSearch } from '@/src/storage/search-records';
import { adjustTagCounts } from '@/src/storage/tag-counts';

/**
 * "Forget this site": deletes the site's documents and entity mentions. Annotated documents are kept
 * with their annotations unless `includeAnnotations` (the UI asks the user first); their mentions and
 * text copy go either way.
 *
 * @param db the Margin database
 */
export function createSiteService(db: MarginDatabase, now: () => number = Date.now) {
  const entities = createEntityRepository(db);
  return {
    async forgetSite(
      site: string,
      includeAnnotations: boolean,
    ): Promise<{ documents: number; annotations: number }> {
      return db.transaction(
        'rw',
        [db.documents, db.texts, db.annotations, db.tags, db.entities, db.mentions, db.settings, db.search],
        async () => {
          const docs = await db.documents.where('site').equals(site).toArray();
          let deletedDocs = 0;
          let deletedAnnotations = 0;
          for (const doc of docs) {
            await entities.removeDocument(doc.id);
            const anns = await db.annotations.where('documentId').equals(doc.id).toArray();
            // The article's text goes either way: kept for its annotations, the document keeps only its
            // metadata.
            await db.texts.delete(doc.id);
            if (anns.length > 0 && !includeAnnotations) continue;
            for (const a of anns) await adjustTagCounts(db, a.tags, [], now());
            await db.annotations.bulkDelete(anns.map((a) => a.id));
            await syncSearch(db, { removed: anns });
            await bumpAnnotationCount(db, -anns.length);
            await db.documents.delete(doc.id);
            deletedDocs += 1;
            deletedAnnotations += anns.length;
          }
          return { documents: deletedDocs, annotations: deletedAnnotations };
        },
      );
    },
  };
}
