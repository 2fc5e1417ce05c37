import { browser } from 'wxt/browser';
import { siteOf } from '@/src/core/urls/site-of';
import { sendMessage } from '@/src/messaging/protocol';
import type { MarginDatabase } from '@/src/storage/create-database';
import { createSettingsRepository } from '@/src/storage/settings-repository';

/**
 * Tells every open web page's content script the settings that now apply to it. Tabs without a content
 * script (browser pages, pages opened before install) are skipped silently.
 */
export async function broadcastSettings(db: MarginDatabase): Promise<void> {
  const repo = createSettingsRepository(db);
  const [settings, tabs] = await Promise.all([repo.get(), browser.tabs.query({})]);
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || !tab.url || !/^https?:/.test(tab.url)) return;
      try {
        const site = await repo.getSite(siteOf(tab.url));
        await sendMessage('settingsChanged', { settings, site }, tab.id);
      } catch {
        // no content script in that tab
      }
    }),
  );
}
