import type { MarginDatabase } from './create-database';
import { InvalidRequestError, NotFoundError } from './errors';
import type { AnnotationRecord, TagRecord } from './records';
import { syncSearch } from './search-records';
import { cleanTags } from './tag-counts';

/** What deleting a tag removed: hand it back to {@link TagRepository.restore} to undo. */
export type TagUndo = { tag: TagRecord; annotationIds: string[] };

function cleanName(name: string): string {
  const [clean] = cleanTags([name]);
  if (clean === undefined) throw new InvalidRequestError('A tag needs a name.');
  return clean;
}

/**
 * Tags: counts, rename, merge, delete with undo, colour. Every operation rewrites the annotations that
 * carry the tag, their search entries and the tag records in one transaction.
 *
 * @param db the Margin database
 */
export function createTagRepository(db: MarginDatabase) {
  /** Moves every annotation from the `from` tags to `into`; returns the resulting tag. */
  async function merge(from: readonly string[], into: string, now: number = Date.now()): Promise<TagRecord> {
    const target = cleanName(into);
    const sources = cleanTags(from).filter((t) => t !== target);
    return db.transaction('rw', [db.annotations, db.tags, db.search, db.documents], async () => {
      const existing = await db.tags.get(target);
      const olds = (await db.tags.bulkGet(sources)).filter((t): t is TagRecord => !!t);
      if (sources.length === 0 && existing) return existing;
      if (olds.length === 0) throw new NotFoundError('No such tag.');
      const ids = new Set(await db.annotations.where('tags').anyOf(sources).primaryKeys());
      const changed: AnnotationRecord[] = [];
      await db.annotations
        .where('tags')
        .anyOf([...sources, target])
        .modify((a) => {
          a.tags = cleanTags(a.tags.map((t) => (sources.includes(t) ? target : t)));
          if (ids.has(a.id)) a.updatedAt = now;
          changed.push(a);
        });
      await syncSearch(db, { put: changed });
      const count = await db.annotations.where('tags').equals(target).count();
      const colour = existing?.colour ?? olds.find((t) => t.colour)?.colour;
      const createdAt = Math.min(existing?.createdAt ?? now, ...olds.map((t) => t.createdAt));
      const tag: TagRecord = { name: target, count, createdAt, ...(colour !== undefined && { colour }) };
      await db.tags.bulkDelete(sources);
      await db.tags.put(tag);
      return tag;
    });
  }

  /** All tags, most used first, then by name. */
  async function list(): Promise<TagRecord[]> {
    const all = await db.tags.toArray();
    return all.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  return {
    list,

    /** Tag names, most used first (autocomplete). */
    names: async (): Promise<string[]> => (await list()).map((t) => t.name),

    get: (name: string) => db.tags.get(name),

    /**
     * Renames a tag on every annotation; renaming onto an existing tag merges them.
     *
     * @throws NotFoundError when `from` does not exist; InvalidRequestError when `to` is empty
     */
    rename: (from: string, to: string, now?: number) => merge([from], to, now),

    merge,

    /**
     * Removes a tag from every annotation and deletes it.
     *
     * @returns what to hand to {@link restore} to undo, or `undefined` when there was no such tag
     */
    async delete(name: string, now: number = Date.now()): Promise<TagUndo | undefined> {
      return db.transaction('rw', [db.annotations, db.tags, db.search, db.documents], async () => {
        const tag = await db.tags.get(name);
        if (!tag) return undefined;
        const annotationIds = await db.annotations.where('tags').equals(name).primaryKeys();
        const changed: AnnotationRecord[] = [];
        await db.annotations
          .where('tags')
          .equals(name)
          .modify((a) => {
            a.tags = a.tags.filter((t) => t !== name);
            a.updatedAt = now;
            changed.push(a);
          });
        await syncSearch(db, { put: changed });
        await db.tags.delete(name);
        return { tag, annotationIds: [...new Set(annotationIds)] };
      });
    },

    /** Undoes {@link delete}: the tag comes back on the annotations that still exist. */
    async restore(undo: TagUndo, now: number = Date.now()): Promise<TagRecord> {
      const name = cleanName(undo.tag.name);
      return db.transaction('rw', [db.annotations, db.tags, db.search, db.documents], async () => {
        const changed: AnnotationRecord[] = [];
        await db.annotations
          .where('id')
          .anyOf(undo.annotationIds)
          .modify((a) => {
            if (!a.tags.includes(name)) a.tags = [...a.tags, name];
            a.updatedAt = now;
            changed.push(a);
          });
        await syncSearch(db, { put: changed });
        const count = await db.annotations.where('tags').equals(name).count();
        const tag: TagRecord = { ...undo.tag, name, count };
        await db.tags.put(tag);
        return tag;
      });
    },

    /**
     * Sets or clears a tag's colour.
     *
     * @throws NotFoundError when the tag does not exist
     */
    async setColour(name: string, colour: string | null): Promise<TagRecord> {
      return db.transaction('rw', db.tags, async () => {
        const tag = await db.tags.get(name);
        if (!tag) throw new NotFoundError('No such tag.');
        const next: TagRecord = { ...tag };
        if (colour) next.colour = colour;
        else delete next.colour;
        await db.tags.put(next);
        return next;
      });
    },
  };
}

/** The tag repository's API. */
export type TagRepository = ReturnType<typeof createTagRepository>;
