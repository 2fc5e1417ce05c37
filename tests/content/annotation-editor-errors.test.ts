import { describe, expect, it, vi } from 'vitest';
import { contentStrings } from '@/src/content/content-strings';
import { createAnnotationEditor } from '@/src/content/toolbar/annotation-editor';

const rect = { left: 10, top: 10, right: 100, bottom: 30, width: 90, height: 20 } as DOMRect;

function open(save: () => Promise<void>) {
  const editor = createAnnotationEditor(document, contentStrings('en'), {
    save,
    copyCitation: async () => {},
    tagSuggestions: async () => [],
  });
  editor.open(rect, { colour: 'yellow', note: '', tags: [] });
  const root = document.querySelector('margin-ui')!.shadowRoot!;
  return { editor, root };
}

describe('annotation editor when the database cannot be written', () => {
  it('says why, keeps the draft, and lets the reader try again', async () => {
    const save = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error('QuotaExceededError: the disk is full'))
      .mockResolvedValueOnce(undefined);
    const { editor, root } = open(save);
    (root.querySelector('button:not(.swatch)') as HTMLButtonElement).click(); // "Note / Tags"
    const note = root.querySelector('textarea')!;
    note.value = 'ghi chú <b>quan trọng</b>';
    const saveButton = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save')!;
    saveButton.click();
    await vi.waitFor(() => expect(root.querySelector('.status')!.textContent).toContain('Could not save'));
    const status = root.querySelector('.status') as HTMLElement;
    expect(status.textContent).toContain('the disk is full');
    expect(status.dataset.error).toBe('true');
    expect(status.querySelector('b')).toBeNull(); // messages are text, never markup
    expect(root.querySelector('textarea')!.value).toBe('ghi chú <b>quan trọng</b>'); // nothing lost
    saveButton.click();
    await vi.waitFor(() => expect(root.querySelector('.status')!.textContent).toBe('Saved'));
    expect(save).toHaveBeenCalledTimes(2);
    editor.dispose();
  });
});
