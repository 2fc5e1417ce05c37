import { beforeEach, describe, expect, it } from 'vitest';
import type { MarginDatabase } from '@/src/storage/create-database';
import { type SortWalk, walkSortIndex } from '@/src/storage/library-query-window';
import type { AnnotationRecord } from '@/src/storage/records';
import { freshDb } from './fresh-db';

let db: MarginDatabase;
let rows: AnnotationRecord[];

/** 400 annotations; several share a timestamp (ties order by id, as the index does). */
beforeEach(async () => {
  db = freshDb();
  rows = Array.from({ length: 400 }, (_, i) => {
    const t = 1_000 + Math.floor(i * i * 0.37) + (i % 5 === 0 ? 0 : i % 3);
    return {
      id: `a${String((i * 7919) % 1000).padStart(4, '0')}`,
      documentId: 'd',
      selectors: [],
      quote: '',
      note: '',
      tags: [],
      colour: 'yellow',
      entityKeys: [],
      createdAt: t,
      updatedAt: 5_000_000 - t * 3,
      terms: [],
    };
  });
  await db.annotations.bulkAdd(rows);
});

/** What the walk must return: a plain sort of the candidates, ties by id as IndexedDB orders them. */
function expected(ids: ReadonlySet<string>, w: SortWalk) {
  const inBounds = rows.filter((r) => ids.has(r.id) && r[w.sort] >= w.from && r[w.sort] < w.to);
  inBounds.sort((a, b) => a[w.sort] - b[w.sort] || (a.id < b.id ? -1 : 1));
  if (w.desc) inBounds.reverse();
  return inBounds.slice(w.offset, w.offset + w.limit).map((r) => r.id);
}

const every = (n: number) => new Set(rows.filter((_, i) => i % n === 0).map((r) => r.id));
const oldest = (n: number) => new Set(rows.slice(0, n).map((r) => r.id));
const newest = (n: number) => new Set(rows.slice(-n).map((r) => r.id));
const base: SortWalk = {
  sort: 'createdAt',
  desc: true,
  from: Number.NEGATIVE_INFINITY,
  to: Number.POSITIVE_INFINITY,
  offset: 0,
  limit: 20,
  countAll: false,
};

describe('walkSortIndex', () => {
  it.each<[string, () => Set<string>, Partial<SortWalk>]>([
    ['dense candidates, newest first', () => every(2), {}],
    ['sparse candidates, newest first', () => every(37), {}],
    ['candidates all at the old end, newest first', () => oldest(30), {}],
    ['candidates all at the new end, oldest first', () => newest(30), { desc: false }],
    ['a later page', () => every(3), { offset: 45, limit: 30 }],
    ['a page past the end', () => every(50), { offset: 5 }],
    ['every annotation', () => new Set(rows.map((r) => r.id)), { limit: 400 }],
    ['by update time', () => every(4), { sort: 'updatedAt' }],
    ['by update time, oldest first', () => oldest(50), { sort: 'updatedAt', desc: false, offset: 7 }],
    ['no candidates', () => new Set<string>(), {}],
    ['a candidate not stored', () => new Set(['missing', ...every(90)]), {}],
  ])('%s', async (_, ids, patch) => {
    const w = { ...base, ...patch };
    const set = ids();
    const { pageIds } = await walkSortIndex(db, set, w);
    expect(pageIds).toEqual(expected(set, w));
  });

  it('counts every candidate within bounds when asked', async () => {
    const set = every(3);
    const w = { ...base, from: 20_000, to: 40_000, countAll: true, offset: 2, limit: 5 };
    const { pageIds, hits } = await walkSortIndex(db, set, w);
    expect(pageIds).toEqual(expected(set, w));
    expect(hits).toBe(
      rows.filter((r) => set.has(r.id) && r.createdAt >= 20_000 && r.createdAt < 40_000).length,
    );
  });
});
