import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/src/background/handlers';
import { exportBackup } from '@/src/core/export/backup';
import { storedAnnotationCount } from '@/src/storage/annotation-count';
import { queryLibrary } from '@/src/storage/library-query';
import { readLibrary } from '@/src/storage/library-transfer';
import { freshDb } from '../storage/fresh-db';

const ORIGIN = 'chrome-extension://test-extension-id/';
const UI = { url: `${ORIGIN}sidepanel.html` };
const VN = 'https://vnexpress.net/ky-luat-1.html';

async function seeded() {
  const db = freshDb();
  const h = createHandlers(db, { extensionOrigin: ORIGIN });
  await h.pageAnalysed(
    {
      article: { url: VN, title: 'Kỷ luật Phó Cục trưởng', text: 'Ông Nguyễn Văn Định' },
      mentions: [
        {
          kind: 'official',
          key: 'k',
          name: 'Nguyễn Văn Định',
          titles: ['Phó Cục trưởng'],
          count: 1,
          firstPosition: 4,
          context: '',
        },
      ],
    },
    { url: VN },
  );
  await h.createAnnotation(
    {
      page: { url: VN, title: 'Kỷ luật Phó Cục trưởng' },
      selectors: [{ type: 'TextQuoteSelector', exact: 'Định', prefix: 'Văn ', suffix: '' }],
      quote: 'Định',
      tags: ['nhân sự'],
    },
    { url: VN },
  );
  return db;
}

describe('importLibrary', () => {
  it('restores a JSON backup losslessly and idempotently, searchable at once', async () => {
    const source = await seeded();
    const text = exportBackup(await readLibrary(source), '2025-01-01T00:00:00Z');
    const target = freshDb();
    const h = createHandlers(target, { extensionOrigin: ORIGIN });
    const first = await h.importLibrary({ text, format: 'margin-backup' }, UI);
    expect(first).toMatchObject({
      ok: true,
      value: { empty: false, summary: { annotations: { added: 1 } } },
    });
    const [a, b] = [await readLibrary(source), await readLibrary(target)];
    expect(b.annotations).toEqual(a.annotations);
    expect(b.documents).toEqual(a.documents);
    expect(b.mentions).toEqual(a.mentions);
    expect(await storedAnnotationCount(target)).toBe(1);
    expect((await queryLibrary(target, { text: 'pho cuc' })).total).toBe(1);
    expect(await h.importLibrary({ text, format: 'margin-backup' }, UI)).toMatchObject({
      ok: true,
      value: { empty: true },
    });
  });

  it('refuses a bad file with its problems named, writing nothing, and only from extension pages', async () => {
    const db = freshDb();
    const h = createHandlers(db, { extensionOrigin: ORIGIN });
    const bad = await h.importLibrary(
      { text: '{"format":"margin-backup","schemaVersion":1,"annotations":"x"}', format: 'margin-backup' },
      UI,
    );
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringContaining('cannot be imported') },
    });
    expect(await db.documents.count()).toBe(0);
    expect(
      await h.importLibrary({ text: '{}', format: 'margin-backup' }, { url: VN, tab: { id: 1 } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
