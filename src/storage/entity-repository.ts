import type { EntityType } from '@/src/core/entities/types';
import type { MarginDatabase } from './create-database';
import { mergeTitles, withoutMention } from './entity-merge';
import type { EntityRecord, MentionRecord, TrackedEntityType } from './records';

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

      // Read everything first and write in bulk: a page may carry hundreds of entities.
      const gone = previous.filter((old) => !current.has(old.entityKey));
      const keys = [...new Set([...gone.map((m) => m.entityKey), ...current.keys()])];
      const stored = new Map<string, EntityRecord>();
      for (const e of await db.entities.bulkGet(keys)) if (e) stored.set(e.key, e);
      const deleteKeys: string[] = [];

      for (const old of gone) {
        const e = stored.get(old.entityKey);
        if (!e) continue;
        const next = withoutMention(e, old);
        if (next) stored.set(e.key, next);
        else {
          stored.delete(e.key);
          deleteKeys.push(e.key);
        }
      }

      const mentionRecords: MentionRecord[] = [];
      for (const m of current.values()) {
        const kind = m.kind as TrackedEntityType;
        const name = m.name.normalize('NFC');
        const titles = [...new Set(m.titles.map((t) => t.normalize('NFC')))];
        const prev = prevByKey.get(m.key);
        const old = stored.get(m.key);
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
        stored.set(e.key, e);
        mentionRecords.push({
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

      await db.mentions.bulkDelete(gone.map((m): [string, string] => [m.entityKey, documentId]));
      await db.entities.bulkDelete(deleteKeys);
      await db.entities.bulkPut([...stored.values()]);
      await db.mentions.bulkPut(mentionRecords);
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
