import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createAnnotationRepository } from '@/src/storage/annotation-repository';
import { createDatabase } from '@/src/storage/create-database';
import { queryLibrary } from '@/src/storage/library-query';
import { readLibrary } from '@/src/storage/library-transfer';
import type { AnnotationRecord, DocumentRecord } from '@/src/storage/records';
import type { SchemaVersion } from '@/src/storage/schema/schema-version';
import { v1 } from '@/src/storage/schema/v1';
import { v2 } from '@/src/storage/schema/v2';
import { v3 } from '@/src/storage/schema/v3';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '@/src/storage/schema/versions';
import { decodeSearchRecord, searchEntryOf } from '@/src/storage/search-records';
import { annotationTerms, termsOf } from '@/src/storage/terms';

/** A test-only version after the released ones: a new index and an upgrade that rewrites every annotation. */
const next: SchemaVersion = {
  version: SCHEMA_VERSIONS.length + 1,
  stores: { ...v3.stores, annotations: `${v3.stores.annotations}, wordCount` },
  upgrade: (tx) =>
    tx
      .table('annotations')
      .toCollection()
      .modify((a: AnnotationRecord & { wordCount?: number }) => {
        a.wordCount = a.quote.split(/\s+/).length;
      }),
};

/**
 * Records exactly as version 1's repositories stored them (with their `terms`, indexed `*terms`):
 * two documents, three annotations, tags with their counts, the stored annotation count.
 */
async function writeV1Data(name: string) {
  const db = createDatabase(name, [v1]);
  const doc = (id: string, title: string, url: string): DocumentRecord => ({
    id,
    urls: [url],
    url,
    site: 'vnexpress.net',
    title,
    text: 'Văn bản bài báo',
    firstVisitedAt: 1,
    lastVisitedAt: 1,
    terms: termsOf(title),
  });
  const docs = [
    doc('d1', 'Kỷ luật Phó Cục trưởng', 'https://vnexpress.net/a.html'),
    doc('d2', 'Thời tiết', 'https://vnexpress.net/b.html'),
  ];
  const ann = (
    id: string,
    d: DocumentRecord,
    quote: string,
    tags: string[],
    at: number,
  ): AnnotationRecord => ({
    id,
    documentId: d.id,
    selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
    quote,
    note: '',
    tags,
    colour: 'yellow',
    entityKeys: [],
    createdAt: at,
    updatedAt: at,
    terms: annotationTerms(quote, '', d.title),
  });
  const [d1, d2] = docs as [DocumentRecord, DocumentRecord];
  const anns = [
    ann('a1', d1, 'Nguyễn Văn Định', ['nhân sự'], 2),
    ann('a2', d1, 'Ban Tổ chức Trung ương', ['nhân sự', 'tổ chức'], 3),
    ann('a3', d2, 'Trời mưa lớn', [], 4),
  ];
  await db.transaction('rw', [db.documents, db.annotations, db.tags, db.settings], async () => {
    // Version 1 kept texts on documents: its table, not today's type.
    await db.table<DocumentRecord, string>('documents').bulkAdd(docs);
    await db.annotations.bulkAdd(anns);
    await db.tags.bulkAdd([
      { name: 'nhân sự', count: 2, createdAt: 2 },
      { name: 'tổ chức', count: 1, createdAt: 3 },
    ]);
    await db.settings.put({ key: 'meta:annotationCount', value: 3 });
  });
  db.close();
  return { docs, anns, ann: anns[0] as AnnotationRecord };
}

const without = <T extends { terms?: string[] }>({ terms: _, ...rest }: T) => rest;

