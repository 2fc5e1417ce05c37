import type { MarginDatabase } from './create-database';
import type { AnnotationRecord, DocumentRecord, HighlightColour } from './records';
import { matchesAll, queryWords } from './terms';

/** Filters and order of the library view. Every filter given must hold. */
export type LibraryQuery = {
  /** Full-text: every word is a prefix of a word of the quote, the note or the article's title. */
  text?: string;
  tag?: string;
  site?: string;
  colour?: HighlightColour;
  entityKey?: string;
  documentId?: string;
  /** `createdAt` range in epoch ms: `from` inclusive, `to` exclusive. */
  from?: number;
  to?: number;
  sort?: 'createdAt' | 'updatedAt';
  order?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
};

/** One row of the library: the annotation and its article. */
export type LibraryItem = { annotation: AnnotationRecord; document: DocumentRecord | undefined };

/** A page of results and the number of all matches. */
export type LibraryPage = { items: LibraryItem[]; total: number };

type Keys = Promise<string[]>;

/** Ids of annotations matching the first (longest) query word in their own terms or their title's. */
async function idsForWord(db: MarginDatabase, word: string): Keys {
  const [own, docIds] = await Promise.all([
    db.annotations.where('terms').startsWith(word).primaryKeys(),
    db.documents.where('terms').startsWith(word).primaryKeys(),
  ]);
  const viaTitle = docIds.length
    ? await db.annotations
        .where('documentId')
        .anyOf([...new Set(docIds)])
        .primaryKeys()
    : [];
  return [...new Set([...own, ...viaTitle])];
}

/** The most selective index the query allows, as a list of candidate ids; `null` means "all". */
async function candidateIds(db: MarginDatabase, q: LibraryQuery, words: string[]): Promise<string[] | null> {
  if (q.documentId) return db.annotations.where('documentId').equals(q.documentId).primaryKeys();
  if (q.tag) return db.annotations.where('tags').equals(q.tag).primaryKeys();
  if (q.entityKey) return db.annotations.where('entityKeys').equals(q.entityKey).primaryKeys();
  const longest = [...words].sort((a, b) => b.length - a.length)[0];
  if (longest) return idsForWord(db, longest);
  if (q.site) {
    const docIds = await db.documents.where('site').equals(q.site).primaryKeys();
    return docIds.length ? db.annotations.where('documentId').anyOf(docIds).primaryKeys() : [];
  }
  if (q.colour) return db.annotations.where('colour').equals(q.colour).primaryKeys();
  return null;
}

async function withDocuments(db: MarginDatabase, list: AnnotationRecord[]): Promise<LibraryItem[]> {
  const ids = [...new Set(list.map((a) => a.documentId))];
  const docs = await db.documents.bulkGet(ids);
  const byId = new Map<string, DocumentRecord>();
  for (const d of docs) if (d) byId.set(d.id, d);
  return list.map((annotation) => ({ annotation, document: byId.get(annotation.documentId) }));
}

/**
 * The library: annotations across all documents, filtered, sorted, paginated, each with its document.
 * Uses the most selective index (tag, entity, a search word, site, colour) to find candidates and checks
 * the other filters in memory; with no filter it pages straight off the sort index.
 */
export async function queryLibrary(db: MarginDatabase, q: LibraryQuery): Promise<LibraryPage> {
  const sort = q.sort ?? 'createdAt';
  const desc = (q.order ?? 'desc') === 'desc';
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.max(0, q.limit ?? 50);
  const words = q.text ? queryWords(q.text) : [];
  const from = q.from ?? Number.NEGATIVE_INFINITY;
  const to = q.to ?? Number.POSITIVE_INFINITY;

  return db.transaction('r', [db.annotations, db.documents], async () => {
    const ids = await candidateIds(db, q, words);
    if (ids === null) {
      let coll =
        q.from !== undefined || q.to !== undefined
          ? db.annotations.where('createdAt').between(from, to, true, false)
          : db.annotations.orderBy(sort);
      if (sort !== 'createdAt' && (q.from !== undefined || q.to !== undefined)) {
        const all = await coll.toArray();
        all.sort((a, b) => (desc ? b[sort] - a[sort] : a[sort] - b[sort]));
        return { items: await withDocuments(db, all.slice(offset, offset + limit)), total: all.length };
      }
      if (desc) coll = coll.reverse();
      // Dexie's offset/limit mutate the collection: count first.
      const total = await coll.count();
      const page = await coll.offset(offset).limit(limit).toArray();
      return { items: await withDocuments(db, page), total };
    }

    const found = (await db.annotations.bulkGet([...new Set(ids)])).filter((a): a is AnnotationRecord => !!a);
    const siteDocs = q.site ? new Set(await db.documents.where('site').equals(q.site).primaryKeys()) : null;
    let list = found.filter(
      (a) =>
        (!q.documentId || a.documentId === q.documentId) &&
        (!q.tag || a.tags.includes(q.tag)) &&
        (!q.entityKey || a.entityKeys.includes(q.entityKey)) &&
        (!q.colour || a.colour === q.colour) &&
        (!siteDocs || siteDocs.has(a.documentId)) &&
        a.createdAt >= from &&
        a.createdAt < to,
    );
    let items = await withDocuments(db, list);
    if (words.length) {
      items = items.filter(({ annotation, document }) =>
        matchesAll(document ? [...annotation.terms, ...document.terms] : annotation.terms, words),
      );
    }
    items.sort((x, y) =>
      desc ? y.annotation[sort] - x.annotation[sort] : x.annotation[sort] - y.annotation[sort],
    );
    list = [];
    return { items: items.slice(offset, offset + limit), total: items.length };
  });
}
