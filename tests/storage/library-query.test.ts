import { beforeEach, describe, expect, it } from 'vitest';
import { createAnnotationRepository } from '@/src/storage/annotation-repository';
import type { MarginDatabase } from '@/src/storage/create-database';
import { createDocumentRepository } from '@/src/storage/document-repository';
import { type LibraryQuery, queryLibrary } from '@/src/storage/library-query';
import { freshDb } from './fresh-db';

let db: MarginDatabase;
let repo: ReturnType<typeof createAnnotationRepository>;

beforeEach(async () => {
  db = freshDb();
  repo = createAnnotationRepository(db);
  const docs = createDocumentRepository(db);
  const vn = await docs.upsert({ visited: 'https://vnexpress.net/1', title: 'Kỷ luật Phó Cục trưởng' }, 1);
  const tt = await docs.upsert({ visited: 'https://tuoitre.vn/2', title: 'Thời tiết' }, 1);
  const sel = (q: string) => [{ type: 'TextQuoteSelector' as const, exact: q, prefix: '', suffix: '' }];
  const rows = [
    {
      id: 'A',
      d: vn.id,
      q: 'Ông Nguyễn Văn Định bị kỷ luật',
      tags: ['nhân sự'],
      colour: 'yellow',
      e: ['nguyen-van-dinh'],
      t: 100,
    },
    {
      id: 'B',
      d: vn.id,
      q: 'Ban Tổ chức Trung ương',
      tags: ['tổ chức', 'nhân sự'],
      colour: 'green',
      e: ['ban-to-chuc'],
      t: 200,
    },
    {
      id: 'C',
      d: tt.id,
      q: 'Trời mưa lớn',
      tags: [],
      colour: 'yellow',
      e: [],
      t: 300,
      note: 'dinh chinh sau',
    },
  ] as const;
  for (const r of rows) {
    const a = await repo.create(
      {
        documentId: r.d,
        selectors: sel(r.q),
        quote: r.q,
        tags: [...r.tags],
        colour: r.colour,
        entityKeys: [...r.e],
        note: 'note' in r ? r.note : '',
      },
      r.t,
    );
    // stable ids for readable assertions
    await db.annotations.delete(a.id);
    await db.annotations.add({ ...a, id: r.id });
  }
});

const ids = async (q: LibraryQuery) => (await repo.query(q)).items.map((i) => i.annotation.id);
/** The same query through the path large result sets take: walking the sort index key-only. */
const idsWalking = async (q: LibraryQuery) =>
  (await queryLibrary(db, q, { loadAllBelow: 0 })).items.map((i) => i.annotation.id);

describe('library query', () => {
  it.each<[string, LibraryQuery, string[]]>([
    ['everything, newest first', {}, ['C', 'B', 'A']],
    ['oldest first', { order: 'asc' }, ['A', 'B', 'C']],
    ['by tag', { tag: 'nhân sự' }, ['B', 'A']],
    ['by site', { site: 'tuoitre.vn' }, ['C']],
    ['by colour', { colour: 'yellow' }, ['C', 'A']],
    ['by entity', { entityKey: 'nguyen-van-dinh' }, ['A']],
    ['by date range', { from: 150, to: 300 }, ['B']],
    ['text without diacritics finds quote and note', { text: 'dinh' }, ['C', 'A']],
    ['text with diacritics is precise', { text: 'Định' }, ['A']],
    ['text matches the article title', { text: 'pho cuc' }, ['B', 'A']],
    ['words may come from quote and title together', { text: 'trung uong ky luat' }, ['B']],
    ['filters combine', { tag: 'nhân sự', colour: 'yellow', text: 'ky' }, ['A']],
    ['nothing matches', { text: 'zzz' }, []],
    // "trung", "trưởng" and their folded forms all start with "tr": one row each all the same.
    ['a prefix of several words of one annotation finds it once', { text: 'tr' }, ['C', 'B', 'A']],
  ])('%s', async (_, q, expected) => {
    expect(await ids(q)).toEqual(expected);
    expect(await idsWalking(q)).toEqual(expected);
  });

  it('re-indexes annotations when their article gets a new title', async () => {
    await createDocumentRepository(db).upsert(
      { visited: 'https://tuoitre.vn/2', title: 'Bầu cử Quốc hội' },
      2,
    );
    expect(await ids({ text: 'bau cu' })).toEqual(['C']);
    expect(await ids({ text: 'thoi tiet' })).toEqual([]);
  });

  it('paginates with the total of all matches and joins documents', async () => {
    const page = await repo.query({ limit: 2, offset: 1 });
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.annotation.id)).toEqual(['B', 'A']);
    expect(page.items[0]?.document?.site).toBe('vnexpress.net');
    const filtered = await repo.query({ tag: 'nhân sự', limit: 1 });
    expect(filtered.total).toBe(2);
    const walked = await queryLibrary(db, { tag: 'nhân sự', limit: 1, offset: 1 }, { loadAllBelow: 0 });
    expect([walked.total, walked.items.map((i) => i.annotation.id)]).toEqual([2, ['A']]);
    const ranged = await queryLibrary(db, { colour: 'yellow', from: 0, to: 250 }, { loadAllBelow: 0 });
    expect([ranged.total, ranged.items.map((i) => i.annotation.id)]).toEqual([1, ['A']]);
  });
});
