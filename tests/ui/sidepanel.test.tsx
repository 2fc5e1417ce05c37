import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MarginDatabase } from '@/src/storage/create-database';
import { SidePanelApp } from '@/src/ui/sidepanel/SidePanelApp';
import { button, click, fakeClient, freshDb, renderUi, seed, textOf, waitFor } from './helpers';

let db: MarginDatabase;
beforeEach(() => {
  db = freshDb();
});

async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function key(el: Element, name: string, init: KeyboardEventInit = {}) {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, ...init }));
  });
}

describe('side panel tabs', () => {
  it('is a tablist moved through with the arrow keys', async () => {
    await seed(db);
    const { client } = fakeClient(db);
    const { container } = await renderUi(<SidePanelApp />, db, client);
    const tabs = [...container.querySelectorAll('[role="tab"]')] as HTMLElement[];
    expect(tabs.map(textOf)).toEqual(['This page', 'Library', 'People & organisations', 'Tags']);
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    await key(tabs[0]!, 'ArrowRight');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Library'));
    const panel = container.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).toBe(document.activeElement?.id);
    await key(document.activeElement!, 'ArrowLeft');
    await key(document.activeElement!, 'ArrowLeft');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Tags'));
  });
});

describe('This page', () => {
  it('lists annotations in reading order, entities with titles, and scrolls to a passage', async () => {
    await seed(db);
    const { client, calls } = fakeClient(db);
    const { container } = await renderUi(<SidePanelApp />, db, client);
    await waitFor(() => expect(container.querySelectorAll('.annotation').length).toBe(2));
    const quotes = [...container.querySelectorAll('.annotation .quote')].map(textOf);
    expect(quotes).toEqual(['Nguyễn Văn Định', 'Ban Tổ chức Trung ương']);
    expect(textOf(container.querySelector('.entity-groups'))).toContain(
      'Phó Cục trưởng Cục Bảo vệ chính trị nội bộ',
    );
    expect(textOf(container.querySelector('.entity-groups'))).toContain('Dates (2)');
    await click(container.querySelector('.annotation .quote')!);
    expect(calls.find((c) => c.name === 'scrollToAnnotation')?.args[0]).toBe(7);
  });

  it('keeps orphaned annotations apart with a notice', async () => {
    const { a1 } = await seed(db);
    await db.annotations.update(a1.id, { anchorState: 'orphan' });
    const { client } = fakeClient(db);
    const { container } = await renderUi(<SidePanelApp />, db, client);
    const orphans = await waitFor(() => {
      const el = container.querySelector('.orphans');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(textOf(orphans)).toContain('Could not be found in the page');
    expect(textOf(orphans)).toContain('Ban Tổ chức Trung ương');
    expect(container.querySelectorAll('.annotation-list')[0]!.querySelectorAll('.annotation').length).toBe(1);
  });

  it('edits a note in place and shows the saved text live', async () => {
    await seed(db);
    const { client } = fakeClient(db);
    const { container } = await renderUi(<SidePanelApp />, db, client);
    await waitFor(() => button(container, 'Edit note'));
    await click(button(container, 'Edit note'));
    const area = container.querySelector('textarea')!;
    await type(area, 'Phó Cục trưởng, from 2024');
    await key(area, 'Enter', { ctrlKey: true });
    await waitFor(() => expect(textOf(container)).toContain('Phó Cục trưởng, from 2024'));
    expect(container.querySelector('textarea')).toBeNull();
  });

  it('deletes an annotation and undoes it', async () => {
    await seed(db);
    const { client } = fakeClient(db);
    const { container } = await renderUi(<SidePanelApp />, db, client);
    await waitFor(() => expect(container.querySelectorAll('.annotation').length).toBe(2));
    await click(button(container, 'Delete annotation'));
    await waitFor(() => expect(container.querySelectorAll('.annotation').length).toBe(1));
    await click(button(container, 'Undo'));
    await waitFor(() => expect(container.querySelectorAll('.annotation').length).toBe(2));
  });

  it('says when the page is not saved', async () => {
    const { client } = fakeClient(db, { tabUrl: async () => 'https://elsewhere.org/' });
    const { container } = await renderUi(<SidePanelApp />, db, client);
    await waitFor(() => expect(textOf(container)).toContain('Margin has not saved this page.'));
  });
});

describe('Library', () => {
  it('filters by tag and links each row to its passage', async () => {
    await seed(db);
    const { client } = fakeClient(db);
    const { container } = await renderUi(<SidePanelApp initialView="library" />, db, client);
    await waitFor(() => expect(textOf(container.querySelector('.result-count'))).toBe('3 annotations'));
    // The filter options are read once the filters are shown.
    const details = container.querySelector('.filter-details') as HTMLDetailsElement;
    expect((container.querySelectorAll('.filter-grid select')[0] as HTMLSelectElement).options.length).toBe(
      1,
    );
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    const tagSelect = await waitFor(() => {
      const s = container.querySelectorAll('.filter-grid select')[0] as HTMLSelectElement;
      expect(s.options.length).toBe(4);
      return s;
    });
    await act(async () => {
      tagSelect.value = 'theo dõi';
      tagSelect.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(textOf(container.querySelector('.result-count'))).toBe('1 annotation'));
    const link = container.querySelector('.lrow a') as HTMLAnchorElement;
    expect(link.href).toContain('https://vnexpress.net/bai-viet-1.html#:~:text=');
  });

  it('searches quotes, notes and titles, with or without diacritics', async () => {
    await seed(db);
    const { client } = fakeClient(db);
    const { container } = await renderUi(<SidePanelApp initialView="library" />, db, client);
    await waitFor(() => expect(textOf(container.querySelector('.result-count'))).toBe('3 annotations'));
    const search = container.querySelector('input[type="search"]') as HTMLInputElement;
    await type(search, 'budget');
    await waitFor(() => expect(textOf(container.querySelector('.result-count'))).toBe('1 annotation'));
    await type(search, 'nhiem vu'); // title words, typed without diacritics
    await waitFor(() => expect(textOf(container.querySelector('.result-count'))).toBe('2 annotations'));
    await type(search, 'zzz');
    await waitFor(() => expect(textOf(container)).toContain('Nothing matches these filters.'));
  });

  it('counts the saved articles after the first rows, and reads the list only when opened', async () => {
    await seed(db);
    const { client } = fakeClient(db);
    // Every whole-document read, by table method: the list must not be read while it is closed.
    let listReads = 0;
    const orderBy = db.documents.orderBy.bind(db.documents);
    db.documents.orderBy = ((index: string) => {
      if (index === 'lastVisitedAt') listReads += 1;
      return orderBy(index);
    }) as typeof db.documents.orderBy;
    const { container } = await renderUi(<SidePanelApp initialView="library" />, db, client);
    const summary = () => textOf(container.querySelector('.saved-articles summary'));
    await waitFor(() => expect(textOf(container.querySelector('.result-count'))).toBe('3 annotations'));
    await waitFor(() => expect(summary()).toBe('2 saved articles'));
    expect(container.querySelector('.saved-article-list')).toBeNull();
    expect(listReads).toBe(0);
    const details = container.querySelector('.saved-articles') as HTMLDetailsElement;
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    const titles = await waitFor(() => {
      const items = [...container.querySelectorAll('.saved-article-list a')].map(textOf);
      expect(items.length).toBe(2);
      return items;
    });
    expect(titles).toContain('Budget talks resume');
    expect(listReads).toBe(1);
  });

  it('shows the empty state with no annotations', async () => {
    const { client } = fakeClient(db);
    const { container } = await renderUi(<SidePanelApp initialView="library" />, db, client);
    await waitFor(() => expect(textOf(container)).toContain('No annotations yet.'));
  });

  it('shows the database error state when reads fail', async () => {
    await seed(db);
    // IndexedDB failing under the panel (quota, corruption, a blocked upgrade) surfaces as a
    // rejected read: simulate it on the annotations table.
    const broken = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop === 'annotations') throw new Error('UnknownError: Internal error opening backing store');
        return Reflect.get(target, prop, receiver);
      },
    });
    const { client } = fakeClient(db);
    const { container } = await renderUi(<SidePanelApp initialView="library" />, broken, client);
    await waitFor(() =>
      expect(textOf(container.querySelector('.state-error'))).toContain(
        'Margin could not read its database.',
      ),
    );
    expect(textOf(container.querySelector('.state-error'))).toContain('Internal error opening backing store');
    expect(button(container, 'Try again')).toBeTruthy();
  });
});

