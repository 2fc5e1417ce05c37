import type { MarginDatabase } from './create-database';

/** How to read the sort index for one page of candidates. */
export type SortWalk = {
  sort: 'createdAt' | 'updatedAt';
  desc: boolean;
  /** Sort key bounds: `from` inclusive, `to` exclusive (infinite when unbounded). */
  from: number;
  to: number;
  offset: number;
  limit: number;
  /** Count every candidate within the bounds, not just up to the page (the total is unknown otherwise). */
  countAll: boolean;
};

/** Candidates of the first window: enough for the page, with room for uneven spread over time. */
const FIRST_WINDOW_SLACK = 1.5;

/** The lowest or highest key of the sort index (one cursor step), or undefined when empty. */
async function edgeKey(db: MarginDatabase, sort: SortWalk['sort'], last: boolean) {
  const ordered = db.annotations.orderBy(sort);
  const [key] = await (last ? ordered.reverse() : ordered).limit(1).keys();
  return typeof key === 'number' ? key : undefined;
}

/**
 * One page of `ids` in sort order, read from the sort index key-only in batches.
 *
 * Why batches of time windows: IndexedDB returns a key range's primary keys in one call
 * (`getAllKeys`, in index order), while a cursor costs one round trip per entry, which at 100,000
 * annotations made a search for a word in 1% of them walk ~20,000 entries one by one. `getAllKeys` has
 * no descending mode, so the index is cut into windows of the sort key, read ascending and reversed
 * here. The first window is sized from the candidates' share of the index for the page to fit, and
 * each next one doubles, so unevenly spread candidates still take only a few reads.
 *
 * @returns the page's ids, and the number of candidates seen (all within the bounds when `countAll`).
 */
export async function walkSortIndex(
  db: MarginDatabase,
  ids: ReadonlySet<string>,
  w: SortWalk,
): Promise<{ pageIds: string[]; hits: number }> {
  const pageIds: string[] = [];
  let hits = 0;
  const take = (keys: readonly string[]) => {
    for (let i = 0; i < keys.length; i++) {
      const id = keys[w.desc ? keys.length - 1 - i : i] as string;
      if (!ids.has(id)) continue;
      if (hits >= w.offset && pageIds.length < w.limit) pageIds.push(id);
      hits += 1;
    }
  };
  const range = (lo: number, hi: number) =>
    db.annotations.where(w.sort).between(lo, hi, true, false).primaryKeys() as Promise<string[]>;

  if (ids.size === 0) return { pageIds, hits };
  if (w.countAll) {
    take(await range(w.from, w.to));
    return { pageIds, hits };
  }

  const first = await edgeKey(db, w.sort, false);
  const last = await edgeKey(db, w.sort, true);
  if (first === undefined || last === undefined) return { pageIds, hits };
  const lo = Math.max(w.from, first);
  const hi = Math.min(w.to, last + 1);
  const want = w.offset + w.limit;
  let width = Math.max(1, Math.ceil((hi - lo) * Math.min(1, (want * FIRST_WINDOW_SLACK) / ids.size)));
  let edge = w.desc ? hi : lo;
  while (w.desc ? edge > lo : edge < hi) {
    const a = w.desc ? Math.max(lo, edge - width) : edge;
    const b = w.desc ? edge : Math.min(hi, edge + width);
    take(await range(a, b));
    if (pageIds.length >= w.limit) break;
    edge = w.desc ? a : b;
    width *= 2;
  }
  return { pageIds, hits };
}
