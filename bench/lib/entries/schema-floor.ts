/**
 * Schema floor experiment (issue 4), run by bench/schema-floor.mjs: how long bulkPut of a generated
 * library takes in Chromium's IndexedDB under different index sets, to tell what an import can reach.
 */
import Dexie from 'dexie';
import { searchEntryOf } from '@/src/storage/search-records';
import { annotationTerms } from '@/src/storage/terms';
import { generate } from './library-generate';

let lib: ReturnType<typeof generate> | null = null;

export function prepare(docs: number, annotations: number) {
  lib = generate(docs, annotations);
  return lib.annotations.length;
}

const SLICE = 2000;

/** Writes every annotation (and document) into a fresh database with these stores; one transaction. */
export async function run(name: string, annotations: string, variant: 'terms' | 'noTerms' | 'search') {
  if (!lib) throw new Error('prepare first');
  await Dexie.delete(name);
  const stores: Record<string, string> = { documents: 'id', annotations };
  if (variant === 'search') stores.search = 'documentId, rev';
  const db = new Dexie(name);
  db.version(1).stores(stores);
  await db.open();
  // v1 stored each annotation's search words (quote, note, title) in the record, indexed `*terms`.
  const titles = new Map(lib.documents.map((d) => [d.id, d.title]));
  const anns =
    variant === 'terms'
      ? lib.annotations.map((a) => ({
          ...a,
          terms: annotationTerms(a.quote, a.note, titles.get(a.documentId)),
        }))
      : lib.annotations;
  const t0 = performance.now();
  await db.transaction('rw', db.tables, async () => {
    for (let i = 0; i < lib!.documents.length; i += SLICE)
      await db.table('documents').bulkPut(lib!.documents.slice(i, i + SLICE));
    for (let i = 0; i < anns.length; i += SLICE)
      await db.table('annotations').bulkPut(anns.slice(i, i + SLICE));
    if (variant === 'search') {
      const byDoc = new Map<string, unknown[]>();
      for (const a of lib!.annotations) {
        const list = byDoc.get(a.documentId) ?? [];
        list.push(searchEntryOf(a));
        byDoc.set(a.documentId, list);
      }
      const recs = [...byDoc].map(([documentId, entries], i) => ({ documentId, rev: i, title: '', entries }));
      for (let i = 0; i < recs.length; i += SLICE) await db.table('search').bulkPut(recs.slice(i, i + SLICE));
    }
  });
  const writeMs = performance.now() - t0;
  const t1 = performance.now();
  const all = await db.table('annotations').toArray();
  const readMs = performance.now() - t1;
  let searchReadMs = 0;
  if (variant === 'search') {
    const t2 = performance.now();
    await db.table('search').toArray();
    searchReadMs = performance.now() - t2;
  }
  db.close();
  await Dexie.delete(name);
  return { writeMs, readMs, searchReadMs, n: all.length };
}

/**
 * Raw IndexedDB: every annotation put in one transaction, primary key only; or grouped per document; or,
 * `tiny`, one `{ id, n }` per annotation (what a put costs whatever the record holds).
 */
export async function raw(grouped: boolean, tiny = false) {
  if (!lib) throw new Error('prepare first');
  const name = 'floor-raw';
  await Dexie.delete(name);
  const idb: IDBDatabase = await new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('a', { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const anns = lib.annotations.map(({ terms: _t, ...rest }) => rest);
  let rows: { id: string }[] = tiny ? anns.map((a, n) => ({ id: a.id, n })) : anns;
  if (grouped) {
    const byDoc = new Map<string, unknown[]>();
    for (const a of anns) byDoc.set(a.documentId, [...(byDoc.get(a.documentId) ?? []), a]);
    rows = [...byDoc].map(([id, list]) => ({ id, list }));
  }
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('a', 'readwrite', { durability: 'relaxed' });
    const store = tx.objectStore('a');
    for (const r of rows) store.put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const writeMs = performance.now() - t0;
  const t1 = performance.now();
  await new Promise<void>((resolve) => {
    const req = idb.transaction('a').objectStore('a').getAll();
    req.onsuccess = () => resolve();
  });
  const readMs = performance.now() - t1;
  idb.close();
  await Dexie.delete(name);
  return { writeMs, readMs, rows: rows.length };
}

/** Reading 5,000 per-document search records: entries as objects, or as columns of primitives. */
export async function searchLoad(columnar: boolean) {
  if (!lib) throw new Error('prepare first');
  const name = 'floor-search';
  await Dexie.delete(name);
  const db = new Dexie(name);
  db.version(1).stores({ search: 'documentId, rev' });
  const byDoc = new Map<string, typeof lib.annotations>();
  for (const a of lib.annotations) byDoc.set(a.documentId, [...(byDoc.get(a.documentId) ?? []), a]);
  const recs = [...byDoc].map(([documentId, list], i) => {
    const entries = list.map(searchEntryOf);
    if (!columnar) return { documentId, rev: i, titleWords: '', site: '', entries };
    return {
      documentId,
      rev: i,
      titleWords: '',
      site: '',
      ids: entries.map((e) => e.id).join(' '),
      createdAt: entries.map((e) => e.createdAt),
      updatedAt: entries.map((e) => e.updatedAt),
      colours: entries.map((e) => e.colour).join(' '),
      tags: entries.map((e) => e.tags.join('\u0001')).join('\u0002'),
      entityKeys: entries.map((e) => e.entityKeys.join('\u0001')).join('\u0002'),
      words: entries.map((e) => e.words).join('\u0002'),
    };
  });
  await db.table('search').bulkPut(recs);
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await db.table('search').toArray();
    times.push(performance.now() - t);
  }
  db.close();
  await Dexie.delete(name);
  return times;
}
