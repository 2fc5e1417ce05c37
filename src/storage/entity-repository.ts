import type { EntityType } from '@/src/core/entities/types';
import type { MarginDatabase } from './create-database';
import type { EntityRecord, MentionRecord, TitleSeen, TrackedEntityType } from './records';

/** One entity of an analysed document, summed over its mentions there. */
export type MentionInput = {
  kind: EntityType;
  key: string;
  name: string;
  titles: string[];
  count: number;
  firstPosition: number;
  context: string;
};

/** The document the mentions come from. */
export type MentionSource = {
  documentId: string;
  site: string;
  /** When seen: the article's publication time if known, else the visit (epoch ms). */
  seenAt: number;
};

/** How widely an entity is known outside one document. */
export type EntityReachCount = { otherDocuments: number; otherSites: number; tracked: boolean };

function mergeTitles(
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
function withoutMention(e: EntityRecord, m: MentionRecord): EntityRecord | null {
  const documentCount = Math.max(0, e.documentCount - 1);
  if (documentCount === 0 && e.trackedAt === undefined) return null;
  const titles = e.titles
    .map((t) => (m.titles.includes(t.text) ? { ...t, documentCount: t.documentCount - 1 } : t))
    .filter((t) => t.documentCount > 0);
  return { ...e, documentCount, mentionCount: Math.max(0, e.mentionCount - m.count), titles };
}

/**
 * Entities tracked across documents and their per-document mentions. Dates are not tracked.
 *
 * @param db the Margin database
 */
export function createEntityRepository(db: MarginDatabase) {
  /**
   * Replaces the mentions of one analysed document and updates the entities' aliases, titles, counts
   * and first/last seen, in one transaction. Re-analysing the same document does not count it twice.
   */
  async function recordMentions(source: MentionSource, mentions: readonly MentionInput[]): Promise<void> {
    const { documentId, site, seenAt } = source;
    await db.transaction('rw', [db.entities, db.mentions], async () => {
      const previous = await db.mentions.where('documentId').equals(documentId).toArray();
      const prevByKey = new Map(previous.map((m) => [m.entityKey, m]));
      const current = new Map<string, MentionInput>();
      for (const m of mentions) if (m.kind !== 'date' && !current.has(m.key)) current.set(m.key, m);

      for (const old of previous) {
        if (current.has(old.entityKey)) continue;
        await db.mentions.delete([old.entityKey, documentId]);
        const e = await db.entities.get(old.entityKey);
        if (!e) continue;
        const next = withoutMention(e, old);
        if (next) await db.entities.put(next);
        else await db.entities.delete(e.key);
      }

      for (const m of current.values()) {
        const kind = m.kind as TrackedEntityType;
        const name = m.name.normalize('NFC');
        const titles = [...new Set(m.titles.map((t) => t.normalize('NFC')))];
        const prev = prevByKey.get(m.key);
        const old = await db.entities.get(m.key);
        const e: EntityRecord = old
          ? { ...old, aliases: [...old.aliases] }
          : {
              key: m.key,
              type: kind,
              name,
              aliases: [],
              titles: [],
              documentCount: 0,
              mentionCount: 0,
              firstSeenAt: seenAt,
              lastSeenAt: seenAt,
            };
        // A person may turn out to be an official; an official stays one; a body stays a body.
        if (e.type === 'person' && kind === 'official') e.type = 'official';
        if (name.length > e.name.length) e.name = name;
        if (!e.aliases.includes(name)) e.aliases.push(name);
        e.documentCount += prev ? 0 : 1;
        e.mentionCount += m.count - (prev?.count ?? 0);
        e.titles = mergeTitles(e.titles, titles, (t) => !prev?.titles.includes(t), seenAt);
        e.firstSeenAt = Math.min(e.firstSeenAt, seenAt);
        e.lastSeenAt = Math.max(e.lastSeenAt, seenAt);
        await db.entities.put(e);
        await db.mentions.put({
          entityKey: m.key,
          documentId,
          site,
          type: e.type,
          name,
          count: m.count,
          titles,
          firstPosition: m.firstPosition,
          context: m.context.normalize('NFC'),
          seenAt,
        });
      }
    });
  }

  return {
    recordMentions,

    /** Removes a document's mentions (forgetting it), adjusting or dropping its entities. */
    removeDocument: (documentId: string) => recordMentions({ documentId, site: '', seenAt: 0 }, []),

    /**
     * For each key: how many saved documents other than `exclude.documentId`, and how many sites other
     * than `exclude.site`, mention it; and whether the user tracks it.
     */
    async reach(
      keys: readonly string[],
      exclude: { documentId?: string | null; site?: string } = {},
    ): Promise<Record<string, EntityReachCount>> {
      const unique = [...new Set(keys)];
      const out: Record<string, EntityReachCount> = {};
      for (const k of unique) out[k] = { otherDocuments: 0, otherSites: 0, tracked: false };
      if (unique.length === 0) return out;
      return db.transaction('r', [db.entities, db.mentions], async () => {
        const [mentions, entities] = await Promise.all([
          db.mentions.where('entityKey').anyOf(unique).toArray(),
          db.entities.bulkGet(unique),
        ]);
        const sites = new Map<string, Set<string>>();
        for (const m of mentions) {
          if (m.documentId === exclude.documentId) continue;
          const r = out[m.entityKey];
          if (!r) continue;
          r.otherDocuments += 1;
          if (m.site !== exclude.site) {
            const s = sites.get(m.entityKey) ?? new Set<string>();
            s.add(m.site);
            sites.set(m.entityKey, s);
          }
        }
        for (const [k, s] of sites) {
          const r = out[k];
          if (r) r.otherSites = s.size;
        }
        for (const e of entities) {
          const r = e && out[e.key];
          if (r) r.tracked = e.trackedAt !== undefined;
        }
        return out;
      });
    },

    /** Marks an entity as tracked (or not). Returns the entity, or `undefined` if it was never seen. */
    async setTracked(
      key: string,
      tracked: boolean,
      now: number = Date.now(),
    ): Promise<EntityRecord | undefined> {
      return db.transaction('rw', db.entities, async () => {
        const e = await db.entities.get(key);
        if (!e) return undefined;
        const next: EntityRecord = { ...e };
        if (tracked) next.trackedAt = e.trackedAt ?? now;
        else delete next.trackedAt;
        await db.entities.put(next);
        return next;
      });
    },

    /** One entity. */
    get: (key: string) => db.entities.get(key),

    /** Entities, most recently seen first; optionally one kind or only tracked ones. */
    async list({
      type,
      trackedOnly = false,
      limit = 200,
    }: {
      type?: TrackedEntityType;
      trackedOnly?: boolean;
      limit?: number;
    } = {}) {
      const all = trackedOnly
        ? await db.entities.where('trackedAt').above(0).toArray()
        : type
          ? await db.entities.where('type').equals(type).toArray()
          : await db.entities.orderBy('lastSeenAt').reverse().limit(limit).toArray();
      return all
        .filter((e) => !type || e.type === type)
        .sort((a, b) => b.lastSeenAt - a.lastSeenAt)
        .slice(0, limit);
    },

    /** Where an entity is mentioned, most recent first. */
    async mentionsOf(key: string): Promise<MentionRecord[]> {
      const list = await db.mentions.where('entityKey').equals(key).toArray();
      return list.sort((a, b) => b.seenAt - a.seenAt);
    },

    /** The entities a document mentions, in order of first mention. */
    async mentionsIn(documentId: string): Promise<MentionRecord[]> {
      const list = await db.mentions.where('documentId').equals(documentId).toArray();
      return list.sort((a, b) => a.firstPosition - b.firstPosition);
    },
  };
}

/** The entity repository's API. */
export type EntityRepository = ReturnType<typeof createEntityRepository>;
