import type { MarginDatabase } from './create-database';

/**
 * Adjusts `tags.count` after an annotation's tags changed; creates tags on first use and deletes a tag
 * whose count reaches zero unless the user gave it a colour. Call inside a transaction over
 * `annotations` and `tags`.
 */
export async function adjustTagCounts(
  db: MarginDatabase,
  before: readonly string[],
  after: readonly string[],
  now: number,
): Promise<void> {
  const delta = new Map<string, number>();
  for (const t of before) delta.set(t, (delta.get(t) ?? 0) - 1);
  for (const t of after) delta.set(t, (delta.get(t) ?? 0) + 1);
  for (const [name, d] of delta) {
    if (d === 0) continue;
    const tag = await db.tags.get(name);
    const count = Math.max(0, (tag?.count ?? 0) + d);
    if (count === 0 && !tag?.colour) {
      if (tag) await db.tags.delete(name);
      continue;
    }
    await db.tags.put({ ...(tag ?? { name, createdAt: now }), count });
  }
}

/** Tag names cleaned the way they are stored: NFC, trimmed, inner whitespace collapsed, distinct. */
export function cleanTags(tags: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of tags) {
    const clean = t.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (clean !== '') out.add(clean);
  }
  return [...out];
}
