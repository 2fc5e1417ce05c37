import { browser } from 'wxt/browser';
import { sendMessage } from '@/src/messaging/protocol';

/** Where WXT puts the content script (`entrypoints/content/index.ts`). */
const CONTENT_SCRIPT = '/content-scripts/content.js';

/**
 * Asks a tab's content script to analyse the page now. A tab opened before Margin was installed (or
 * updated) has no content script yet: inject it once and ask again.
 */
export async function analyseTab(tabId: number): Promise<void> {
  try {
    await sendMessage('analysePage', { force: true }, tabId);
  } catch {
    await injectContentScript(tabId);
    await sendMessage('analysePage', { force: true }, tabId);
  }
}

/** Asks a tab's content script to save its selection as a highlight. */
export async function highlightInTab(tabId: number): Promise<void> {
  try {
    await sendMessage('highlightSelection', {}, tabId);
  } catch {
    await injectContentScript(tabId);
    await sendMessage('highlightSelection', {}, tabId);
  }
}

async function injectContentScript(tabId: number): Promise<void> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting?.executeScript) throw new Error('Margin cannot run on this page.');
  await scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}
