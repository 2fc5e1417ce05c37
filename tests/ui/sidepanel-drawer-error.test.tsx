import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '@/src/ui/sidepanel/SidePanelApp';
import { button, click, fakeClient, freshDb, renderUi, textOf, waitFor } from './helpers';

// The drawer's chunk fails to load, as it does when the extension was updated under an open panel.
let fail = true;
vi.mock('@/src/ui/sidepanel/TransferDrawer', async (original) => {
  if (fail) throw new Error('Failed to fetch dynamically imported module');
  return original();
});

describe('Export / Import drawer whose code cannot load', () => {
  it('says so in plain words, and Try again loads it once it can', async () => {
    const db = freshDb();
    const { client } = fakeClient(db);
    const { container } = await renderUi(<SidePanelApp />, db, client);
    await click(button(container, 'Export / Import'));
    const alert = await waitFor(() => {
      const el = container.querySelector('#export-import [role="alert"]');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(textOf(alert)).toContain('could not be loaded');
    expect(textOf(alert)).toContain('close and reopen the panel');
    fail = false;
    await click(button(container, 'Try again'));
    await waitFor(() => expect(textOf(container.querySelector('#export-import'))).toContain('Download'));
  });
});
