import { browser } from 'wxt/browser';

type ChromeSidePanel = {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
};
type FirefoxSidebar = { open(): Promise<void> };

function sidePanelApi(): ChromeSidePanel | undefined {
  return (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
}

function sidebarApi(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

/** The toolbar button opens the popup, not the panel (Chrome); the panel opens from the popup or a key. */
export function configureSidePanel(): void {
  sidePanelApi()
    ?.setPanelBehavior({ openPanelOnActionClick: false })
    .catch((e: unknown) => console.warn('[margin] side panel behaviour', e));
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) for a tab's window. Both APIs only work inside a user
 * gesture, so call this synchronously from the command or click handler, before any `await`.
 */
export function openSidePanel(tab: { id?: number; windowId?: number } | undefined): Promise<void> {
  const chrome = sidePanelApi();
  if (chrome) {
    if (tab?.windowId !== undefined) return chrome.open({ windowId: tab.windowId });
    if (tab?.id !== undefined) return chrome.open({ tabId: tab.id });
    return Promise.reject(new Error('No window to open the side panel in.'));
  }
  const firefox = sidebarApi();
  if (firefox) return firefox.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}
