import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSiteService } from '@/src/background/services/site-service';
import { createAnnotationRepository } from '@/src/storage/annotation-repository';
import { createDatabase, type MarginDatabase } from '@/src/storage/create-database';
import { createDocumentRepository } from '@/src/storage/document-repository';
import { type LibraryQuery, queryLibrary } from '@/src/storage/library-query';
import type { SearchEntry } from '@/src/storage/records';
import { decodeSearchRecord, encodeSearchRecord, searchEntryOf } from '@/src/storage/search-records';
import { freshDb } from './fresh-db';

let db: MarginDatabase;

beforeEach(() => {
  db = freshDb();
});

const sel = (q: string) => [{ type: 'TextQuoteSelector' as const, exact: q, prefix: '', suffix: '' }];

/** Every annotation has its entry in its document's search record, as derived from it. */
async function expectInSync() {
  const annotations = await db.annotations.toArray();
  const entries = new Map(
    (await db.search.toArray()).flatMap((r) => decodeSearchRecord(r).map((e) => [e.id, e] as const)),
  );
  expect(entries.size).toBe(annotations.length);
  for (const a of annotations) expect(entries.get(a.id)).toEqual(searchEntryOf(a));
}

describe('search records', () => {
  it('round-trip any tag, entity key and id text through their stored columns', () => {
    const entries: SearchEntry[] = [
      {
        id: 'id with space\n"quoted"',
        createdAt: 1,
        updatedAt: 2,
        colour: 'pink',
        tags: ['a\nb', 'c\u0001d', '"x"', ''],
        entityKeys: ['k:1'],
        words: ' nguyễn nguyen',
      },
      { id: 'b', createdAt: 3, updatedAt: 4, colour: 'yellow', tags: [], entityKeys: [], words: '' },
    ];
    const head = { documentId: 'd', rev: 5, site: 's', titleWords: ' t' };
    const stored = encodeSearchRecord(head, entries);
    expect(decodeSearchRecord(stored)).toEqual(entries);
    expect(decodeSearchRecord(encodeSearchRecord(head, []))).toEqual([]);
  });

  it('follow a title change, and forgetting a site, in the library', async () => {
    const docs = createDocumentRepository(db);
    const repo = createAnnotationRepository(db);
    const doc = await docs.upsert({ visited: 'https://vnexpress.net/1', title: 'Thời tiết' }, 1);
    const other = await docs.upsert({ visited: 'https://tuoitre.vn/1', title: 'Giáo dục' }, 1);
    await repo.create({ documentId: doc.id, selectors: sel('Mưa lớn'), quote: 'Mưa lớn' }, 2);
    await repo.create({ documentId: other.id, selectors: sel('Học phí'), quote: 'Học phí' }, 3);
    const panel = createDatabase(db.name);
    const total = async (q: LibraryQuery) => (await queryLibrary(panel, q)).total;
    expect(await total({ text: 'thoi tiet mua' })).toBe(1);

    await docs.upsert({ visited: 'https://vnexpress.net/1', title: 'Bão số 3' }, 4);
    expect(await total({ text: 'thoi tiet' })).toBe(0);
    expect(await total({ text: 'bao mua' })).toBe(1);
    expect(await total({ site: 'vnexpress.net' })).toBe(1);

    await createSiteService(db).forgetSite('vnexpress.net', true);
    expect(await total({ text: 'mua' })).toBe(0);
    expect(await total({ site: 'vnexpress.net' })).toBe(0);
    expect(await total({ text: 'hoc' })).toBe(1);
    await expectInSync();
    panel.close();
  });

  it('a visit to a page without annotations writes no search record', async () => {
    await createDocumentRepository(db).upsert({ visited: 'https://a.vn/1', title: 'Một' }, 1);
    await createDocumentRepository(db).upsert({ visited: 'https://a.vn/1', title: 'Hai' }, 2);
    expect(await db.search.count()).toBe(0);
  });
});
