import type { TableName } from './library';
import { deepEqual } from './merge-records';
import { recordKey } from './record-specs';

export type Keyed = Record<string, unknown>;

/** What merging one table did: keys newly added, and the existing records that were replaced. */
export type TableOutcome<T> = { added: Set<string>; replaced: T[] };

/** Merges `incoming` records of one table into `current` (mutated), recording puts. */
export function mergeTable<T>(
  table: TableName,
  current: Map<string, T>,
  incoming: readonly T[],
  merge: (a: T, b: T) => T,
  puts: Map<string, T>,
): TableOutcome<T> {
  const outcome: TableOutcome<T> = { added: new Set(), replaced: [] };
  for (const record of incoming) {
    const key = recordKey(table, record as Keyed);
    const cur = current.get(key);
    if (cur === undefined) {
      outcome.added.add(key);
      current.set(key, record);
      puts.set(key, record);
      continue;
    }
    const next = merge(cur, record);
    if (next !== cur && !deepEqual(next, cur)) {
      if (!outcome.added.has(key)) outcome.replaced.push(cur);
      current.set(key, next);
      puts.set(key, next);
    }
  }
  return outcome;
}

/** Records of a table by primary key. */
export const byKey = <T>(table: TableName, rows: readonly T[]) =>
  new Map(rows.map((r) => [recordKey(table, r as Keyed), r]));
