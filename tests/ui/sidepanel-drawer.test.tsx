import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SidePanelApp } from '@/src/ui/sidepanel/SidePanelApp';
import { button, click, fakeClient, freshDb, renderUi, textOf, waitFor } from './helpers';

describe('Export / Import drawer', () => {
  it('loads its contents when first opened, and keeps them when closed and opened again', async () => {
    const db = freshDb();
    const { client } = fakeClient(db);
    const { container } = await renderUi(<SidePanelApp />, db, client);
    const toggle = button(container, 'Export / Import');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('#export-import')).toBeNull();

    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const drawer = await waitFor(() => {
      const el = container.querySelector('#export-import');
      expect(textOf(el)).toContain('Download');
      return el!;
    });
    expect(drawer.querySelector('input[type="file"]')).not.toBeNull();

    await click(toggle);
    expect(container.querySelector('#export-import')).toBeNull();
    await click(toggle);
    // Already loaded: no loading line in between.
    expect(textOf(container.querySelector('#export-import'))).toContain('Download');
  });
});

describe('an import whose panel was closed', () => {
  it('opens the drawer on it when the panel opens, shows its progress, then its result', async () => {
    const db = freshDb();
    let finish: () => void = () => undefined;
    let resumed = 0;
    const { client } = fakeClient(db, {
      hasImportToShow: async () => true,
      resumeImport: async ({ onProgress }) => {
        resumed += 1;
        onProgress?.({ stage: 'writing', done: 40, total: 120 });
        await new Promise<void>((resolve) => {
          finish = resolve;
        });
        return {
          summary: { annotations: { added: 120, updated: 0 } },
          skipped: [],
          warnings: [],
          empty: false,
        };
      },
    });
    const { container } = await renderUi(<SidePanelApp />, db, client);
    await waitFor(() =>
      expect(textOf(container.querySelector('#export-import'))).toContain('40 of 120 annotations'),
    );
    expect(button(container, 'Export / Import').getAttribute('aria-expanded')).toBe('true');
    finish();
    await waitFor(() =>
      expect(textOf(container.querySelector('#export-import'))).toContain('Imported 120 annotations.'),
    );
    expect(resumed).toBe(1);
  });

  it('leaves the drawer closed when there is none', async () => {
    const db = freshDb();
    const { client, calls } = fakeClient(db);
    const { container } = await renderUi(<SidePanelApp />, db, client);
    await waitFor(() => expect(calls.some((c) => c.name === 'hasImportToShow')).toBe(true));
    expect(container.querySelector('#export-import')).toBeNull();
  });
});
