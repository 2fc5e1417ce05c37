import { beforeEach, describe, expect, it } from 'vitest';
import type { MarginDatabase } from '@/src/storage/create-database';
import { createDocumentRepository } from '@/src/storage/document-repository';
import { freshDb } from './fresh-db';

let db: MarginDatabase;
let docs: ReturnType<typeof createDocumentRepository>;
beforeEach(() => {
  db = freshDb();
  docs = createDocumentRepository(db);
});

describe('document repository', () => {
  it('finds the same article by any URL variant and merges new variants', async () => {
    const a = await docs.upsert(
      {
        visited: 'https://m.example.vn/bai-1.html?utm_source=fb',
        canonical: 'https://example.vn/bai-1.html',
        title: 'Tiêu đề',
      },
      100,
    );
    expect(a.urls).toEqual(['https://example.vn/bai-1.html', 'https://m.example.vn/bai-1.html']);
    expect(a.site).toBe('example.vn');
    const b = await docs.upsert({ visited: 'https://example.vn/bai-1.html#comments', title: 'Tiêu đề' }, 200);
    expect(b.id).toBe(a.id);
    expect(b.firstVisitedAt).toBe(100);
    expect(b.lastVisitedAt).toBe(200);
    expect(await db.documents.count()).toBe(1);
    expect((await docs.findByPage({ visited: 'https://m.example.vn/bai-1.html?fbclid=1' }))?.id).toBe(a.id);
  });

  it('stores NFC text and keeps metadata a later visit does not give', async () => {
    const nfd = 'Nguyễn Văn Định'.normalize('NFD');
    const a = await docs.upsert(
      { visited: 'https://e.vn/x', title: nfd, byline: 'Hà An', text: nfd, textHash: 'h1' },
      1,
    );
    expect(a.title).toBe('Nguyễn Văn Định'.normalize('NFC'));
    // The text is kept apart from the document (schema v3): lists of documents never read it.
    expect(a.text).toBeUndefined();
    expect((await db.documents.get(a.id))?.text).toBeUndefined();
    expect(await db.texts.get(a.id)).toEqual({ documentId: a.id, text: a.title });
    const b = await docs.upsert({ visited: 'https://e.vn/x', title: '', textHash: 'h2' }, 2);
    expect(b).toMatchObject({ title: a.title, byline: 'Hà An', textHash: 'h2' });
    // A visit without a text keeps the stored one; a new text replaces it.
    expect((await db.texts.get(a.id))?.text).toBe(a.title);
    await docs.upsert({ visited: 'https://e.vn/x', title: '', text: 'Bài đã sửa' }, 3);
    expect((await db.texts.get(a.id))?.text).toBe('Bài đã sửa');
  });

  it('refuses a page without an http(s) URL', async () => {
    await expect(docs.upsert({ visited: 'chrome://newtab', title: 'x' })).rejects.toThrow(/http/);
  });

  it('lists most recently visited first, paginated, and by site', async () => {
    for (let i = 0; i < 5; i++)
      await docs.upsert({ visited: `https://s${i % 2}.vn/${i}`, title: `T${i}` }, i);
    expect((await docs.list({ limit: 2 })).map((d) => d.title)).toEqual(['T4', 'T3']);
    expect((await docs.list({ offset: 2, limit: 2 })).map((d) => d.title)).toEqual(['T2', 'T1']);
    expect((await docs.list({ site: 's1.vn' })).map((d) => d.title)).toEqual(['T3', 'T1']);
  });
});
