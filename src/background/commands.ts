import { browser } from 'wxt/browser';
import { openSidePanel } from './side-panel';
import { highlightInTab } from './tab-messages';

type Tab = { id?: number; windowId?: number };

/**
 * Handles the keyboard commands declared in wxt.config.ts: `open-side-panel` and `highlight-selection`.
 *
 * @returns a function that removes the listener
 */
export function installCommands(): () => void {
  const onCommand = (command: string, tab?: Tab) => {
    if (command === 'open-side-panel') {
      // No await before open(): the gesture must still be active.
      openSidePanel(tab).catch((e: unknown) => console.warn('[margin] open side panel', e));
    } else if (command === 'highlight-selection') {
      void activeTabId(tab)
        .then((id) => (id === undefined ? undefined : highlightInTab(id)))
        .catch((e: unknown) => console.warn('[margin] highlight selection', e));
    }
  };
  browser.commands.onCommand.addListener(onCommand);
  return () => browser.commands.onCommand.removeListener(onCommand);
}

async function activeTabId(tab: Tab | undefined): Promise<number | undefined> {
  if (tab?.id !== undefined && tab.id >= 0) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
