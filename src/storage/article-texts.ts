import type { MarginDatabase } from './create-database';
import type { ArticleTextRecord, DocumentRecord, StoredDocument } from './records';

/** Texts per write request: a text is 5–50 kB, and a request's values are held until written. */
export const TEXT_SLICE = 200;

/**
 * Documents as stored since schema version 3: without their `text`, which goes to `texts` (see
 * `schema/v3.ts`). Documents without a text give none.
 */
export function splitTexts(docs: readonly DocumentRecord[]): {
  documents: StoredDocument[];
  texts: ArticleTextRecord[];
} {
  const documents: StoredDocument[] = [];
  const texts: ArticleTextRecord[] = [];
  for (const d of docs) {
    const { text, ...rest } = d;
    documents.push(rest);
    if (text !== undefined) texts.push({ documentId: d.id, text });
  }
  return { documents, texts };
}

/** Documents with their stored texts put back (`texts` rows matched by id), as exports carry them. */
export function joinTexts(
  docs: readonly StoredDocument[],
  texts: readonly (ArticleTextRecord | undefined)[],
): DocumentRecord[] {
  const byId = new Map<string, string>();
  for (const t of texts) if (t) byId.set(t.documentId, t.text);
  return docs.map((d) => {
    const text = byId.get(d.id);
    return text === undefined ? d : { ...d, text };
  });
}

/** Reads the texts of these documents and returns them joined (for an export of part of the library). */
export async function withTexts(
  db: MarginDatabase,
  docs: readonly StoredDocument[],
): Promise<DocumentRecord[]> {
  if (docs.length === 0) return [];
  return joinTexts(docs, await db.texts.bulkGet(docs.map((d) => d.id)));
}
