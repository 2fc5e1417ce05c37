import { browser } from 'wxt/browser';
import { recountAnnotations } from '@/src/storage/annotation-count';
import { createDatabase, type MarginDatabase } from '@/src/storage/create-database';
import { requestPersistence } from '@/src/storage/request-persistence';
import type { UiLanguage } from '@/src/storage/settings';
import { createSettingsRepository } from '@/src/storage/settings-repository';
import { resolveLang } from '@/src/ui/i18n/resolve-lang';
import { broadcastSettings } from './broadcast-settings';
import { installCommands } from './commands';
import { installContextMenus } from './context-menus';
import { createHandlers } from './handlers';
import { sessionStore } from './kept-import';
import { registerHandlers } from './register-handlers';
import { configureSidePanel } from './side-panel';

/** Options for {@link startBackground}; tests pass their own database and clock. */
export type BackgroundOptions = { db?: MarginDatabase; now?: () => number };

/**
 * Wires the background, the only writer of the database: message handlers, context menus, keyboard
 * commands, side panel behaviour, and a request for persistent storage.
 *
 * @returns the database and a function that removes every listener
 */
export function startBackground(options: BackgroundOptions = {}): {
  db: MarginDatabase;
  dispose: () => void;
} {
  const db = options.db ?? createDatabase();
  void requestPersistence();
  // Repairs the stored annotation count (see annotation-count.ts) once per start, off the critical path.
  void recountAnnotations(db).catch((e: unknown) => console.warn('[margin] recount', e));
  // The reader's language setting, kept in memory so error replies can be worded in it even when the
  // database is what failed.
  let uiLanguage: UiLanguage = 'auto';
  const readLanguage = () =>
    createSettingsRepository(db)
      .get()
      .then((s) => {
        uiLanguage = s.uiLanguage;
      })
      .catch(() => {});
  void readLanguage();
  const handlers = createHandlers(db, {
    extensionOrigin: browser.runtime.getURL('/'),
    now: options.now,
    onSettingsChanged: () => {
      void readLanguage();
      void broadcastSettings(db).catch(() => {});
    },
    language: () => resolveLang(uiLanguage, navigator.languages ?? [navigator.language]),
    // Chrome stops a worker that sees no event or extension API call for 30 s, even mid-import.
    keepAlive: () => void browser.runtime.getPlatformInfo().catch(() => {}),
    keptImport: sessionStore(),
  });
  const disposers = [registerHandlers(handlers), installContextMenus(), installCommands()];
  configureSidePanel();
  return {
    db,
    dispose: () => {
      for (const d of disposers) d();
    },
  };
}
