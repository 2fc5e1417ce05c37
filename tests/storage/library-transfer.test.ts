// @vitest-environment node
/**
 * JSON backups through the real database (fake-indexeddb, Margin's Dexie schema): seeded random libraries
 * (unicode, Vietnamese, emoji, empty notes, many tags) are written, exported by the real export paths
 * (readLibrary → exportBackup, and the side panel's gather → JSON backup format), and imported by the code
 * the background's import service runs (parse → plan → applyImportWrites in one transaction).
 */
import type { Table } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createImportService } from '@/src/background/services/import-service';
import { exportBackup, parseBackup } from '@/src/core/export/backup';
import { type Library, TABLES } from '@/src/core/export/library';
import { applyImportPlan, planImport } from '@/src/core/export/plan-import';
import { ANNOTATION_COUNT_KEY, storedAnnotationCount } from '@/src/storage/annotation-count';
import type { MarginDatabase } from '@/src/storage/create-database';
import { queryLibrary } from '@/src/storage/library-query';
import { applyImportWrites, importTables, readLibrary } from '@/src/storage/library-transfer';
import {
  buildSearchRecords,
  decodeSearchRecord,
  searchEntryOf,
  titleWordsOf,
} from '@/src/storage/search-records';
import { annotationTerms } from '@/src/storage/terms';
import { EXPORT_FORMATS } from '@/src/ui/data/export/formats';
import { gatherLibrary } from '@/src/ui/data/export/gather-library';
import { randomLibrary } from '../core/export/helpers/random-library';
import { freshDb } from './fresh-db';

const SEEDS = Array.from({ length: 12 }, (_, i) => 2000 + i * 7919);
const NOW = '2026-01-01T00:00:00Z';

/** A random library as the repositories store it (schema v2): no search words in the records. */
function stored(seed: number): Library {
  const lib = randomLibrary(seed, { documents: 8, annotations: 60 });
  return {
    ...lib,
    documents: lib.documents.map(({ terms: _, ...d }) => d),
    annotations: lib.annotations.map(({ terms: _, ...a }) => a),
  };
}

/**
 * Writes a library into a fresh database with what the repositories derive: the stored annotation
 * count and the search records.
 */
async function databaseWith(lib: Library): Promise<MarginDatabase> {
  const db = freshDb();
  await db.transaction('rw', [...TABLES.map((t) => db[t]), db.search] as never, async () => {
    for (const t of TABLES) await (db[t] as Table).bulkAdd(lib[t]);
    await db.settings.put({ key: ANNOTATION_COUNT_KEY, value: lib.annotations.length });
    await db.search.bulkAdd(buildSearchRecords(lib.documents, lib.annotations, 1));
  });
  return db;
}

/** Every annotation has its entry, exactly as derived from it, in its document's search record, and nothing else is there. */
async function expectSearchInSync(db: MarginDatabase) {
  const [docs, annotations, search] = await Promise.all([
    db.documents.toArray(),
    db.annotations.toArray(),
    db.search.toArray(),
  ]);
  const titles = new Map(docs.map((d) => [d.id, titleWordsOf(d)]));
  const entries = new Map(search.flatMap((r) => decodeSearchRecord(r).map((e) => [e.id, e])));
  expect(entries.size).toBe(annotations.length);
  for (const a of annotations) expect(entries.get(a.id)).toEqual(searchEntryOf(a));
  for (const r of search) if (r.createdAt.length > 0) expect(r.titleWords).toBe(titles.get(r.documentId));
}

/** Every table in key order, as the database returns them. */
async function tables(db: MarginDatabase) {
  const lib = await readLibrary(db);
  return Object.fromEntries(TABLES.map((t) => [t, lib[t]]));
}

/** A library's tables sorted the way the database orders them (by key). */
async function keyOrdered(lib: Library) {
  return tables(await databaseWith(lib));
}

const importText = (db: MarginDatabase, text: string) =>
  createImportService(db).importLibrary(text, 'margin-backup');

/** The JSON backup the side panel downloads for "Everything". */
async function sidePanelBackup(db: MarginDatabase): Promise<string> {
  const json = EXPORT_FORMATS.find((f) => f.id === 'json');
  return json!.render!(await gatherLibrary(db, { kind: 'all' }, () => {}), new Date(NOW));
}

