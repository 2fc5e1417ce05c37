import type { Transaction } from 'dexie';
import { putInSlices } from '../put-in-slices';
import type { AnnotationRecord, DocumentRecord } from '../records';
import { buildSearchRecords, SEARCH_SLICE } from '../search-records';
import type { SchemaVersion } from './schema-version';
import { v1 } from './v1';

/**
 * Version 2 (issues 4 and 7): search words leave the records and their multi-entry indexes.
 *
 * Why: `annotations.*terms` put ~38 index entries on every annotation (~390 MB per 100,000), made
 * every write slow (an import of 100,000 took minutes), and still could not answer a common prefix
 * ("ng") or a big tag fast, since Chromium reads an index entry in ~25–37 µs. Instead, a `search`
 * record per document holds its title words and, per annotation, the filter fields and the quote and
 * note words; the library loads them once into memory and refreshes only the records whose `rev`
 * changed (see `library-index.ts`). `annotations.colour` goes too (the in-memory index filters on it),
 * as does `documents.*terms` (nothing queries titles alone in the extension).
 *
 * The upgrade strips `terms` from every record and builds the search records from the annotations.
 */
export const v2: SchemaVersion = {
  version: 2,
  stores: {
    ...v1.stores,
    documents: 'id, *urls, site, publishedAt, lastVisitedAt',
    annotations: 'id, documentId, *tags, createdAt, updatedAt, *entityKeys',
    search: 'documentId, rev',
  },
  upgrade: upgradeToV2,
};

async function upgradeToV2(tx: Transaction): Promise<void> {
  const documents: DocumentRecord[] = [];
  await tx
    .table('documents')
    .toCollection()
    .modify((d: DocumentRecord) => {
      delete d.terms;
      documents.push({ ...d, text: undefined });
    });
  const annotations: AnnotationRecord[] = [];
  await tx
    .table('annotations')
    .toCollection()
    .modify((a: AnnotationRecord) => {
      delete a.terms;
      annotations.push(a);
    });
  const records = buildSearchRecords(documents, annotations, Date.now());
  await putInSlices(tx.table('search'), records, { slice: SEARCH_SLICE });
}
