import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '@/src/messaging/protocol';
import { ImportFailure, type ImportStage } from '@/src/ui/data/import-upload';
import type { UiClient } from '@/src/ui/data/ui-client';
import { ImportPanel } from '@/src/ui/sidepanel/ImportPanel';
import { button, click, fakeClient, freshDb, renderUi, textOf, waitFor } from './helpers';

/** A client whose import the test drives: it reports stages and ends when told. */
function drivenImport() {
  let report: (s: ImportStage) => void = () => {};
  let signal: AbortSignal | undefined;
  let settle: { resolve(r: ImportResult): void; reject(e: unknown): void } | undefined;
  const importFile: UiClient['importFile'] = (_file, options) => {
    report = (s) => act(() => options.onProgress?.(s));
    signal = options.signal;
    return new Promise((resolve, reject) => {
      settle = { resolve, reject };
      options.signal?.addEventListener('abort', () =>
        reject(new ImportFailure('cancelled', 'The import was cancelled.')),
      );
    });
  };
  return {
    importFile,
    report: (s: ImportStage) => report(s),
    signal: () => signal,
    finish: async (r: ImportResult) => act(async () => settle?.resolve(r)),
    fail: async (e: unknown) => act(async () => settle?.reject(e)),
  };
}

async function choose(container: Element, text = '{"format":"margin-backup"}') {
  const input = container.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json')], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const progressBar = (c: Element) => c.querySelector('progress') as HTMLProgressElement | null;

describe('ImportPanel', () => {
  it('shows each stage with a progress bar, cancel until writing, then the summary', async () => {
    const db = freshDb();
    const driven = drivenImport();
    const { client } = fakeClient(db, { importFile: driven.importFile });
    const { container } = await renderUi(<ImportPanel />, db, client);
    await choose(container);

    await waitFor(() => expect(textOf(container)).toContain('Reading the file…'));
    expect(progressBar(container)?.hasAttribute('value')).toBe(false); // indeterminate
    expect((container.querySelector('input[type=file]') as HTMLInputElement).disabled).toBe(true);

    driven.report({ stage: 'sending', sentBytes: 4_000_000, totalBytes: 9_000_000 });
    await waitFor(() => expect(textOf(container)).toContain('Loading the file (it stays on this computer)…'));
    const bar = progressBar(container);
    expect(bar?.getAttribute('value')).toBe('4000000');
    expect(bar?.getAttribute('max')).toBe('9000000');
    expect(bar?.getAttribute('aria-valuetext')).toBe('4.0 of 9.0 MB');
    expect(bar?.getAttribute('aria-labelledby')).toBe('import-stage');
    expect(container.querySelector('#import-stage')?.getAttribute('role')).toBe('status');
    const cancel = button(container, 'Cancel import');
    expect(cancel.type).toBe('button');

    driven.report({ stage: 'checking' });
    await waitFor(() => expect(textOf(container)).toContain('Checking the file…'));
    driven.report({ stage: 'writing', done: 2000, total: 5000 });
    await waitFor(() => expect(textOf(container)).toContain('2,000 of 5,000 annotations'));
    expect(() => button(container, 'Cancel import')).toThrow();

    await driven.finish({
      summary: { documents: { added: 3, updated: 1 }, annotations: { added: 4999, updated: 1 } },
      skipped: ['annotations[7]: its document is nowhere'],
      warnings: [],
      empty: false,
    });
    await waitFor(() => expect(textOf(container)).toContain('Imported 5,000 annotations.'));
    expect(textOf(container)).toContain('Articles: 3 new, 1 updated. Annotations: 4,999 new, 1 updated.');
    expect(textOf(container)).toContain('annotations[7]: its document is nowhere');
    expect(progressBar(container)).toBeNull();
    expect((container.querySelector('input[type=file]') as HTMLInputElement).disabled).toBe(false);
  });

  it('keeps the import going, and its result, when the drawer is closed and opened again', async () => {
    const db = freshDb();
    const driven = drivenImport();
    const { client } = fakeClient(db, { importFile: driven.importFile });
    const first = await renderUi(<ImportPanel />, db, client);
    await choose(first.container);
    driven.report({ stage: 'checking' });
    await first.unmount();
    expect(driven.signal()?.aborted).toBe(false);
    const again = await renderUi(<ImportPanel />, db, client);
    await waitFor(() => expect(textOf(again.container)).toContain('Checking the file…'));
    await driven.finish({
      summary: { annotations: { added: 1, updated: 0 } },
      skipped: [],
      warnings: [],
      empty: false,
    });
    await waitFor(() => expect(textOf(again.container)).toContain('Imported 1 annotation.'));
  });

  it('cancels with the Cancel button and says nothing was imported', async () => {
    const db = freshDb();
    const driven = drivenImport();
    const { client } = fakeClient(db, { importFile: driven.importFile });
    const { container } = await renderUi(<ImportPanel />, db, client);
    await choose(container);
    driven.report({ stage: 'sending', sentBytes: 1, totalBytes: 10 });
    await click(button(container, 'Cancel import'));
    expect(driven.signal()?.aborted).toBe(true);
    await waitFor(() => expect(textOf(container)).toContain('Import cancelled; nothing was imported.'));
  });

  it('says plainly when the background stopped, and shows the file’s problems as the background named them', async () => {
    const db = freshDb();
    const driven = drivenImport();
    const { client } = fakeClient(db, { importFile: driven.importFile });
    const { container } = await renderUi(<ImportPanel />, db, client);
    await choose(container);
    await driven.fail(new ImportFailure('interrupted', 'Could not establish connection.'));
    await waitFor(() =>
      expect(textOf(container.querySelector('[role=alert]'))).toContain(
        'Margin stopped before the import finished',
      ),
    );

    await choose(container);
    await driven.fail(
      new ImportFailure('lost', 'Margin stopped before this import finished, so nothing was imported.'),
    );
    await waitFor(() =>
      expect(textOf(container.querySelector('[role=alert]'))).toBe(
        'Margin stopped before this import finished, so nothing was imported.',
      ),
    );

    await choose(container);
    await driven.fail(
      new ImportFailure('refused', 'The file cannot be imported: not valid JSON at line 4, column 19: …'),
    );
    await waitFor(() =>
      expect(textOf(container.querySelector('[role=alert]'))).toBe(
        'Nothing was imported: The file cannot be imported: not valid JSON at line 4, column 19: …',
      ),
    );
  });

  it('refuses a file over the size limit before sending anything', async () => {
    const db = freshDb();
    const { client, calls } = fakeClient(db);
    const { container } = await renderUi(<ImportPanel />, db, client);
    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 300 * 1024 * 1024 });
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(textOf(container)).toContain('Margin imports files of up to 256 MB'));
    expect(calls.map((c) => c.name)).not.toContain('importFile');
  });
});
