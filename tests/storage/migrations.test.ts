import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createAnnotationRepository } from '@/src/storage/annotation-repository';
import { createDatabase } from '@/src/storage/create-database';
import { createDocumentRepository } from '@/src/storage/document-repository';
import type { AnnotationRecord } from '@/src/storage/records';
import type { SchemaVersion } from '@/src/storage/schema/schema-version';
import { v1 } from '@/src/storage/schema/v1';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '@/src/storage/schema/versions';

/** A test-only version 2: a new index and an upgrade that rewrites every annotation. */
const v2: SchemaVersion = {
  version: 2,
  stores: { ...v1.stores, annotations: `${v1.stores.annotations}, wordCount` },
  upgrade: (tx) =>
    tx
      .table('annotations')
      .toCollection()
      .modify((a: AnnotationRecord & { wordCount?: number }) => {
        a.wordCount = a.quote.split(/\s+/).length;
      }),
};

async function writeV1Data(name: string) {
  const db = createDatabase(name, [v1]);
  const doc = await createDocumentRepository(db).upsert(
    { visited: 'https://vnexpress.net/a.html', title: 'Bài báo' },
    1,
  );
  const ann = await createAnnotationRepository(db).create(
    {
      documentId: doc.id,
      selectors: [{ type: 'TextQuoteSelector', exact: 'Nguyễn Văn Định', prefix: '', suffix: '' }],
      quote: 'Nguyễn Văn Định',
      tags: ['nhân sự'],
    },
    2,
  );
  db.close();
  return { doc, ann };
}

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
      'settings',
      'tags',
    ]);
    expect(indexes.documents).toEqual(
      expect.arrayContaining(['*urls', 'site', 'publishedAt', 'lastVisitedAt']),
    );
    expect(indexes.annotations).toEqual(
      expect.arrayContaining(['documentId', '*tags', 'createdAt', 'updatedAt', '*terms']),
    );
    expect(indexes.entities).toEqual(expect.arrayContaining(['type', '*aliases', 'lastSeenAt']));
    expect(indexes.mentions).toEqual(expect.arrayContaining(['entityKey', 'documentId']));
    expect(db.mentions.schema.primKey.src).toBe('[entityKey+documentId]');
    db.close();
  });

  it('opening version N-1 data at version N runs the upgrade and keeps every record', async () => {
    const name = `m-${crypto.randomUUID()}`;
    const { doc, ann } = await writeV1Data(name);

    const db = createDatabase(name, [v1, v2]);
    await db.open();
    expect(db.verno).toBe(2);
    const migrated = (await db.annotations.get(ann.id)) as
      | (AnnotationRecord & { wordCount?: number })
      | undefined;
    expect(migrated).toMatchObject({ ...ann, wordCount: 3 });
    expect(await db.documents.get(doc.id)).toEqual(doc);
    expect(await db.tags.get('nhân sự')).toMatchObject({ count: 1 });
    // the new index works on migrated data
    expect(await db.annotations.where('wordCount').equals(3).count()).toBe(1);
    db.close();
  });

  it('every released version opens the previous one with its data intact', async () => {
    for (let n = 2; n <= SCHEMA_VERSIONS.length; n++) {
      const name = `m-${crypto.randomUUID()}`;
      await writeV1Data(name);
      const db = createDatabase(name, SCHEMA_VERSIONS.slice(0, n));
      await db.open();
      expect(await db.annotations.count()).toBe(1);
      db.close();
    }
  });
});
