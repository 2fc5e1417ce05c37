import type {
  AnnotationRecord,
  DocumentRecord,
  Library,
  MentionRecord,
  TableName,
  TagRecord,
} from './library';
import { TABLES } from './library';
import {
  deepEqual,
  mergeAnnotation,
  mergeDocument,
  mergeEntity,
  mergeMention,
  mergeTag,
} from './merge-records';
import { recordKey } from './record-specs';
import { urlKey } from './url-key';

/** The records of each table to write (put: insert or replace by key). */
export type TableWrites = Omit<Library, 'schemaVersion'>;

/** What importing a library into another would write, for the storage layer to apply in one transaction. */
export type ImportPlan = {
  put: TableWrites;
  /** Per table: records new to the library and records replaced by a merged version. */
  summary: Record<TableName, { added: number; updated: number }>;
  /** Incoming document ids matched by URL to an existing document: incoming id → existing id. */
  remapped: Record<string, string>;
  /** Records left out, with why (e.g. an annotation whose document is nowhere). */
  skipped: string[];
  /** True when nothing would be written (e.g. the same file imported twice). */
  empty: boolean;
};

type Keyed = Record<string, unknown>;

/** Merges `incoming` records of one table into `current` (mutated), recording puts. */
function mergeTable<T>(
  table: TableName,
  current: Map<string, T>,
  incoming: readonly T[],
  merge: (a: T, b: T) => T,
  puts: Map<string, T>,
): void {
  for (const record of incoming) {
    const key = recordKey(table, record as Keyed);
    const cur = current.get(key);
    const next = cur === undefined ? record : merge(cur, record);
    if (cur === undefined || !deepEqual(next, cur)) {
      current.set(key, next);
      puts.set(key, next);
    }
  }
}

const byKey = <T>(table: TableName, rows: readonly T[]) =>
  new Map(rows.map((r) => [recordKey(table, r as Keyed), r]));

/**
 * Plans merging `incoming` (a parsed backup or an import from another tool) into `existing`, idempotently:
 * planning the same incoming library against the result of applying the plan writes nothing.
 * Documents match by id, else by any URL variant (then the incoming id is remapped onto the existing one);
 * annotations match by id and the later `updatedAt` wins; entities, mentions and tags merge (see
 * merge-records); settings already present are kept. Tag counts are recomputed for tags whose annotations change,
 * and tags used by incoming annotations but missing from both tag tables are created.
 * Pure: neither argument is modified.
 */
export function planImport(existing: Library, incoming: Library): ImportPlan {
  const put: { [K in TableName]: Map<string, Library[K][number]> } = {
    documents: new Map(),
    annotations: new Map(),
    entities: new Map(),
    mentions: new Map(),
    tags: new Map(),
    settings: new Map(),
  };
  const skipped: string[] = [];
  const remapped: Record<string, string> = {};

  // Documents: by id, else by URL variant.
  const docs = byKey('documents', existing.documents);
  const byUrl = new Map<string, string>();
  const indexUrls = (d: DocumentRecord) => {
    for (const u of d.urls) if (!byUrl.has(urlKey(u))) byUrl.set(urlKey(u), d.id);
  };
  existing.documents.forEach(indexUrls);
  for (const doc of incoming.documents) {
    let target = docs.has(doc.id) ? doc.id : undefined;
    for (let i = 0; !target && i < doc.urls.length; i++) target = byUrl.get(urlKey(doc.urls[i]!));
    if (target && target !== doc.id) remapped[doc.id] = target;
    const merged = target ? mergeDocument(docs.get(target)!, doc) : doc;
    if (!target || !deepEqual(merged, docs.get(target))) {
      docs.set(merged.id, merged);
      put.documents.set(merged.id, merged);
      indexUrls(merged);
    }
  }
  const docId = (id: string) => remapped[id] ?? id;

  // Annotations: remap their document, then by id, newer updatedAt wins.
  const annotations = byKey('annotations', existing.annotations);
  const touchedTags = new Set<string>();
  const incomingAnnotations: AnnotationRecord[] = [];
  for (const a of incoming.annotations) {
    const documentId = docId(a.documentId);
    if (!docs.has(documentId)) {
      skipped.push(`annotation ${a.id}: its document ${a.documentId} is in neither library`);
      continue;
    }
    incomingAnnotations.push(documentId === a.documentId ? a : { ...a, documentId });
  }
  for (const a of incomingAnnotations) for (const t of annotations.get(a.id)?.tags ?? []) touchedTags.add(t);
  mergeTable('annotations', annotations, incomingAnnotations, mergeAnnotation, put.annotations);
  for (const a of put.annotations.values()) for (const t of a.tags) touchedTags.add(t);

  mergeTable('entities', byKey('entities', existing.entities), incoming.entities, mergeEntity, put.entities);
  const mentions = incoming.mentions.map(
    (m): MentionRecord => (remapped[m.documentId] ? { ...m, documentId: docId(m.documentId) } : m),
  );
  mergeTable('mentions', byKey('mentions', existing.mentions), mentions, mergeMention, put.mentions);
  mergeTable('settings', byKey('settings', existing.settings), incoming.settings, (cur) => cur, put.settings);

  // Tags: merge records, then recount those whose annotations changed and create missing ones.
  const tags = byKey('tags', existing.tags);
  const tagPuts = new Map<string, TagRecord>();
  mergeTable('tags', new Map(tags), incoming.tags, mergeTag, tagPuts);
  const counts = new Map<string, { count: number; first: number }>();
  if (touchedTags.size) {
    for (const a of annotations.values()) {
      for (const t of a.tags) {
        if (!touchedTags.has(t)) continue;
        const c = counts.get(t);
        if (c) {
          c.count++;
          if (a.createdAt < c.first) c.first = a.createdAt;
        } else counts.set(t, { count: 1, first: a.createdAt });
      }
    }
  }
  for (const name of touchedTags) {
    const base = tagPuts.get(name) ?? tags.get(name);
    const c = counts.get(name) ?? { count: 0, first: 0 };
    const next: TagRecord = base ? { ...base, count: c.count } : { name, count: c.count, createdAt: c.first };
    if (!base && c.count === 0) continue;
    if (!deepEqual(next, tags.get(name))) tagPuts.set(name, next);
    else tagPuts.delete(name);
  }
  put.tags = tagPuts;

  const summary = {} as ImportPlan['summary'];
  const existingKeys: Record<TableName, Map<string, unknown>> = {
    documents: byKey('documents', existing.documents),
    annotations: byKey('annotations', existing.annotations),
    entities: byKey('entities', existing.entities),
    mentions: byKey('mentions', existing.mentions),
    tags,
    settings: byKey('settings', existing.settings),
  };
  let total = 0;
  const writes = {} as TableWrites;
  for (const table of TABLES) {
    const rows = [...put[table].values()];
    (writes as Record<string, unknown>)[table] = rows;
    const updated = rows.filter((r) => existingKeys[table].has(recordKey(table, r as Keyed))).length;
    summary[table] = { added: rows.length - updated, updated };
    total += rows.length;
  }
  return { put: writes, summary, remapped, skipped, empty: total === 0 };
}

/** Applies a plan to a library in memory (what the storage layer does in its transaction). Pure. */
export function applyImportPlan(existing: Library, plan: ImportPlan): Library {
  const result: Library = { ...existing };
  for (const table of TABLES) {
    const rows = byKey(table, existing[table] as Keyed[]);
    for (const r of plan.put[table] as Keyed[]) rows.set(recordKey(table, r), r);
    (result as Record<string, unknown>)[table] = [...rows.values()];
  }
  return result;
}
