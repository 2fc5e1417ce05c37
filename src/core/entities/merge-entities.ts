import type { Entity } from './types.ts';

/**
 * Sorts entities by start (longer first on a tie) and drops any that overlaps an earlier-kept entity of
 * the same type, so that each type reads as a clean sequence of spans; different types may nest (an
 * organisation inside an office is reported beside the official).
 */
export function mergeEntities(entities: Entity[]): Entity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const lastEnd = new Map<string, number>();
  const out: Entity[] = [];
  for (const e of sorted) {
    if (!(e.end > e.start)) continue;
    const prev = lastEnd.get(e.type) ?? -1;
    if (e.start < prev) continue;
    lastEnd.set(e.type, e.end);
    out.push(e);
  }
  return out;
}
