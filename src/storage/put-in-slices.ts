/**
 * Rows per `bulkPut` request batch. Chromium's renderer holds every pending request of a batch (its
 * serialised value and index keys) until IndexedDB has written it, so one bulkPut of 100,000 annotations
 * could exhaust it; awaiting slices keeps the same transaction and bounds that.
 */
export const PUT_SLICE = 2000;

/**
 * Puts rows slice by slice (inside the caller's transaction); `onSlice` gets the rows written so far.
 * @param slice rows per bulkPut: smaller for large records (search records hold a document's entries)
 */
export async function putInSlices<T>(
  table: { bulkPut(rows: T[]): Promise<unknown> },
  rows: readonly T[],
  { slice = PUT_SLICE, onSlice }: { slice?: number; onSlice?: (done: number) => void } = {},
): Promise<void> {
  for (let i = 0; i < rows.length; i += slice) {
    await table.bulkPut(rows.slice(i, i + slice));
    onSlice?.(Math.min(i + slice, rows.length));
  }
}
