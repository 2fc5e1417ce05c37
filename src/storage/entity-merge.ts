import type { EntityRecord, MentionRecord, TitleSeen } from './records';

/** Adds the titles seen in one document, widening first/last seen; `isNew` tells whether this document already counted it. */
export function mergeTitles(
  titles: TitleSeen[],
  seen: readonly string[],
  isNew: (t: string) => boolean,
  at: number,
) {
  const out = titles.map((t) => ({ ...t }));
  for (const text of seen) {
    const t = out.find((x) => x.text === text);
    if (!t) out.push({ text, firstSeenAt: at, lastSeenAt: at, documentCount: 1 });
    else {
      t.firstSeenAt = Math.min(t.firstSeenAt, at);
      t.lastSeenAt = Math.max(t.lastSeenAt, at);
      if (isNew(text)) t.documentCount += 1;
    }
  }
  return out;
}

/** Undoes one document's mention on its entity; `null` means the entity should go (nothing left, not tracked). */
export function withoutMention(e: EntityRecord, m: MentionRecord): EntityRecord | null {
  const documentCount = Math.max(0, e.documentCount - 1);
  if (documentCount === 0 && e.trackedAt === undefined) return null;
  const titles = e.titles
    .map((t) => (m.titles.includes(t.text) ? { ...t, documentCount: t.documentCount - 1 } : t))
    .filter((t) => t.documentCount > 0);
  return { ...e, documentCount, mentionCount: Math.max(0, e.mentionCount - m.count), titles };
}
