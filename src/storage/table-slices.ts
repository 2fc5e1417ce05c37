import type { IndexableType, Table } from 'dexie';

/**
 * Walks a table in primary-key order, `size` rows per request, handing each slice to `onSlice` before
 * the next is read (by key range, never by offset: that re-walks). Every slice is handed over, the
 * last one short (possibly empty). Works inside the caller's transaction, an upgrade's included.
 */
export async function forEachSlice<T>(
  table: Table<T>,
  size: number,
  onSlice: (rows: T[]) => void | Promise<void>,
): Promise<void> {
  const keyPath = table.schema.primKey.keyPath as string | string[];
  let last: IndexableType | undefined;
  for (;;) {
    const from = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const slice = await from.limit(size).toArray();
    await onSlice(slice);
    if (slice.length < size) return;
    const row = slice[slice.length - 1] as Record<string, IndexableType>;
    // Margin's keys are top-level fields, one or a compound of several.
    last = typeof keyPath === 'string' ? row[keyPath] : (keyPath.map((k) => row[k]) as IndexableType);
  }
}