describe('People & organisations', () => {
  it('shows an official’s titles over time, articles and quotes', async () => {
    await seed(db);
    const { client } = fakeClient(db);
    const { container } = await renderUi(<SidePanelApp initialView="entities" />, db, client);
    await click(await waitFor(() => button(container, 'Details for Nguyễn Văn Định')));
    await waitFor(() => expect(textOf(container.querySelector('h2'))).toBe('Nguyễn Văn Định'));
    expect(textOf(container)).toContain('Phó Cục trưởng Cục Bảo vệ chính trị nội bộ');
    expect(textOf(container)).toContain('1 article · 1 site');
    expect(textOf(container.querySelector('.entity-quotes'))).toContain('Nguyễn Văn Định');
    expect(document.activeElement?.tagName).toBe('H2');
  });
});

describe('Tags', () => {
  it('lists counts, renames, and deletes with undo', async () => {
    await seed(db);
    const { client } = fakeClient(db);
    const { container } = await renderUi(<SidePanelApp initialView="tags" />, db, client);
    await waitFor(() => expect(container.querySelectorAll('.tag-row').length).toBe(3));
    expect(textOf(container.querySelector('.tag-row'))).toContain('nhân sự');
    expect(textOf(container.querySelector('.tag-row'))).toContain('2 annotations');

    const row = container.querySelectorAll('.tag-row')[0]!;
    await click(button(row, 'Rename'));
    await type(row.querySelector('input[type="text"]') as HTMLInputElement, 'personnel');
    await act(async () => {
      row.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await waitFor(() => expect(textOf(container)).toContain('personnel'));
    expect(await db.annotations.where('tags').equals('personnel').count()).toBe(2);

    await click(button(container, 'Delete tag economy'));
    await waitFor(() => expect(container.querySelectorAll('.tag-row').length).toBe(2));
    await click(button(container, 'Undo'));
    await waitFor(() => expect(container.querySelectorAll('.tag-row').length).toBe(3));
  });
});