describe('JSON backup through the database (seeded random libraries)', () => {
  it.each(SEEDS)(
    'seed %i: exported, then imported into an empty database, comes back identical; twice adds nothing',
    async (seed) => {
      const lib = stored(seed);
      const source = await databaseWith(lib);
      const text = exportBackup(await readLibrary(source), NOW);

      const target = freshDb();
      const first = await importText(target, text);
      for (const t of TABLES) expect(first.summary[t], t).toEqual({ added: lib[t].length, updated: 0 });
      expect(first.skipped).toEqual([]);
      const restored = await tables(target);
      const original = await tables(source);
      for (const t of TABLES) expect(restored[t], t).toEqual(original[t]);
      expect(await storedAnnotationCount(target)).toBe(lib.annotations.length);
      await expectSearchInSync(target);

      const again = await importText(target, text);
      expect(again.empty).toBe(true);
      expect(await tables(target)).toEqual(restored);
    },
  );

  it.each(SEEDS.slice(0, 4))(
    "seed %i: the side panel's backup of everything holds the library as readLibrary reads it, and imports once",
    async (seed) => {
      const source = await databaseWith(stored(seed));
      const text = await sidePanelBackup(source);
      const parsed = parseBackup(text);
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      // The stored annotation count is a cache of one database, not data to carry to another.
      expect(parsed.value).toEqual(await readLibrary(source));

      const target = freshDb();
      expect((await importText(target, text)).empty).toBe(false);
      expect(await tables(target)).toEqual(await tables(source));
      expect((await importText(target, text)).empty).toBe(true);
    },
  );

  it.each([1, 7, 2000])(
    'reading with progress, %i rows per request, gives what one read gives, counting up to the total',
    async (chunk) => {
      const db = await databaseWith(stored(SEEDS[0]!));
      const seen: [number, number][] = [];
      const read = await readLibrary(db, { chunk, onProgress: (done, total) => seen.push([done, total]) });
      expect(read).toEqual(await readLibrary(db));
      const rows = TABLES.reduce((n, t) => n + read[t].length, 0) + 1; // + the stored count
      expect(seen.at(-1)).toEqual([rows, rows]);
      for (const [done, total] of seen) expect(done).toBeLessThanOrEqual(total);
    },
  );

  it.each(SEEDS.slice(0, 6).map((s, i) => [s, SEEDS[i + 6]!]))(
    'seeds %i + %i: importing into a non-empty library merges both, and neither file adds anything after',
    async (seedA, seedB) => {
      const a = stored(seedA);
      const b = stored(seedB);
      const db = await databaseWith(a);
      const textA = exportBackup(await readLibrary(db), NOW);
      const textB = exportBackup(b, NOW);

      const result = await importText(db, textB);
      // Documents share URL variants across seeds (m.siteN.vn/bai-viet-i.html), so some are merged.
      const plan = planImport(await readLibrary(await databaseWith(a)), b);
      expect(result.summary).toEqual(plan.summary);
      const expected = await keyOrdered(applyImportPlan(a, plan));
      const merged = await tables(db);
      for (const t of TABLES) expect(merged[t], t).toEqual(expected[t]);

      // Every annotation of both files is there, on a document of the merged library.
      const docs = new Map((merged.documents as Library['documents']).map((d) => [d.id, d]));
      const annotations = merged.annotations as Library['annotations'];
      const ids = new Set(annotations.map((x) => x.id));
      for (const x of [...a.annotations, ...b.annotations]) expect(ids.has(x.id)).toBe(true);
      for (const x of annotations) expect(docs.has(x.documentId)).toBe(true);
      // Every annotation is searchable, by its article's title in this library too.
      await expectSearchInSync(db);
      // Tag counts and the stored annotation count agree with the merged annotations.
      for (const tag of merged.tags as Library['tags']) {
        expect(tag.count, tag.name).toBe(annotations.filter((x) => x.tags.includes(tag.name)).length);
      }
      expect(await storedAnnotationCount(db)).toBe(annotations.length);

      expect((await importText(db, textB)).empty).toBe(true);
      expect((await importText(db, textA)).empty).toBe(true);
      expect(await tables(db)).toEqual(merged);
    },
  );

  it('a schema v1 backup (search words in the records) imports: its words are dropped, search derived again', async () => {
    const lib = randomLibrary(SEEDS[1]!, { documents: 4, annotations: 20 });
    const v1 = {
      ...lib,
      schemaVersion: 1,
      documents: lib.documents.map((d) => ({ ...d, terms: ['bogus'] })),
      // Words a file carries are never trusted: these match nothing in the quotes.
      annotations: lib.annotations.map((a) => ({ ...a, terms: ['zzzfromfile'] })),
    };
    const db = freshDb();
    const result = await importText(db, exportBackup(v1 as Library, NOW));
    expect(result.summary.annotations?.added).toBe(20);
    expect((await db.annotations.toArray()).some((a) => 'terms' in a)).toBe(false);
    expect((await db.documents.toArray()).some((d) => 'terms' in d)).toBe(false);
    await expectSearchInSync(db);
    expect((await queryLibrary(db, { text: 'zzzfromfile' })).total).toBe(0);
    const first = lib.annotations[0]!;
    const word = annotationTerms(first.quote, '', undefined)[0];
    if (word) expect((await queryLibrary(db, { text: word })).items.length).toBeGreaterThan(0);
  });

  it("an annotation rewritten under another document leaves the first one's search record", async () => {
    const lib = stored(SEEDS[2]!);
    const db = await databaseWith(lib);
    const [a] = lib.annotations;
    const other = lib.documents.find((d) => d.id !== a!.documentId)!;
    const moved = { ...a!, documentId: other.id, updatedAt: a!.updatedAt + 1 };
    // An async scope, as the import service's: Dexie then follows its native awaits.
    await db.transaction('rw', importTables(db), async () => {
      await applyImportWrites(db, { ...emptyWrites(), annotations: [moved] }, lib.annotations.length);
    });
    await expectSearchInSync(db);
  });
});

function emptyWrites() {
  return Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as Parameters<typeof applyImportWrites>[1];
}
