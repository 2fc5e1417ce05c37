import type { AnnotationRecord, TagRecord } from './library';
import { deepEqual, mergeTag } from './merge-records';
import { mergeTable } from './merge-table';

/**
 * Tag records to write: incoming ones merged, then the count recomputed (over the merged annotations) for every
 * touched tag, creating records for tags no table had.
 */
export function planTags(
  tags: Map<string, TagRecord>,
  incoming: readonly TagRecord[],
  touched: Set<string>,
  annotations: Map<string, AnnotationRecord>,
): Map<string, TagRecord> {
  const puts = new Map<string, TagRecord>();
  mergeTable('tags', new Map(tags), incoming, mergeTag, puts);
  if (touched.size === 0) return puts;
  const counts = new Map<string, { count: number; first: number }>();
  for (const a of annotations.values()) {
    for (const t of a.tags) {
      if (!touched.has(t)) continue;
      const c = counts.get(t);
      if (!c) counts.set(t, { count: 1, first: a.createdAt });
      else {
        c.count++;
        if (a.createdAt < c.first) c.first = a.createdAt;
      }
    }
  }
  for (const name of touched) {
    const base = puts.get(name) ?? tags.get(name);
    const c = counts.get(name) ?? { count: 0, first: 0 };
    if (!base && c.count === 0) continue;
    const next: TagRecord = base ? { ...base, count: c.count } : { name, count: c.count, createdAt: c.first };
    if (!deepEqual(next, tags.get(name))) puts.set(name, next);
    else puts.delete(name);
  }
  return puts;
}
