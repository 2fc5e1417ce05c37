import { browser } from 'wxt/browser';
import { analyseTab, highlightInTab } from './tab-messages';

/** Menu item ids. */
export const MENU_HIGHLIGHT = 'margin-highlight';
export const MENU_ANALYSE = 'margin-analyse';

function label(key: string, fallback: string): string {
  try {
    // The generated key union may not list these yet; an unknown key returns ''.
    return (browser.i18n.getMessage as (k: string) => string)(key) || fallback;
  } catch {
    return fallback;
  }
}

/**
 * Installs the context menu items ("Highlight with Margin" on a selection, "Analyse this page with Margin"
 * on a page) and their click handler.
 *
 * @returns a function that removes the click handler
 */
export function installContextMenus(): () => void {
  const menus = browser.contextMenus;
  // Recreated on every start: removeAll first so a restarted service worker does not hit duplicate ids.
  void menus
    .removeAll()
    .then(() => {
      menus.create({
        id: MENU_HIGHLIGHT,
        title: label('menuHighlight', 'Highlight with Margin'),
        contexts: ['selection'],
      });
      menus.create({
        id: MENU_ANALYSE,
        title: label('menuAnalyse', 'Analyse this page with Margin'),
        contexts: ['page'],
      });
    })
    .catch((e: unknown) => console.warn('[margin] context menus unavailable', e));

  const onClicked = (info: { menuItemId: string | number }, tab?: { id?: number }) => {
    const tabId = tab?.id;
    if (tabId === undefined || tabId < 0) return;
    const run =
      info.menuItemId === MENU_HIGHLIGHT
        ? highlightInTab
        : info.menuItemId === MENU_ANALYSE
          ? analyseTab
          : null;
    run?.(tabId).catch((e: unknown) => console.warn('[margin] menu action failed', e));
  };
  menus.onClicked.addListener(onClicked);
  return () => menus.onClicked.removeListener(onClicked);
}