describe('schema versions', () => {
  it('are numbered 1, 2, … in order, and the current one is the last', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.at(-1)?.version);
  });

  it('v1 declares the data model of DESIGN.md', async () => {
    const db = createDatabase(`m-${crypto.randomUUID()}`);
    await db.open();
    const indexes = Object.fromEntries(db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.src)]));
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'annotations',
      'documents',
      'entities',
      'mentions',
      'search',
      'settings',
      'tags',
      'texts',
    ]);
    expect(indexes.documents).toEqual(
      expect.arrayContaining(['*urls', 'site', 'publishedAt', 'lastVisitedAt']),
    );
    expect(indexes.annotations).toEqual(
      expect.arrayContaining(['documentId', '*tags', 'createdAt', 'updatedAt', '*entityKeys']),
    );
    // v2: search words live in `search`, not in multi-entry indexes
    expect(indexes.annotations).not.toContain('*terms');
    expect(indexes.documents).not.toContain('*terms');
    expect(indexes.search).toEqual(['rev']);
    expect(indexes.entities).toEqual(expect.arrayContaining(['type', '*aliases', 'lastSeenAt']));
    expect(indexes.mentions).toEqual(expect.arrayContaining(['entityKey', 'documentId']));
    expect(db.mentions.schema.primKey.src).toBe('[entityKey+documentId]');
    db.close();
  });

  it('v2 upgrade: v1 data keeps every record, loses its terms, and gets search records', async () => {
    const name = `m-${crypto.randomUUID()}`;
    const { docs, anns } = await writeV1Data(name);

    const db = createDatabase(name, [v1, v2]);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.documents.toArray()).toEqual(docs.map(without));
    expect(await db.annotations.toArray()).toEqual(anns.map(without));
    expect(await db.tags.get('nhân sự')).toMatchObject({ count: 2 });
    const search = await db.search.toArray();
    expect(
      search.map((r) => [
        r.documentId,
        r.site,
        decodeSearchRecord(r)
          .map((e) => e.id)
          .sort(),
      ]),
    ).toEqual([
      ['d1', 'vnexpress.net', ['a1', 'a2']],
      ['d2', 'vnexpress.net', ['a3']],
    ]);
    for (const r of search)
      for (const e of decodeSearchRecord(r))
        expect(e).toEqual(searchEntryOf(anns.find((a) => a.id === e.id)!));
    // the library answers from the migrated data: quote, title, tag
    const ids = async (q: Parameters<typeof queryLibrary>[1]) =>
      (await queryLibrary(db, q)).items.map((i) => i.annotation.id);
    expect(await ids({ text: 'dinh' })).toEqual(['a1']);
    expect(await ids({ text: 'ky luat' })).toEqual(['a2', 'a1']);
    expect(await ids({ tag: 'nhân sự' })).toEqual(['a2', 'a1']);
    expect(await ids({})).toEqual(['a3', 'a2', 'a1']);
    // and the repositories keep writing it
    await createAnnotationRepository(db).update('a3', { note: 'bão số 3' }, 9);
    expect(await ids({ text: 'bao' })).toEqual(['a3']);
    db.close();
  });

  it('v3 upgrade: article texts move to their own table, in slices, and exports still carry them', async () => {
    const name = `m-${crypto.randomUUID()}`;
    const { docs, anns } = await writeV1Data(name);
    // Version 2 data as its repositories stored it: more documents than one slice of the upgrade, most
    // with a text (Vietnamese, emoji), some never analysed.
    const v2db = createDatabase(name, [v1, v2]);
    const more: DocumentRecord[] = Array.from({ length: 450 }, (_, i) => ({
      id: `x${String(i).padStart(3, '0')}`,
      urls: [`https://tuoitre.vn/bai-${i}.html`],
      url: `https://tuoitre.vn/bai-${i}.html`,
      site: 'tuoitre.vn',
      title: `Bài ${i}`,
      ...(i % 7 === 0 ? {} : { text: `Thủ tướng phát biểu ${i} lần 🇻🇳 `.repeat(50) }),
      firstVisitedAt: i,
      lastVisitedAt: i,
    }));
    await v2db.table<DocumentRecord, string>('documents').bulkAdd(more);
    const before = [...docs.map(without), ...more];
    v2db.close();

    const db = createDatabase(name, [v1, v2, v3]);
    await db.open();
    expect(db.verno).toBe(3);
    const stored = await db.documents.toArray();
    expect(stored.length).toBe(before.length);
    expect(stored.every((d) => d.text === undefined)).toBe(true);
    // Nothing else about a document changed; its text is in `texts`, under its id.
    const byId = new Map(stored.map((d) => [d.id, d]));
    for (const d of before) {
      const { text, ...meta } = d;
      expect(byId.get(d.id)).toEqual(meta);
      expect((await db.texts.get(d.id))?.text).toBe(text);
    }
    expect(await db.texts.count()).toBe(before.filter((d) => d.text !== undefined).length);
    // A backup reads them back onto their documents, as version 2 stored them, and says so.
    const library = await readLibrary(db);
    expect(library.schemaVersion).toBe(2);
    expect(new Map(library.documents.map((d) => [d.id, d]))).toEqual(new Map(before.map((d) => [d.id, d])));
    expect(await db.annotations.toArray()).toEqual(anns.map(without));
    db.close();
  });

  it('opening version N-1 data at version N runs the upgrade and keeps every record', async () => {
    const name = `m-${crypto.randomUUID()}`;
    const { ann } = await writeV1Data(name);
    const current = createDatabase(name, SCHEMA_VERSIONS);
    await current.open();
    current.close();

    const db = createDatabase(name, [...SCHEMA_VERSIONS, next]);
    await db.open();
    expect(db.verno).toBe(next.version);
    const migrated = (await db.annotations.get(ann.id)) as
      | (AnnotationRecord & { wordCount?: number })
      | undefined;
    expect(migrated).toMatchObject({ ...without(ann), wordCount: 3 });
    expect(await db.tags.get('nhân sự')).toMatchObject({ count: 2 });
    // the new index works on migrated data
    expect(await db.annotations.where('wordCount').equals(3).count()).toBe(2);
    db.close();
  });

  it('every released version opens the previous one with its data intact', async () => {
    for (let n = 2; n <= SCHEMA_VERSIONS.length; n++) {
      const name = `m-${crypto.randomUUID()}`;
      await writeV1Data(name);
      const db = createDatabase(name, SCHEMA_VERSIONS.slice(0, n));
      await db.open();
      expect(await db.annotations.count()).toBe(3);
      db.close();
    }
  });
});
