import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnnotationRepository } from '@/src/storage/annotation-repository';
import type { MarginDatabase } from '@/src/storage/create-database';
import { createDatabase } from '@/src/storage/create-database';
import { createDocumentRepository } from '@/src/storage/document-repository';
import { type LibraryQuery, queryLibrary } from '@/src/storage/library-query';
import { createTagRepository } from '@/src/storage/tag-repository';
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
    // stable ids for readable assertions (through the repository, which keeps the search records)
    await repo.delete(a.id);
    await repo.restore({ ...a, id: r.id });
  }
});

const ids = async (q: LibraryQuery) => (await repo.query(q)).items.map((i) => i.annotation.id);
/** The same query from another connection (as the side panel has), whose index is loaded cold. */
const idsCold = async (q: LibraryQuery) => {
  const other = createDatabase(db.name);
  try {
    return (await queryLibrary(other, q)).items.map((i) => i.annotation.id);
  } finally {
    other.close();
  }
};

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
    expect(await idsCold(q)).toEqual(expected);
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
    const second = await queryLibrary(db, { tag: 'nhân sự', limit: 1, offset: 1 });
    expect([second.total, second.items.map((i) => i.annotation.id)]).toEqual([2, ['A']]);
    const ranged = await queryLibrary(db, { colour: 'yellow', from: 0, to: 250 });
    expect([ranged.total, ranged.items.map((i) => i.annotation.id)]).toEqual([1, ['A']]);
    const byUpdate = await queryLibrary(db, { from: 0, to: 250, sort: 'updatedAt', order: 'asc' });
    expect(byUpdate.items.map((i) => i.annotation.id)).toEqual(['A', 'B']);
  });

  it('a loaded index sees every later write, from this connection or another', async () => {
    const panel = createDatabase(db.name);
    const panelIds = async (q: LibraryQuery) =>
      (await queryLibrary(panel, q)).items.map((i) => i.annotation.id);
    expect(await panelIds({ text: 'mua' })).toEqual(['C']);
    expect(await ids({ text: 'mua' })).toEqual(['C']);

    // note edited: new words found, old ones gone
    await repo.update('C', { note: 'nắng nóng' }, 400);
    expect(await panelIds({ text: 'nang' })).toEqual(['C']);
    expect(await ids({ text: 'dinh chinh' })).toEqual([]);
    // tag renamed, deleted, restored
    const tags = createTagRepository(db);
    await tags.rename('nhân sự', 'cán bộ', 500);
    expect(await panelIds({ tag: 'cán bộ' })).toEqual(['B', 'A']);
    expect(await panelIds({ tag: 'nhân sự' })).toEqual([]);
    const undo = await tags.delete('cán bộ', 600);
    expect(await panelIds({ tag: 'cán bộ' })).toEqual([]);
    if (undo) await tags.restore(undo, 700);
    expect(await ids({ tag: 'cán bộ' })).toEqual(['B', 'A']);
    // deleted, then undone
    const gone = await repo.delete('A');
    expect(await panelIds({ text: 'dinh' })).toEqual([]);
    if (gone) await repo.restore(gone);
    expect(await panelIds({ text: 'dinh' })).toEqual(['A']);
    panel.close();
  });

  it('keeps no search words in the annotation and document records', async () => {
    const a = await db.annotations.get('A');
    expect(a && 'terms' in a).toBe(false);
    expect((await db.documents.toArray()).some((d) => 'terms' in d)).toBe(false);
  });
});
