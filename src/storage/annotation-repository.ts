import { bumpAnnotationCount } from './annotation-count';
import type { MarginDatabase } from './create-database';
import { NotFoundError } from './errors';
import { queryLibrary } from './library-query';
import type { AnchorState, AnnotationRecord, AnnotationSelector, HighlightColour } from './records';
import { syncSearch } from './search-records';
import { adjustTagCounts, cleanTags } from './tag-counts';

/** A new annotation, as the background receives it. */
export type NewAnnotation = {
  documentId: string;
  selectors: AnnotationSelector[];
  bodySelectors?: AnnotationSelector[];
  quote: string;
  note?: string;
  tags?: string[];
  colour?: HighlightColour;
  entityKeys?: string[];
  textHash?: string;
};

/** Fields an edit may change. */
export type AnnotationPatch = { note?: string; tags?: string[]; colour?: HighlightColour };

/** Reading order: by position in the article text, then by creation. */
function positionOf(a: AnnotationRecord): number {
  const pos = a.selectors.find((s) => s.type === 'TextPositionSelector');
  return pos ? pos.start : Number.MAX_SAFE_INTEGER;
}

/**
 * Annotations: the user's highlights with notes and tags. Every write updates, in the same transaction,
 * `tags.count` when tags change and the document's search record (see `search-records.ts`).
 *
 * @param db the Margin database
 */
export function createAnnotationRepository(db: MarginDatabase) {
  const tables = [db.annotations, db.tags, db.documents, db.settings, db.search] as const;

  return {
    /**
     * Saves a new annotation (NFC text, cleaned tags) and its search entry.
     *
     * @throws NotFoundError when the document does not exist
     */
    async create(input: NewAnnotation, now: number = Date.now()): Promise<AnnotationRecord> {
      return db.transaction('rw', tables, async () => {
        const doc = await db.documents.get(input.documentId);
        if (!doc) throw new NotFoundError('The article is not saved.');
        const quote = input.quote.normalize('NFC');
        const note = (input.note ?? '').normalize('NFC');
        const rec: AnnotationRecord = {
          id: crypto.randomUUID(),
          documentId: input.documentId,
          selectors: input.selectors,
          quote,
          note,
          tags: cleanTags(input.tags ?? []),
          colour: input.colour ?? 'yellow',
          entityKeys: [...new Set(input.entityKeys ?? [])],
          createdAt: now,
          updatedAt: now,
        };
        if (input.bodySelectors) rec.bodySelectors = input.bodySelectors;
        if (input.textHash) rec.textHash = input.textHash;
        await db.annotations.add(rec);
        await syncSearch(db, { put: [rec], documents: [doc] });
        await adjustTagCounts(db, [], rec.tags, now);
        await bumpAnnotationCount(db, 1);
        return rec;
      });
    },

    /** One annotation by id. */
    get: (id: string) => db.annotations.get(id),

    /**
     * Changes note, tags or colour.
     *
     * @throws NotFoundError when the annotation does not exist
     */
    async update(id: string, patch: AnnotationPatch, now: number = Date.now()): Promise<AnnotationRecord> {
      return db.transaction('rw', tables, async () => {
        const old = await db.annotations.get(id);
        if (!old) throw new NotFoundError('The annotation no longer exists.');
        const rec: AnnotationRecord = { ...old, updatedAt: now };
        if (patch.note !== undefined) rec.note = patch.note.normalize('NFC');
        if (patch.tags !== undefined) rec.tags = cleanTags(patch.tags);
        if (patch.colour !== undefined) rec.colour = patch.colour;
        delete rec.terms;
        await db.annotations.put(rec);
        await syncSearch(db, { put: [rec] });
        await adjustTagCounts(db, old.tags, rec.tags, now);
        return rec;
      });
    },

    /**
     * Deletes an annotation.
     *
     * @returns the deleted record (hand it to {@link restore} to undo), or `undefined` if there was none
     */
    async delete(id: string, now: number = Date.now()): Promise<AnnotationRecord | undefined> {
      return db.transaction('rw', tables, async () => {
        const old = await db.annotations.get(id);
        if (!old) return undefined;
        await db.annotations.delete(id);
        await syncSearch(db, { removed: [old] });
        await adjustTagCounts(db, old.tags, [], now);
        await bumpAnnotationCount(db, -1);
        return old;
      });
    },

    /**
     * Puts a deleted annotation back as it was (its search entry re-derived, never taken from the caller).
     *
     * @throws NotFoundError when its document was deleted meanwhile
     */
    async restore(record: AnnotationRecord, now: number = Date.now()): Promise<AnnotationRecord> {
      return db.transaction('rw', tables, async () => {
        const doc = await db.documents.get(record.documentId);
        if (!doc) throw new NotFoundError('The article is not saved.');
        const existing = await db.annotations.get(record.id);
        const { terms: _v1Terms, ...rest } = record;
        const rec: AnnotationRecord = { ...rest, tags: cleanTags(record.tags) };
        await db.annotations.put(rec);
        await syncSearch(db, { put: [rec], documents: [doc] });
        await adjustTagCounts(db, existing?.tags ?? [], rec.tags, now);
        if (!existing) await bumpAnnotationCount(db, 1);
        return rec;
      });
    },

    /**
     * Records re-anchoring results. Only changed states are written, so a routine visit does not wake
     * every live query. Unknown ids are skipped.
     *
     * @returns how many annotations changed state
     */
    async setAnchorStates(states: readonly { id: string; state: AnchorState }[], now: number = Date.now()) {
      return db.transaction('rw', db.annotations, async () => {
        const current = await db.annotations.bulkGet(states.map((s) => s.id));
        const changed: AnnotationRecord[] = [];
        states.forEach(({ state }, i) => {
          const rec = current[i];
          if (rec && rec.anchorState !== state)
            changed.push({ ...rec, anchorState: state, anchorCheckedAt: now });
        });
        await db.annotations.bulkPut(changed);
        return changed.length;
      });
    },

    /** A document's annotations in reading order. */
    async listByDocument(documentId: string): Promise<AnnotationRecord[]> {
      const list = await db.annotations.where('documentId').equals(documentId).toArray();
      return list.sort((a, b) => positionOf(a) - positionOf(b) || a.createdAt - b.createdAt);
    },

    /** How many annotations a document has. */
    countByDocument: (documentId: string) => db.annotations.where('documentId').equals(documentId).count(),

    /** The library query: see {@link queryLibrary}. */
    query: (q: Parameters<typeof queryLibrary>[1]) => queryLibrary(db, q),
  };
}

/** The annotation repository's API. */
export type AnnotationRepository = ReturnType<typeof createAnnotationRepository>;
