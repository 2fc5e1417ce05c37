import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Library } from '@/src/core/export/library';
import { EXPORT_FORMATS } from '@/src/ui/data/export/formats';
import { EMPTY_FILTER } from '@/src/ui/data/library-filter';
import { ExportPanel } from '@/src/ui/sidepanel/ExportPanel';
import { button, fakeClient, freshDb, renderUi, seed, textOf } from './helpers';

afterEach(() => vi.restoreAllMocks());

describe('ExportPanel', () => {
  it('shows reading, then writing the file, then where the file went', async () => {
    const db = freshDb();
    await seed(db);
    const { client } = fakeClient(db);
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:margin-test';
    });
    const markdown = EXPORT_FORMATS.find((f) => f.id === 'markdown')!;
    const render = markdown.render!;
    const seenWhileWriting: string[] = [];
    const { container } = await renderUi(<ExportPanel filter={EMPTY_FILTER} />, db, client);
    vi.spyOn(markdown, 'render').mockImplementation((library: Library, now: Date) => {
      // What the reader sees while the file is being written.
      seenWhileWriting.push(textOf(container.querySelector('.progress')));
      return render(library, now);
    });
    // Not inside act(): it would hold every render back until the export ended.
    button(container, 'Download').click();
    // Polled without act() too, so Preact renders as it does in a page, between the export's steps.
    const started = Date.now();
    while (!container.querySelector('.status') && Date.now() - started < 4000) {
      await new Promise((r) => setTimeout(r, 15));
    }
    const status = container.querySelector('.status');
    expect(seenWhileWriting).toHaveLength(1);
    expect(seenWhileWriting[0]).toMatch(/Writing the file \(\d+ annotations\)/);
    expect(textOf(status)).toMatch(/^Saved margin-all-\d{4}-\d{2}-\d{2}\.md\.$/);
    expect(container.querySelector('.progress')).toBeNull();
    expect(await created[0]!.text()).toContain('Ban Tổ chức Trung ương');
  });
});
