import { normaliseUrl } from '@/src/core/urls/normalise-url';
import type { MarginDatabase } from '@/src/storage/create-database';
import type { DocumentRecord } from '@/src/storage/records';

/**
 * The saved document for a page: by id when the content script gave one, else by any of its
 * URL variants (the `*urls` index holds normalised URLs). Resolves undefined when not saved.
 */
export async function findDocument(
  db: MarginDatabase,
  ref: { documentId?: string | null; url?: string | null },
): Promise<DocumentRecord | undefined> {
  if (ref.documentId) {
    const byId = await db.documents.get(ref.documentId);
    if (byId) return byId;
  }
  if (!ref.url) return undefined;
  const url = normaliseUrl(ref.url);
  if (!url) return undefined;
  return db.documents.where('urls').equals(url).first();
}
