import { describe, expect, it } from 'vitest';
import { LibraryIndex, libraryIndex, warmLibraryIndex } from '@/src/storage/library-index';
import { queryLibrary } from '@/src/storage/library-query';
import type { SearchEntry } from '@/src/storage/records';
import { encodeSearchRecord } from '@/src/storage/search-records';
import { queryWords, searchWords } from '@/src/storage/terms';
import { WordIndex } from '@/src/storage/word-index';
import { freshDb } from './fresh-db';

const WORDS =
  'Thủ tướng Chính phủ yêu cầu Bộ Tài chính đẩy nhanh giải ngân ngân sách Nguyễn Văn Định ông bà ' +
  'minister said government accelerate spending election emoji 🎉 naïve café Đắk Lắk';
const POOL = WORDS.split(' ');

/** A seeded library of `docs` search records, `per` entries each. */
function library(docs: number, per: number, seed: number) {
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
  const text = (n: number) =>
    Array.from({ length: n }, () => POOL[Math.floor(rnd() * POOL.length)]).join(' ');
  return Array.from({ length: docs }, (_, d) => {
    const entries: SearchEntry[] = Array.from({ length: per }, (_, i) => ({
      id: `d${d}-a${i}`,
      createdAt: Math.floor(rnd() * 1000),
      updatedAt: 0,
      colour: 'yellow',
      tags: rnd() < 0.3 ? ['nhân sự'] : [],
      entityKeys: [],
      words: searchWords(text(1 + Math.floor(rnd() * 8)), rnd() < 0.5 ? text(3) : ''),
    }));
    return encodeSearchRecord(
      { documentId: `d${d}`, rev: d + 1, site: 'vnexpress.net', titleWords: searchWords(text(4)) },
      entries,
    );
  });
}

const marked = (m: Uint8Array) => [...m.keys()].filter((i) => m[i] === 1);
const QUERIES = ['ng', 'ngân', 'nguyen', 'bo', 'tai chinh', 'đắk', 'cafe', '🎉', 'zzz', 'ông'];

describe('LibraryIndex word masks', () => {
  it('are the same whether answered by a scan (before the word index is built) or by the index', async () => {
    const records = library(60, 12, 7);
    const cold = new LibraryIndex();
    cold.apply(records);
    const warm = new LibraryIndex();
    warm.apply(records);
    await warm.prepare(() => Promise.resolve());
    for (const q of QUERIES) {
      const words = queryWords(q);
      const a = cold.masks(words);
      const b = warm.masks(words);
      expect(
        a.map((m) => marked(m.entries)),
        q,
      ).toEqual(b.map((m) => marked(m.entries)));
      expect(
        a.map((m) => marked(m.titles)),
        q,
      ).toEqual(b.map((m) => marked(m.titles)));
    }
    // Sanity: the queries do match something, and not everything.
    const ng = warm.masks(queryWords('ngân'))[0]!;
    expect(marked(ng.entries).length).toBeGreaterThan(0);
    expect(marked(ng.entries).length).toBeLessThan(ng.entries.length);
  });

  it('builds the word index a slice at a time, and drops a build the library changed under', async () => {
    const records = library(40, 200, 3); // 8,000 entries: four slices
    const index = new LibraryIndex();
    index.apply(records);
    let pauses = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const building = index.prepare(async () => {
      pauses += 1;
      if (pauses === 2) await gate;
    });
    while (pauses < 2) await new Promise((r) => setTimeout(r, 0));
    // A document changes mid-build: a new entry with a word nothing else has.
    const fresh = encodeSearchRecord({ documentId: 'd0', rev: 1000, site: 'x', titleWords: '' }, [
      {
        id: 'new',
        createdAt: 5,
        updatedAt: 5,
        colour: 'yellow',
        tags: [],
        entityKeys: [],
        words: ' quetzal',
      },
    ]);
    index.apply([fresh]);
    release();
    await building;
    expect(pauses).toBeGreaterThan(3);
    const m = index.masks(['quetzal'])[0]!;
    const all = index.ordered('createdAt');
    expect(all.filter((e) => m.entries[e.at] === 1).map((e) => e.entry.id)).toEqual(['new']);
  });

  it('orders entries by the sort key, ties by id', () => {
    const index = new LibraryIndex();
    index.apply(library(30, 20, 11));
    const ordered = index.ordered('createdAt').map((e) => e.entry);
    const expected = [...ordered].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    expect(ordered.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(ordered.length).toBe(600);
  });
});

describe('WordIndex', () => {
  it('built in slices marks what the one-go build marks', async () => {
    const texts = library(10, 50, 5).flatMap((r) => r.words.split('\n'));
    const whole = await WordIndex.build(texts, () => Promise.resolve(), texts.length);
    const sliced = await WordIndex.build(texts, () => Promise.resolve(), 7);
    for (const q of ['ng', 'thu', 'đ', '']) {
      const a = new Uint8Array(texts.length);
      const b = new Uint8Array(texts.length);
      whole.mark(q, a);
      sliced.mark(q, b);
      expect(marked(b), q).toEqual(marked(a));
    }
  });
});

describe('libraryIndex', () => {
  it('reads every search record once however many ask at a time, then only the changed ones', async () => {
    const db = freshDb();
    await db.search.bulkPut(library(30, 5, 3));
    // Every whole-table read of `search`, and every catch-up read.
    let whole = 0;
    const toArray = db.search.toArray.bind(db.search);
    db.search.toArray = (() => {
      whole += 1;
      return toArray();
    }) as typeof db.search.toArray;
    // The side panel warms the index while the first search already asks for it.
    const [, page] = await Promise.all([
      warmLibraryIndex(db),
      queryLibrary(db, { text: 'ngân', limit: 5 }),
      queryLibrary(db, { tag: 'nhân sự', limit: 5 }),
    ]);
    expect(whole).toBe(1);
    expect(page.total).toBeGreaterThan(0);
    const index = await db.transaction('r', db.search, () => libraryIndex(db));
    expect(index.rev).toBe(30);
    // A record written later is read on its own, and found.
    const [extra] = library(1, 1, 9);
    await db.search.put({ ...extra!, documentId: 'new', rev: 31 });
    const again = await db.transaction('r', db.search, () => libraryIndex(db));
    expect(again.rev).toBe(31);
    expect(whole).toBe(1);
    db.close();
  });
});
