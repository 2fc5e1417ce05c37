import type { AnnotationRecord, DocumentRecord, EntityRecord, MentionRecord, TagRecord } from './library';

/** Structural equality of JSON-like values (key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `base` with every defined field of `top` over it (an explicit `undefined` never erases a value). */
function overlay<T extends object>(base: T, top: T): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(top)) if (v !== undefined) out[k] = v;
  return out as T;
}

const earlier = (a: number, b: number) => Math.min(a, b);
const later = (a: number, b: number) => Math.max(a, b);
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * Merges the same article seen in two libraries: the more recently visited copy's metadata wins, the other
 * fills gaps; URL variants are united; first/last visits widen. Keeps `existing.id`.
 */
export function mergeDocument(existing: DocumentRecord, incoming: DocumentRecord): DocumentRecord {
  const incomingNewer = incoming.lastVisitedAt > existing.lastVisitedAt;
  const base = incomingNewer ? overlay(existing, incoming) : overlay(incoming, existing);
  return {
    ...base,
    id: existing.id,
    urls: union(existing.urls, incoming.urls),
    firstVisitedAt: earlier(existing.firstVisitedAt, incoming.firstVisitedAt),
    lastVisitedAt: later(existing.lastVisitedAt, incoming.lastVisitedAt),
  };
}

/** The same annotation in two libraries: the one edited last (updatedAt) wins whole. */
export function mergeAnnotation(existing: AnnotationRecord, incoming: AnnotationRecord): AnnotationRecord {
  return incoming.updatedAt > existing.updatedAt ? incoming : existing;
}

/** The same tracked entity: newest sighting names it; aliases and titles united; seen dates widen. */
export function mergeEntity(existing: EntityRecord, incoming: EntityRecord): EntityRecord {
  const incomingNewer = incoming.lastSeenAt > existing.lastSeenAt;
  const base = incomingNewer ? overlay(existing, incoming) : overlay(incoming, existing);
  const titles = new Map(existing.titles.map((t) => [t.text, t]));
  for (const t of incoming.titles) {
    const cur = titles.get(t.text);
    titles.set(
      t.text,
      cur
        ? {
            ...cur,
            firstSeenAt: earlier(cur.firstSeenAt, t.firstSeenAt),
            lastSeenAt: later(cur.lastSeenAt, t.lastSeenAt),
          }
        : t,
    );
  }
  return {
    ...base,
    key: existing.key,
    aliases: union(existing.aliases, incoming.aliases),
    titles: [...titles.values()],
    // Max, not sum: both libraries may have counted the same articles, and importing twice must not double.
    documentCount: Math.max(existing.documentCount, incoming.documentCount),
    mentionCount: Math.max(existing.mentionCount, incoming.mentionCount),
    firstSeenAt: earlier(existing.firstSeenAt, incoming.firstSeenAt),
    lastSeenAt: later(existing.lastSeenAt, incoming.lastSeenAt),
  };
}

/** The same entity in the same article: the fuller count wins; titles united. */
export function mergeMention(existing: MentionRecord, incoming: MentionRecord): MentionRecord {
  const base = incoming.count > existing.count ? overlay(existing, incoming) : existing;
  return {
    ...base,
    entityKey: existing.entityKey,
    documentId: existing.documentId,
    titles: union(existing.titles, incoming.titles),
  };
}

/** The same tag: the existing colour wins (the user's current choice), missing fields filled. */
export function mergeTag(existing: TagRecord, incoming: TagRecord): TagRecord {
  return { ...overlay(incoming, existing), createdAt: earlier(existing.createdAt, incoming.createdAt) };
}
