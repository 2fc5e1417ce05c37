import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { NoteEditor } from '@/src/ui/components/NoteEditor';
import { I18nProvider } from '@/src/ui/i18n/i18n-context';
import { button, click, textOf, waitFor } from './helpers';

async function mount(onSave: (note: string) => Promise<void>) {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  await act(() =>
    render(
      <I18nProvider lang="en">
        <NoteEditor note="first" onSave={onSave} />
      </I18nProvider>,
      container,
    ),
  );
  return container;
}

async function key(el: Element, name: string, init: KeyboardEventInit = {}) {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, ...init }));
  });
}

describe('NoteEditor focus', () => {
  it('gives the focus back to "Edit note" after a save with Ctrl+Enter, and after Escape', async () => {
    const saved: string[] = [];
    const container = await mount(async (note) => {
      saved.push(note);
    });
    await click(button(container, 'Edit note'));
    const area = container.querySelector('textarea')!;
    await waitFor(() => expect(document.activeElement).toBe(area));
    await act(async () => {
      area.value = 'second';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await key(area, 'Enter', { ctrlKey: true });
    await waitFor(() => expect(container.querySelector('textarea')).toBeNull());
    expect(saved).toEqual(['second']);
    await waitFor(() => expect(textOf(document.activeElement)).toBe('Edit note'));

    await click(button(container, 'Edit note'));
    await key(container.querySelector('textarea')!, 'Escape');
    await waitFor(() => expect(textOf(document.activeElement)).toBe('Edit note'));
  });
});
