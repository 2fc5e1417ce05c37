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
