import { beforeEach, describe, expect, it } from 'vitest';
import { createAnnotationRepository } from '@/src/storage/annotation-repository';
import type { MarginDatabase } from '@/src/storage/create-database';
import { createDocumentRepository } from '@/src/storage/document-repository';
import { createTagRepository } from '@/src/storage/tag-repository';
import { freshDb } from './fresh-db';

let db: MarginDatabase;
let tags: ReturnType<typeof createTagRepository>;
let ids: string[];

beforeEach(async () => {
  db = freshDb();
  tags = createTagRepository(db);
  const annotations = createAnnotationRepository(db);
  const doc = await createDocumentRepository(db).upsert({ visited: 'https://a.vn/1', title: 't' });
  const make = (q: string, t: string[]) =>
    annotations.create({
      documentId: doc.id,
      selectors: [{ type: 'TextQuoteSelector', exact: q, prefix: '', suffix: '' }],
      quote: q,
      tags: t,
    });
  ids = [
    (await make('a', ['nhân sự', 'x'])).id,
    (await make('b', ['nhan su'])).id,
    (await make('c', ['x'])).id,
  ];
});

const tagsOf = async () => (await db.annotations.bulkGet(ids)).map((a) => a?.tags);

describe('tag repository', () => {
  it('counts, most used first', async () => {
    expect((await tags.list()).map((t) => [t.name, t.count])).toEqual([
      ['x', 2],
      ['nhan su', 1],
      ['nhân sự', 1],
    ]);
    expect(await tags.names()).toEqual(['x', 'nhan su', 'nhân sự']);
  });

  it('renames onto an existing tag by merging', async () => {
    const merged = await tags.rename('nhan su', 'nhân sự');
    expect(merged).toMatchObject({ name: 'nhân sự', count: 2 });
    expect(await tagsOf()).toEqual([['nhân sự', 'x'], ['nhân sự'], ['x']]);
    expect(await tags.get('nhan su')).toBeUndefined();
    await expect(tags.rename('missing', 'y')).rejects.toThrow(/No such tag/);
    await expect(tags.rename('x', '  ')).rejects.toThrow(/needs a name/);
  });

  it('merges several tags into a new one, keeping a colour', async () => {
    await tags.setColour('x', '#f00');
    const t = await tags.merge(['x', 'nhan su'], 'chung');
    expect(t).toMatchObject({ name: 'chung', count: 3, colour: '#f00' });
    expect(await tagsOf()).toEqual([['nhân sự', 'chung'], ['chung'], ['chung']]);
  });

  it('deletes with undo', async () => {
    const undo = await tags.delete('x');
    expect(undo?.annotationIds.sort()).toEqual([ids[0], ids[2]].sort());
    expect(await tagsOf()).toEqual([['nhân sự'], ['nhan su'], []]);
    expect(await tags.get('x')).toBeUndefined();
    await tags.restore(undo!);
    expect(await tags.get('x')).toMatchObject({ count: 2 });
    expect((await tagsOf()).map((t) => t?.includes('x'))).toEqual([true, false, true]);
    expect(await tags.delete('missing')).toBeUndefined();
  });

  it('sets and clears a colour', async () => {
    expect(await tags.setColour('x', '#0a0')).toMatchObject({ colour: '#0a0' });
    expect((await tags.setColour('x', null)).colour).toBeUndefined();
    await expect(tags.setColour('missing', '#000')).rejects.toThrow();
  });
});
