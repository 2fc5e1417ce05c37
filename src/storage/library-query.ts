import { storedAnnotationCount } from './annotation-count';
import type { MarginDatabase } from './create-database';
import { type IndexedEntry, libraryIndex } from './library-index';
import type { AnnotationRecord, DocumentRecord, HighlightColour } from './records';
import { hasPrefix, queryWords } from './terms';

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

async function withDocuments(db: MarginDatabase, list: AnnotationRecord[]): Promise<LibraryItem[]> {
  const ids = [...new Set(list.map((a) => a.documentId))];
  const docs = await db.documents.bulkGet(ids);
  const byId = new Map<string, DocumentRecord>();
  for (const d of docs) if (d) byId.set(d.id, d);
  return list.map((annotation) => ({ annotation, document: byId.get(annotation.documentId) }));
}

/** Whether a query has a filter that only the in-memory index answers. */
function needsIndex(q: LibraryQuery, words: readonly string[]): boolean {
  return (
    words.length > 0 ||
    q.tag !== undefined ||
    q.site !== undefined ||
    q.colour !== undefined ||
    q.entityKey !== undefined ||
    q.documentId !== undefined
  );
}

/**
 * A test of one entry against the query's filters. Search words are checked against the title once
 * per document: an annotation then needs only the words its title lacks in its quote or note.
 */
function matcher(q: LibraryQuery, words: readonly string[]): (e: IndexedEntry) => boolean {
  const from = q.from ?? Number.NEGATIVE_INFINITY;
  const to = q.to ?? Number.POSITIVE_INFINITY;
  const rest = new Map<string, readonly string[]>();
  const wordsLeft = (e: IndexedEntry) => {
    let left = rest.get(e.doc.documentId);
    if (!left) {
      left = words.filter((w) => !hasPrefix(e.doc.titleWords, w));
      rest.set(e.doc.documentId, left);
    }
    return left;
  };
  return (e) => {
    const { entry, doc } = e;
    if (q.documentId !== undefined && doc.documentId !== q.documentId) return false;
    if (q.site !== undefined && doc.site !== q.site) return false;
    if (entry.createdAt < from || entry.createdAt >= to) return false;
    if (q.colour !== undefined && entry.colour !== q.colour) return false;
    if (q.tag !== undefined && !entry.tags.includes(q.tag)) return false;
    if (q.entityKey !== undefined && !entry.entityKeys.includes(q.entityKey)) return false;
    return words.length === 0 || wordsLeft(e).every((w) => hasPrefix(entry.words, w));
  };
}

/**
 * The ids of one page of matches and the number of all, from the in-memory index: its entries are
 * kept sorted, so one pass in sort order both counts and collects the page.
 */
function pageFromIndex(
  entries: readonly IndexedEntry[],
  test: (e: IndexedEntry) => boolean,
  desc: boolean,
  offset: number,
  limit: number,
): { ids: string[]; total: number } {
  const ids: string[] = [];
  let total = 0;
  const n = entries.length;
  for (let i = 0; i < n; i++) {
    const e = entries[desc ? n - 1 - i : i] as IndexedEntry;
    if (!test(e)) continue;
    if (total >= offset && ids.length < limit) ids.push(e.entry.id);
    total += 1;
  }
  return { ids, total };
}

/**
 * The library: annotations across all documents, filtered, sorted, paginated, each with its document.
 *
 * How it stays fast on 100,000 annotations: the unfiltered view reads the stored count and one page of
 * the sort index; any other filter (search words, tag, site, colour, entity, document) is answered by a
 * scan of the in-memory index (see {@link libraryIndex}), and only the page's records are read.
 */
export async function queryLibrary(db: MarginDatabase, q: LibraryQuery): Promise<LibraryPage> {
  const sort = q.sort ?? 'createdAt';
  const desc = (q.order ?? 'desc') === 'desc';
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.max(0, q.limit ?? 50);
  const words = q.text ? queryWords(q.text) : [];
  const hasRange = q.from !== undefined || q.to !== undefined;

  return db.transaction('r', [db.annotations, db.documents, db.settings, db.search], async () => {
    if (q.text !== undefined && q.text.trim() !== '' && words.length === 0) return { items: [], total: 0 };

    if (!needsIndex(q, words) && (!hasRange || sort === 'createdAt')) {
      const from = q.from ?? Number.NEGATIVE_INFINITY;
      const to = q.to ?? Number.POSITIVE_INFINITY;
      const walk = () => {
        const base = hasRange
          ? db.annotations.where('createdAt').between(from, to, true, false)
          : db.annotations.orderBy(sort);
        return desc ? base.reverse() : base;
      };
      const stored = hasRange ? undefined : await storedAnnotationCount(db);
      const total = stored ?? (await walk().count());
      const page = await walk().offset(offset).limit(limit).toArray();
      return { items: await withDocuments(db, page), total };
    }

    const index = await libraryIndex(db);
    const { ids, total } = pageFromIndex(index.ordered(sort), matcher(q, words), desc, offset, limit);
    const page = (await db.annotations.bulkGet(ids)).filter((a): a is AnnotationRecord => a !== undefined);
    return { items: await withDocuments(db, page), total };
  });
}
