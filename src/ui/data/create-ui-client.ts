import { browser } from 'wxt/browser';
import { type ProtocolMap, type Reply, sendMessage } from '@/src/messaging/protocol';
import { hasImportToShow, type ImportSend, resumeImport, uploadImport } from './import-upload';
import type { UiClient } from './ui-client';
import { UiError } from './ui-error';

/** Unwraps a protocol reply into a value, or an Error carrying the background's message. */
function value<T>(reply: Reply<T>): T {
  if (reply.ok) return reply.value;
  throw new Error(reply.error.message);
}

/** Sends a message and unwraps its reply; a missing listener becomes a readable Error. */
async function call<K extends keyof ProtocolMap>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
  tabId?: number,
): Promise<ReturnType<ProtocolMap[K]> extends Reply<infer T> ? T : never> {
  const reply =
    tabId === undefined
      ? // biome-ignore lint/suspicious/noExplicitAny: the messenger's overloads do not narrow on a generic key.
        ((await (sendMessage as any)(type, data)) as Reply<unknown>)
      : await sendToTab(tabId, type, data);
  return value(reply) as never;
}

/**
 * Sends a protocol message to a tab's content script. @webext-core/messaging's tab sender passes a bare
 * callback to `tabs.sendMessage`, so a tab with no listener (still loading, or not a web page) makes
 * Chrome log "Unchecked runtime.lastError" in the side panel; the promise form rejects instead, and we
 * turn that into a readable error. Same envelope as the library's (`{ id, type, data, timestamp }` →
 * `{ res } | { err }`), so the content script's `onMessage` answers it unchanged.
 */
async function sendToTab(tabId: number, type: string, data: unknown): Promise<Reply<unknown>> {
  let answer: { res?: unknown; err?: { message?: string } } | undefined;
  try {
    answer = await browser.tabs.sendMessage(tabId, {
      id: Math.floor(Math.random() * 1e9),
      type,
      data,
      timestamp: Date.now(),
    });
  } catch {
    throw new UiError(
      'pageNotReady',
      'The page is not ready for Margin yet (still loading, or not a web page).',
    );
  }
  if (!answer) throw new UiError('pageNoAnswer', 'The page did not answer.');
  if (answer.err) throw new UiError('pageNoAnswer', answer.err.message ?? 'The page could not answer.');
  return answer.res as Reply<unknown>;
}

/** Reads `?tab=ID` (used when the popup is opened as a tab, where it has no "current tab"). */
function tabFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  const id = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

/**
 * The real {@link UiClient}: UI → background messages for writes, popup → tab messages for the
 * page, and the tabs / side panel APIs. `search` is the page's query string.
 */
// biome-ignore lint/suspicious/noExplicitAny: the messenger's overloads do not narrow on a generic key.
const sendImport: ImportSend = (type, data) => (sendMessage as any)(type, data);

export function createUiClient(search: string = globalThis.location?.search ?? ''): UiClient {
  const forcedTab = tabFromQuery(search);
  return {
    async currentTabId() {
      if (forcedTab !== null) return forcedTab;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    watchTab(onChange) {
      const onActivated = () => {
        if (forcedTab === null) onChange();
      };
      const onUpdated = (tabId: number, info: { url?: string; status?: string }) => {
        if ((forcedTab === null || tabId === forcedTab) && (info.url || info.status === 'complete'))
          onChange();
      };
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
      };
    },
    async tabUrl(tabId) {
      try {
        const tab = await browser.tabs.get(tabId);
        return tab.url ?? null;
      } catch {
        return null;
      }
    },
    getTabArticle: (tabId) => call('getTabArticle', undefined, tabId),
    analyseTab: (tabId) => call('analysePage', { force: true }, tabId),
    scrollToAnnotation: (tabId, id) => call('scrollToAnnotation', { id }, tabId),
    async openSidePanel(tabId) {
      // Chrome: sidePanel.open must be called synchronously inside the click (a user gesture).
      const chromeSidePanel = (browser as unknown as { sidePanel?: { open(o: object): Promise<void> } })
        .sidePanel;
      if (chromeSidePanel?.open) {
        if (tabId !== null) await chromeSidePanel.open({ tabId });
        else {
          const win = await browser.windows.getCurrent();
          await chromeSidePanel.open({ windowId: win.id });
        }
        return;
      }
      const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
      if (sidebar?.open) await sidebar.open();
    },
    async openUrl(url) {
      await browser.tabs.create({ url });
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
    async updateAnnotation(id, patch) {
      await call('updateAnnotation', { id, ...patch });
    },
    deleteAnnotation: (id) => call('deleteAnnotation', { id }),
    async restoreAnnotation(annotation) {
      await call('restoreAnnotation', { annotation });
    },
    async renameTag(from, to) {
      await call('renameTag', { from, to });
    },
    async mergeTags(from, into) {
      await call('mergeTags', { from: [from], into });
    },
    deleteTag: (name) => call('deleteTag', { name }),
    async restoreTag(undo) {
      await call('restoreTag', undo);
    },
    async setTagColour(name, colour) {
      await call('setTagColour', { name, colour });
    },
    async updateSettings(patch) {
      await call('updateSettings', patch);
    },
    async setSiteEnabled(site, enabled) {
      await call('setSiteEnabled', { site, enabled });
    },
    async forgetSite(site) {
      await call('forgetSite', { site, includeAnnotations: false });
    },
    importFile: (file, options) => uploadImport(file, { ...options, send: sendImport }),
    hasImportToShow: () => hasImportToShow(sendImport),
    resumeImport: (options) => resumeImport({ ...options, send: sendImport }),
  };
}
