import { storedAnnotationCount } from './annotation-count';
import type { MarginDatabase } from './create-database';
import { candidates, load, loadCandidates } from './library-candidates';
import { walkSortIndex } from './library-query-window';
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

/**
 * Below this many candidates, loading them all and sorting beats walking the sort index. Measured in
 * Chromium at 100,000 annotations: a record costs ~5× an index entry to read, and a page of 200 among
 * `n` candidates walks ~300 × 100,000 / n index entries, so the two meet near 2,000 candidates.
 */
const LOAD_ALL_BELOW = 2_000;
/** Stop reading search words from the index once this few candidates remain (checked on the records). */
const READ_WORDS_UNTIL = 500;

async function withDocuments(db: MarginDatabase, list: AnnotationRecord[]): Promise<LibraryItem[]> {
  const ids = [...new Set(list.map((a) => a.documentId))];
  const docs = await db.documents.bulkGet(ids);
  const byId = new Map<string, DocumentRecord>();
  for (const d of docs) if (d) byId.set(d.id, d);
  return list.map((annotation) => ({ annotation, document: byId.get(annotation.documentId) }));
}

/**
 * The library: annotations across all documents, filtered, sorted, paginated, each with its document.
 *
 * How it stays fast on 100,000 annotations: filters are answered from indexes with key-only reads and
 * intersected as id sets; then either the few candidates are loaded and sorted, or the sort index is
 * read key-only, in order and in batches, until the page is full, and only the page's records are loaded.
 */
export async function queryLibrary(
  db: MarginDatabase,
  q: LibraryQuery,
  { loadAllBelow = LOAD_ALL_BELOW }: { loadAllBelow?: number } = {},
): Promise<LibraryPage> {
  const sort = q.sort ?? 'createdAt';
  const desc = (q.order ?? 'desc') === 'desc';
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.max(0, q.limit ?? 50);
  const words = q.text ? queryWords(q.text) : [];
  const hasRange = q.from !== undefined || q.to !== undefined;
  const from = q.from ?? Number.NEGATIVE_INFINITY;
  const to = q.to ?? Number.POSITIVE_INFINITY;
  const inRange = (a: AnnotationRecord) => a.createdAt >= from && a.createdAt < to;
  const bySort = (a: AnnotationRecord, b: AnnotationRecord) => (desc ? b[sort] - a[sort] : a[sort] - b[sort]);

  return db.transaction('r', [db.annotations, db.documents, db.settings], async () => {
    if (q.text !== undefined && q.text.trim() !== '' && words.length === 0) return { items: [], total: 0 };
    const found = await candidates(db, q, words, Math.min(loadAllBelow, READ_WORDS_UNTIL));
    const ids = found?.ids ?? null;

    // The walked index: the sort field, restricted to the date range when sorting by creation.
    const walk = () => {
      const base =
        hasRange && sort === 'createdAt'
          ? db.annotations.where('createdAt').between(from, to, true, false)
          : db.annotations.orderBy(sort);
      return desc ? base.reverse() : base;
    };

    if (ids === null && (!hasRange || sort === 'createdAt')) {
      const stored = hasRange ? undefined : await storedAnnotationCount(db);
      const total = stored ?? (await walk().count());
      const page = await walk().offset(offset).limit(limit).toArray();
      return { items: await withDocuments(db, page), total };
    }

    if (ids === null || ids.size < loadAllBelow || (hasRange && sort !== 'createdAt')) {
      const all = found === null ? await db.annotations.toArray() : await loadCandidates(db, found);
      // Words not read from the index (see candidateIds) are checked on the records.
      const matching = all.filter((a) => inRange(a) && matchesAll(a.terms, words)).sort(bySort);
      return {
        items: await withDocuments(db, matching.slice(offset, offset + limit)),
        total: matching.length,
      };
    }

    // Many candidates: read the sort index key-only, in order, until the page is full (to the end of
    // the date range when there is one, whose matches are only known then).
    const { pageIds, hits } = await walkSortIndex(db, ids, {
      sort,
      desc,
      from: hasRange ? from : Number.NEGATIVE_INFINITY,
      to: hasRange ? to : Number.POSITIVE_INFINITY,
      offset,
      limit,
      countAll: hasRange,
    });
    const total = hasRange ? hits : ids.size;
    return { items: await withDocuments(db, await load(db, pageIds)), total };
  });
}
