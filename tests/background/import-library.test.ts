// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/src/background/handlers';
import { exportBackup } from '@/src/core/export/backup';
import { storedAnnotationCount } from '@/src/storage/annotation-count';
import { queryLibrary } from '@/src/storage/library-query';
import { readLibrary } from '@/src/storage/library-transfer';
import { uploadImport } from '@/src/ui/data/import-upload';
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

/** Imports `text` through the handlers as the side panel does (in parts), from an extension page. */
function importText(h: ReturnType<typeof createHandlers>, text: string) {
  return uploadImport(new Blob([text]), {
    // biome-ignore lint/suspicious/noExplicitAny: a test's direct line to the handlers.
    send: (type, data) => (h[type] as any)(data, UI),
    pollMs: 1,
  });
}

describe('importing a file through the chunked messages', () => {
  it('restores a JSON backup losslessly and idempotently, searchable at once', async () => {
    const source = await seeded();
    const text = exportBackup(await readLibrary(source), '2025-01-01T00:00:00Z');
    const target = freshDb();
    const h = createHandlers(target, { extensionOrigin: ORIGIN });
    const first = await importText(h, text);
    expect(first).toMatchObject({ empty: false, summary: { annotations: { added: 1 } } });
    const [a, b] = [await readLibrary(source), await readLibrary(target)];
    expect(b.annotations).toEqual(a.annotations);
    expect(b.documents).toEqual(a.documents);
    expect(b.mentions).toEqual(a.mentions);
    expect(await storedAnnotationCount(target)).toBe(1);
    expect((await queryLibrary(target, { text: 'pho cuc' })).total).toBe(1);
    expect(await importText(h, text)).toMatchObject({ empty: true });
  });

  it('refuses a bad file with its problems named, writing nothing', async () => {
    const db = freshDb();
    const h = createHandlers(db, { extensionOrigin: ORIGIN });
    await expect(
      importText(h, '{"format":"margin-backup","schemaVersion":1,"annotations":"x"}'),
    ).rejects.toMatchObject({ kind: 'refused', message: expect.stringContaining('cannot be imported') });
    expect(await db.documents.count()).toBe(0);
  });

  it('answers import messages from extension pages only', async () => {
    const h = createHandlers(freshDb(), { extensionOrigin: ORIGIN });
    const content = { url: VN, tab: { id: 1 } };
    expect(await h.importBegin({ bytes: 2 }, content)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await h.importStatus({ job: 'x' }, content)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
