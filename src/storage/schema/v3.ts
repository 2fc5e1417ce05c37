import type { Transaction } from 'dexie';
import { splitTexts, TEXT_SLICE } from '../article-texts';
import type { DocumentRecord } from '../records';
import { forEachSlice } from '../table-slices';
import type { SchemaVersion } from './schema-version';
import { v2 } from './v2';

/**
 * Version 3 (issue 7): an article's text leaves its document for a `texts` table of its own.
 *
 * Why: every list of rows (the Library's page, the saved articles, an official's articles) reads its
 * documents whole, and a document carried its article's full text (5–50 kB). With it, a Library page
 * read hundreds of kilobytes to show a title and a site, and the side panel's first rows came ~30%
 * later at 100,000 annotations. Only exports need the text (W3C positions, backups): they read it here.
 *
 * The upgrade moves each stored text to `texts` and removes it from its document.
 */
export const v3: SchemaVersion = {
  version: 3,
  stores: { ...v2.stores, texts: 'documentId' },
  upgrade: upgradeToV3,
};

async function upgradeToV3(tx: Transaction): Promise<void> {
  // In key order, a slice at a time: a library's texts can be hundreds of megabytes, never all held.
  const documents = tx.table<DocumentRecord, string>('documents');
  await forEachSlice(documents, TEXT_SLICE, async (slice) => {
    const { documents: stripped, texts } = splitTexts(slice);
    if (texts.length === 0) return;
    await tx.table('texts').bulkPut(texts);
    const moved = new Set(texts.map((t) => t.documentId));
    await documents.bulkPut(stripped.filter((d) => moved.has(d.id)));
  });
}
