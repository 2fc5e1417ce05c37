import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MENU_ANALYSE, MENU_HIGHLIGHT } from '@/src/background/context-menus';
import { startBackground } from '@/src/background/start-background';
import { createDatabase } from '@/src/storage/create-database';

type Listener = (...args: unknown[]) => unknown;

/** The fake browser leaves these APIs unimplemented (they throw); record calls instead. */
function stubBrowser() {
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  const listeners: Record<string, Listener> = {};
  const created: { id: string; contexts: string[] }[] = [];
  b.contextMenus = {
    removeAll: vi.fn(async () => {}),
    create: vi.fn((item: { id: string; contexts: string[] }) => created.push(item)),
    onClicked: { addListener: (l: Listener) => (listeners.menu = l), removeListener: vi.fn() },
  };
  b.commands = {
    onCommand: { addListener: (l: Listener) => (listeners.command = l), removeListener: vi.fn() },
  };
  const sidePanel = { open: vi.fn(async () => {}), setPanelBehavior: vi.fn(async () => {}) };
  b.sidePanel = sidePanel;
  const tabMessages: { tabId: number; type: string; data: unknown }[] = [];
  b.tabs!.sendMessage = vi.fn(
    (
      tabId: number,
      message: { type: string; data: unknown },
      _opts: unknown,
      reply: (r: unknown) => void,
    ) => {
      tabMessages.push({ tabId, type: message.type, data: message.data });
      reply({ res: { ok: true, value: null } });
    },
  );
  // The messenger registers one runtime.onMessage listener; capture it to call it as Chrome would.
  const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  return { listeners, created, sidePanel, tabMessages, addListener };
}

function send(listener: Listener, type: string, data: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve) => {
    const async = listener({ id: 1, type, data, timestamp: Date.now() }, sender, resolve);
    expect(async).toBe(true);
  });
}

let dispose: () => void = () => {};
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => dispose());

describe('startBackground', () => {
  it('answers protocol messages through runtime.onMessage with checked senders', async () => {
    const stubs = stubBrowser();
    ({ dispose } = startBackground({ db: createDatabase(`bg-${crypto.randomUUID()}`) }));
    const listener = stubs.addListener.mock.calls[0]?.[0] as Listener;
    expect(listener).toBeTypeOf('function');
    const ui = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
    const page = { id: fakeBrowser.runtime.id, url: 'https://vnexpress.net/a.html', tab: { id: 3 } };

    expect(await send(listener, 'getTagNames', undefined, page)).toEqual({ res: { ok: true, value: [] } });
    const created = (await send(
      listener,
      'createAnnotation',
      {
        page: { url: 'https://vnexpress.net/a.html', title: 'T' },
        selectors: [{ type: 'TextQuoteSelector', exact: 'q', prefix: '', suffix: '' }],
        quote: 'q',
        tags: ['x'],
      },
      page,
    )) as { res: { ok: boolean } };
    expect(created.res.ok).toBe(true);
    expect(await send(listener, 'deleteTag', { name: 'x' }, page)).toMatchObject({
      res: { ok: false, error: { code: 'forbidden' } },
    });
    expect(await send(listener, 'deleteTag', { name: 'x' }, ui)).toMatchObject({ res: { ok: true } });
  });

  it('installs the context menus and routes clicks to the tab', async () => {
    const stubs = stubBrowser();
    ({ dispose } = startBackground({ db: createDatabase(`bg-${crypto.randomUUID()}`) }));
    await vi.waitFor(() => expect(stubs.created.length).toBe(2));
    expect(stubs.created).toEqual([
      expect.objectContaining({
        id: MENU_HIGHLIGHT,
        title: 'Highlight with Margin',
        contexts: ['selection'],
      }),
      expect.objectContaining({
        id: MENU_ANALYSE,
        title: 'Analyse this page with Margin',
        contexts: ['page'],
      }),
    ]);
    stubs.listeners.menu?.({ menuItemId: MENU_ANALYSE }, { id: 7 });
    stubs.listeners.menu?.({ menuItemId: MENU_HIGHLIGHT }, { id: 8 });
    await vi.waitFor(() => expect(stubs.tabMessages.length).toBe(2));
    expect(stubs.tabMessages).toEqual([
      { tabId: 7, type: 'analysePage', data: { force: true } },
      { tabId: 8, type: 'highlightSelection', data: {} },
    ]);
  });

  it('opens the side panel and highlights the selection from keyboard commands', async () => {
    const stubs = stubBrowser();
    ({ dispose } = startBackground({ db: createDatabase(`bg-${crypto.randomUUID()}`) }));
    expect(stubs.sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
    stubs.listeners.command?.('open-side-panel', { id: 4, windowId: 9 });
    expect(stubs.sidePanel.open).toHaveBeenCalledWith({ windowId: 9 });
    stubs.listeners.command?.('highlight-selection', { id: 4, windowId: 9 });
    await vi.waitFor(() =>
      expect(stubs.tabMessages).toEqual([{ tabId: 4, type: 'highlightSelection', data: {} }]),
    );
  });
});
