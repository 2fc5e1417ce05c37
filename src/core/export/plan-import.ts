import type {
  AnnotationRecord,
  DocumentRecord,
  EntityRecord,
  Library,
  MentionRecord,
  SettingRecord,
  TableName,
} from './library';
import { TABLES } from './library';
import { deepEqual, mergeAnnotation, mergeDocument, mergeEntity, mergeMention } from './merge-records';
import { byKey, type Keyed, mergeTable } from './merge-table';
import { planTags } from './plan-tags';
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
  const skipped: string[] = [];
  const remapped = new Map<string, string>();
  const added: Record<TableName, Set<string>> = {} as Record<TableName, Set<string>>;

  // Documents: by id, else by URL variant.
  const docs = byKey('documents', existing.documents);
  const docPuts = new Map<string, DocumentRecord>();
  added.documents = new Set();
  const byUrl = new Map<string, string>();
  const indexUrls = (d: DocumentRecord) => {
    for (const u of d.urls) {
      const k = urlKey(u);
      if (!byUrl.has(k)) byUrl.set(k, d.id);
    }
  };
  for (const d of existing.documents) indexUrls(d);
  for (const doc of incoming.documents) {
    let target = docs.has(doc.id) ? doc.id : undefined;
    for (let i = 0; !target && i < doc.urls.length; i++) target = byUrl.get(urlKey(doc.urls[i]!));
    if (target && target !== doc.id) remapped.set(doc.id, target);
    if (!target) {
      added.documents.add(doc.id);
      docs.set(doc.id, doc);
      docPuts.set(doc.id, doc);
      indexUrls(doc);
      continue;
    }
    const cur = docs.get(target)!;
    const merged = mergeDocument(cur, doc);
    if (!deepEqual(merged, cur)) {
      docs.set(target, merged);
      docPuts.set(target, merged);
      indexUrls(merged);
    }
  }

  // Annotations: onto their (possibly remapped) document, by id, newer updatedAt wins.
  const annotations = byKey('annotations', existing.annotations);
  const incomingAnnotations: AnnotationRecord[] = [];
  for (const a of incoming.annotations) {
    const documentId = remapped.get(a.documentId) ?? a.documentId;
    if (!docs.has(documentId)) {
      skipped.push(`annotation ${a.id}: its document ${a.documentId} is in neither library`);
      continue;
    }
    incomingAnnotations.push(documentId === a.documentId ? a : { ...a, documentId });
  }
  const annotationPuts = new Map<string, AnnotationRecord>();
  const annotationOutcome = mergeTable(
    'annotations',
    annotations,
    incomingAnnotations,
    mergeAnnotation,
    annotationPuts,
  );
  added.annotations = annotationOutcome.added;
  // Tags whose counts may change: those on written annotations, and those on the versions they replace.
  const touchedTags = new Set<string>();
  for (const a of annotationPuts.values()) for (const t of a.tags) touchedTags.add(t);
  for (const a of annotationOutcome.replaced) for (const t of a.tags) touchedTags.add(t);

  const entityPuts = new Map<string, EntityRecord>();
  added.entities = mergeTable(
    'entities',
    byKey('entities', existing.entities),
    incoming.entities,
    mergeEntity,
    entityPuts,
  ).added;
  const mentions = incoming.mentions.map((m): MentionRecord => {
    const to = remapped.get(m.documentId);
    return to ? { ...m, documentId: to } : m;
  });
  const mentionPuts = new Map<string, MentionRecord>();
  added.mentions = mergeTable(
    'mentions',
    byKey('mentions', existing.mentions),
    mentions,
    mergeMention,
    mentionPuts,
  ).added;
  const settingPuts = new Map<string, SettingRecord>();
  added.settings = mergeTable(
    'settings',
    byKey('settings', existing.settings),
    incoming.settings,
    (cur) => cur,
    settingPuts,
  ).added;

  const tags = byKey('tags', existing.tags);
  const tagPuts = planTags(tags, incoming.tags, touchedTags, annotations);
  added.tags = new Set([...tagPuts.keys()].filter((k) => !tags.has(k)));

  const put: TableWrites = {
    documents: [...docPuts.values()],
    annotations: [...annotationPuts.values()],
    entities: [...entityPuts.values()],
    mentions: [...mentionPuts.values()],
    tags: [...tagPuts.values()],
    settings: [...settingPuts.values()],
  };
  const summary = {} as ImportPlan['summary'];
  let total = 0;
  for (const table of TABLES) {
    const n = put[table].length;
    summary[table] = { added: added[table].size, updated: n - added[table].size };
    total += n;
  }
  return { put, summary, remapped: Object.fromEntries(remapped), skipped, empty: total === 0 };
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
