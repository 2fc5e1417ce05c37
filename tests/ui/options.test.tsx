import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MarginDatabase } from '@/src/storage/create-database';
import { createSettingsRepository } from '@/src/storage/settings-repository';
import { OptionsApp } from '@/src/ui/options/OptionsApp';
import { button, click, fakeClient, freshDb, renderUi, seed, textOf, waitFor } from './helpers';

let db: MarginDatabase;
beforeEach(() => {
  db = freshDb();
});

describe('OptionsApp', () => {
  it('switches the UI language live and persists it', async () => {
    const { client } = fakeClient(db);
    const { container } = await renderUi(<OptionsApp />, db, client);
    const select = await waitFor(() => {
      const s = container.querySelector('#ui-language') as HTMLSelectElement | null;
      expect(s).not.toBeNull();
      return s!;
    });
    await act(async () => {
      select.value = 'vi';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(textOf(container.querySelector('h1'))).toBe('Cài đặt Margin'));
    expect((await createSettingsRepository(db).get()).uiLanguage).toBe('vi');
  });

  it('applies the theme to the document', async () => {
    const { client } = fakeClient(db);
    const { container } = await renderUi(<OptionsApp />, db, client);
    const dark = await waitFor(() => {
      const r = container.querySelector('input[name="theme"][value="dark"]') as HTMLInputElement | null;
      expect(r).not.toBeNull();
      return r!;
    });
    await click(dark);
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });

  it('lists sites with article counts and forgets one after confirming', async () => {
    await seed(db);
    const { client, calls } = fakeClient(db);
    const { container } = await renderUi(<OptionsApp />, db, client);
    await waitFor(() => expect(container.querySelectorAll('.site-row').length).toBe(2));
    expect(textOf(container.querySelector('.site-list'))).toContain('vnexpress.net');
    await click(button(container, 'Forget vnexpress.net'));
    expect(textOf(container.querySelector('[role="alertdialog"]'))).toContain('Your annotations are kept');
    expect(calls.some((c) => c.name === 'forgetSite')).toBe(false);
    const confirm = container.querySelector('[role="alertdialog"] .btn-primary') as HTMLButtonElement;
    await click(confirm);
    expect(calls.find((c) => c.name === 'forgetSite')?.args[0]).toBe('vnexpress.net');
    await waitFor(() => expect(textOf(container)).toContain('vnexpress.net forgotten.'));
  });
});
