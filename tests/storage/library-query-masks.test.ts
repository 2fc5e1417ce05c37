import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnnotationRepository } from '@/src/storage/annotation-repository';
import type { MarginDatabase } from '@/src/storage/create-database';
import { createDocumentRepository } from '@/src/storage/document-repository';
import { type LibraryQuery, queryLibrary } from '@/src/storage/library-query';
import type { AnnotationRecord } from '@/src/storage/records';
import { annotationTerms, matchesAll, queryWords } from '@/src/storage/terms';
import { freshDb } from './fresh-db';

// Search words and tags are answered over typed arrays (library-query.ts `pageOfMatches`); this
// compares them with a plain filter of every record, on a seeded library, in pages and both orders.
const POOL =
  'Thủ tướng Chính phủ Bộ Tài chính ngân sách Nguyễn Văn Định kỷ luật Đắk Lắk minister budget trade 🎉'.split(
    ' ',
  );
const TAGS = ['nhân sự', 'kinh tế', 'theo dõi', 'quote'];

let db: MarginDatabase;
let all: AnnotationRecord[];
const titles = new Map<string, string>();

beforeAll(async () => {
  db = freshDb();
  let s = 11;
  const rnd = () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
  const pick = (n: number) =>
    Array.from({ length: n }, () => POOL[Math.floor(rnd() * POOL.length)]).join(' ');
  const docs = createDocumentRepository(db);
  const repo = createAnnotationRepository(db);
  for (let d = 0; d < 12; d++) {
    const doc = await docs.upsert({ visited: `https://vnexpress.net/bai-${d}.html`, title: pick(4) }, 1);
    titles.set(doc.id, doc.title);
    for (let i = 0; i < 15; i++) {
      const quote = pick(1 + Math.floor(rnd() * 6));
      await repo.create(
        {
          documentId: doc.id,
          selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
          quote,
          note: rnd() < 0.4 ? pick(3) : '',
          tags: TAGS.filter(() => rnd() < 0.3),
        },
        // Ties in time on purpose: the order then falls back to the id.
        1_000 + Math.floor(rnd() * 120),
      );
    }
  }
  all = await db.annotations.toArray();
});

/** The same query answered by filtering every record (ties in time broken by id, as the index does). */
function expected(q: LibraryQuery): { ids: string[]; total: number } {
  const words = q.text ? queryWords(q.text) : [];
  // A search with no word in it (only symbols) finds nothing, by design.
  if (q.text?.trim() && words.length === 0) return { ids: [], total: 0 };
  const hits = all
    .filter(
      (a) =>
        (q.tag === undefined || a.tags.includes(q.tag)) &&
        matchesAll(annotationTerms(a.quote, a.note, titles.get(a.documentId)), words),
    )
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  if ((q.order ?? 'desc') === 'desc') hits.reverse();
  const offset = q.offset ?? 0;
  return { ids: hits.slice(offset, offset + (q.limit ?? 50)).map((a) => a.id), total: hits.length };
}

describe('library search and tag filter over masks', () => {
  const queries: LibraryQuery[] = [];
  for (const text of ['ng', 'ngân sách', 'dinh', 'bo tai', 'minister', '🎉', 'zzz', 'đắk lắk', 'chinh'])
    for (const tag of [undefined, 'nhân sự', 'quote'])
      for (const [offset, limit] of [
        [0, 10],
        [7, 5],
        [40, 50],
      ] as const)
        queries.push({ text, tag, offset, limit, order: offset === 7 ? 'asc' : 'desc' });
  for (const tag of TAGS) queries.push({ tag, limit: 20 }, { tag, offset: 20, limit: 20, order: 'asc' });

  it('finds exactly what a filter of every record finds, in the same order and pages', async () => {
    expect(all.length).toBe(180);
    let nonEmpty = 0;
    for (const q of queries) {
      const page = await queryLibrary(db, q);
      const want = expected(q);
      expect({ ids: page.items.map((i) => i.annotation.id), total: page.total }, JSON.stringify(q)).toEqual(
        want,
      );
      if (want.total > 0 && want.total < all.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(queries.length / 2);
  });
});
