import type { MarginDatabase } from '@/src/storage/create-database';
import type { MentionRecord, TrackedEntityType } from '@/src/storage/records';

/** Entities of one document grouped by kind, most mentioned first. */
export type PageEntities = Record<TrackedEntityType, MentionRecord[]>;

/** Groups a document's mentions by kind, each group sorted by count (then name). */
export async function pageEntities(db: MarginDatabase, documentId: string): Promise<PageEntities> {
  const mentions = await db.mentions.where('documentId').equals(documentId).toArray();
  const groups: PageEntities = { official: [], org: [], person: [] };
  for (const m of mentions) groups[m.type]?.push(m);
  for (const list of Object.values(groups)) {
    list.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }
  return groups;
}
