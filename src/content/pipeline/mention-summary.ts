import type { Entity } from '@/src/core/entities/types';
import type { EntityMentionInput } from '@/src/messaging/protocol';

const CONTEXT = 90;

/**
 * Sums an article's entity mentions per key (officials, persons and organisations; dates are not
 * tracked across articles): name as first written, titles given here, count, first position and a
 * short passage around the first mention.
 */
export function summariseMentions(text: string, entities: readonly Entity[]): EntityMentionInput[] {
  const byKey = new Map<string, EntityMentionInput>();
  for (const entity of entities) {
    if (entity.type === 'date') continue;
    const titles = entity.titles?.map((t) => t.text) ?? [];
    const seen = byKey.get(entity.key);
    if (seen) {
      seen.count++;
      // Once any mention is an official, the entity is one (later short mentions inherit it anyway).
      if (entity.type === 'official') seen.kind = 'official';
      if (entity.text.length > seen.name.length) seen.name = entity.text;
      for (const t of titles) if (!seen.titles.includes(t)) seen.titles.push(t);
      continue;
    }
    byKey.set(entity.key, {
      kind: entity.type,
      key: entity.key,
      name: entity.text,
      titles,
      count: 1,
      firstPosition: entity.start,
      context: text
        .slice(Math.max(0, entity.start - CONTEXT), entity.end + CONTEXT)
        .replace(/\s+/g, ' ')
        .trim(),
    });
  }
  return [...byKey.values()];
}
