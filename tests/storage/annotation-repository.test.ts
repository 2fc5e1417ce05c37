import { beforeEach, describe, expect, it } from 'vitest';
import { recountAnnotations, storedAnnotationCount } from '@/src/storage/annotation-count';
import { createAnnotationRepository, type NewAnnotation } from '@/src/storage/annotation-repository';
import type { MarginDatabase } from '@/src/storage/create-database';
import { createDocumentRepository } from '@/src/storage/document-repository';
import type { DocumentRecord } from '@/src/storage/records';
import { freshDb } from './fresh-db';

let db: MarginDatabase;
let repo: ReturnType<typeof createAnnotationRepository>;
let doc: DocumentRecord;

function input(quote: string, extra: Partial<NewAnnotation> = {}, start = 0): NewAnnotation {
  return {
    documentId: doc.id,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + quote.length },
    ],
    quote,
    ...extra,
  };
}

beforeEach(async () => {
  db = freshDb();
  repo = createAnnotationRepository(db);
  doc = await createDocumentRepository(db).upsert(
    { visited: 'https://vnexpress.net/a.html', title: 'Kỷ luật cán bộ' },
    1,
  );
});

describe('annotation repository', () => {
  it('creates with NFC text, cleaned tags and tag counts in one transaction', async () => {
    const a = await repo.create(
      input('Định'.normalize('NFD'), { note: 'ghi chú', tags: [' nhân  sự ', 'nhân sự', 'x'] }),
      5,
    );
    expect(a.quote).toBe('Định'.normalize('NFC'));
    expect(a.tags).toEqual(['nhân sự', 'x']);
    expect(a.colour).toBe('yellow');
    expect(await db.tags.get('nhân sự')).toMatchObject({ count: 1, createdAt: 5 });
  });

  it('refuses an annotation for a missing document and writes nothing', async () => {
    await expect(repo.create({ ...input('q', { tags: ['t'] }), documentId: 'nope' })).rejects.toThrow();
    expect(await db.annotations.count()).toBe(0);
    expect(await db.tags.count()).toBe(0);
  });

  it('updates note, tags and colour, keeping counts right', async () => {
    const a = await repo.create(input('quote', { tags: ['a', 'b'] }), 1);
    const b = await repo.update(a.id, { tags: ['b', 'c'], note: 'new note', colour: 'blue' }, 2);
    expect(b).toMatchObject({ note: 'new note', colour: 'blue', updatedAt: 2, createdAt: 1 });
    expect(await db.tags.get('a')).toBeUndefined();
    expect((await db.tags.toArray()).map((t) => [t.name, t.count])).toEqual([
      ['b', 1],
      ['c', 1],
    ]);
    await expect(repo.update('missing', { note: 'x' })).rejects.toThrow(/no longer exists/);
  });

  it('deletes returning the record, and restores it exactly (undo)', async () => {
    const a = await repo.create(input('quote', { tags: ['a'], note: 'n' }), 1);
    const deleted = await repo.delete(a.id);
    expect(deleted).toEqual(a);
    expect(await repo.get(a.id)).toBeUndefined();
    expect(await db.tags.get('a')).toBeUndefined();
    await repo.restore(deleted!);
    expect(await repo.get(a.id)).toEqual(a);
    expect(await db.tags.get('a')).toMatchObject({ count: 1 });
    expect(await repo.delete('missing')).toBeUndefined();
  });

  it('lists a document in reading order and records anchor states only when they change', async () => {
    const late = await repo.create(input('second', {}, 50), 1);
    const early = await repo.create(input('first', {}, 10), 2);
    expect((await repo.listByDocument(doc.id)).map((a) => a.id)).toEqual([early.id, late.id]);
    expect(
      await repo.setAnchorStates(
        [
          { id: early.id, state: 'fuzzy' },
          { id: 'gone', state: 'orphan' },
        ],
        9,
      ),
    ).toBe(1);
    expect(await repo.setAnchorStates([{ id: early.id, state: 'fuzzy' }], 10)).toBe(0);
    expect(await repo.get(early.id)).toMatchObject({ anchorState: 'fuzzy', anchorCheckedAt: 9 });
  });

  it('keeps the stored annotation count in step once it has been computed', async () => {
    await repo.create(input('one'));
    expect(await storedAnnotationCount(db)).toBeUndefined();
    expect(await recountAnnotations(db)).toBe(1);
    const two = await repo.create(input('two'));
    const deleted = await repo.delete(two.id);
    await repo.restore(deleted!);
    await repo.restore(deleted!);
    expect(await storedAnnotationCount(db)).toBe(2);
    expect((await repo.query({ limit: 1 })).total).toBe(2);
  });
});
