import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnnotationRepository } from '@/src/storage/annotation-repository';
import type { MarginDatabase } from '@/src/storage/create-database';
import { createSettingsRepository } from '@/src/storage/settings-repository';
import { PopupApp } from '@/src/ui/popup/PopupApp';
import { articleState, button, click, fakeClient, freshDb, renderUi, seed, textOf, waitFor } from './helpers';

let db: MarginDatabase;
beforeEach(() => {
  db = freshDb();
});

describe('PopupApp', () => {
  it('shows the article, its counts, this page’s annotations and opens the side panel', async () => {
    const { d1 } = await seed(db);
    const { client, calls } = fakeClient(db, {
      getTabArticle: async () => articleState({ documentId: d1.id }),
    });
    const { container } = await renderUi(<PopupApp />, db, client);
    await waitFor(() => expect(textOf(container.querySelector('h1'))).toContain('Nguyễn Văn Định'));
    expect(textOf(container)).toContain('VnExpress');
    expect(textOf(container)).toContain('By Hoài Thu');
    expect(textOf(container)).toContain('April 24, 2024');
    const officials = button(container, 'Officials').closest('li')!;
    expect(textOf(officials.querySelector('.kind-count'))).toContain('3');
    await waitFor(() => expect(textOf(container)).toContain('2 annotations on this page'));

    // A new annotation made in the page shows up live.
    await act(async () => {
      await createAnnotationRepository(db).create({
        documentId: d1.id,
        selectors: [{ type: 'TextQuoteSelector', exact: 'mới', prefix: '', suffix: '' }],
        quote: 'mới',
      });
    });
    await waitFor(() => expect(textOf(container)).toContain('3 annotations on this page'));

    await click(button(container, 'Open side panel'));
    expect(calls.some((c) => c.name === 'openSidePanel' && c.args[0] === 7)).toBe(true);
  });

  it('toggles a kind and the site, persisting settings', async () => {
    const { client, calls } = fakeClient(db);
    const { container } = await renderUi(<PopupApp />, db, client);
    const dates = await waitFor(() => button(container, 'Dates'));
    expect(dates.getAttribute('aria-checked')).toBe('true');
    await click(dates);
    await waitFor(() => expect(button(container, 'Dates').getAttribute('aria-checked')).toBe('false'));
    expect(calls.find((c) => c.name === 'updateSettings')?.args[0]).toEqual({ entityKinds: { date: false } });

    await click(button(container, 'Use Margin on vnexpress.net'));
    await waitFor(() =>
      expect(textOf(container)).toContain('Margin is off on vnexpress.net: turn it back on below.'),
    );
    expect(button(container, 'Officials').disabled).toBe(true);
  });

  it('offers “Analyse this page” on a non-article and shows the result', async () => {
    const { client, calls } = fakeClient(db, {
      getTabArticle: async () => ({
        status: 'not-article',
        counts: { official: 0, person: 0, org: 0, date: 0 },
        annotationCount: 0,
      }),
    });
    const { container } = await renderUi(<PopupApp />, db, client);
    await waitFor(() => expect(textOf(container)).toContain('This page does not look like an article.'));
    expect(container.querySelector('.kind-count')).toBeNull();
    await click(button(container, 'Analyse this page'));
    await waitFor(() => expect(textOf(container.querySelector('h1'))).toContain('Nguyễn Văn Định'));
    expect(calls.some((c) => c.name === 'analyseTab')).toBe(true);
  });

  it('explains when the tab cannot be reached', async () => {
    const { client } = fakeClient(db, {
      getTabArticle: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    const { container } = await renderUi(<PopupApp />, db, client);
    await waitFor(() => expect(textOf(container)).toContain('Margin cannot read this page.'));
  });

  it('speaks Vietnamese when the setting says so', async () => {
    await createSettingsRepository(db).update({ uiLanguage: 'vi' });
    const { client } = fakeClient(db);
    const { container } = await renderUi(<PopupApp />, db, client);
    await waitFor(() => expect(textOf(container)).toContain('Đăng ngày 24 tháng 4, 2024'));
    expect(textOf(container)).toContain('Mở bảng bên');
    expect(document.documentElement.lang).toBe('vi');
  });
});
