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
import { readLibrary } from '@/src/storage/library-transfer';
import { annotationTerms } from '@/src/storage/terms';
import { EXPORT_FORMATS } from '@/src/ui/data/export/formats';
import { gatherLibrary } from '@/src/ui/data/export/gather-library';
import { randomLibrary } from '../core/export/helpers/random-library';
import { freshDb } from './fresh-db';

const SEEDS = Array.from({ length: 12 }, (_, i) => 2000 + i * 7919);
const NOW = '2026-01-01T00:00:00Z';

/** A random library as the repositories store it: annotation search terms derived from quote, note, title. */
function stored(seed: number): Library {
  const lib = randomLibrary(seed, { documents: 8, annotations: 60 });
  const titles = new Map(lib.documents.map((d) => [d.id, d.title]));
  return {
    ...lib,
    annotations: lib.annotations.map((a) => ({
      ...a,
      terms: annotationTerms(a.quote, a.note, titles.get(a.documentId)),
    })),
  };
}

/** Writes a library into a fresh database (with the stored annotation count, as the repositories keep it). */
async function databaseWith(lib: Library): Promise<MarginDatabase> {
  const db = freshDb();
  await db.transaction('rw', TABLES.map((t) => db[t]) as never, async () => {
    for (const t of TABLES) await (db[t] as Table).bulkAdd(lib[t]);
    await db.settings.put({ key: ANNOTATION_COUNT_KEY, value: lib.annotations.length });
  });
  return db;
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
      for (const t of TABLES.filter((t) => t !== 'annotations')) expect(merged[t], t).toEqual(expected[t]);
      const withoutTerms = (rows: unknown) =>
        (rows as Library['annotations']).map(({ terms: _, ...rest }) => rest);
      expect(withoutTerms(merged.annotations)).toEqual(withoutTerms(expected.annotations));

      // Every annotation of both files is there, on a document of the merged library.
      const docs = new Map((merged.documents as Library['documents']).map((d) => [d.id, d]));
      const annotations = merged.annotations as Library['annotations'];
      const ids = new Set(annotations.map((x) => x.id));
      for (const x of [...a.annotations, ...b.annotations]) expect(ids.has(x.id)).toBe(true);
      for (const x of annotations) expect(docs.has(x.documentId)).toBe(true);
      // Written annotations are searchable by their article's title in this library.
      const written = new Set(plan.put.annotations.map((x) => x.id));
      for (const x of annotations.filter((x) => written.has(x.id))) {
        expect(x.terms).toEqual(annotationTerms(x.quote, x.note, docs.get(x.documentId)?.title));
      }
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
});
