import { browser } from 'wxt/browser';
import { recountAnnotations } from '@/src/storage/annotation-count';
import { createDatabase, type MarginDatabase } from '@/src/storage/create-database';
import { requestPersistence } from '@/src/storage/request-persistence';
import { broadcastSettings } from './broadcast-settings';
import { installCommands } from './commands';
import { installContextMenus } from './context-menus';
import { createHandlers } from './handlers';
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
  const handlers = createHandlers(db, {
    extensionOrigin: browser.runtime.getURL('/'),
    now: options.now,
    onSettingsChanged: () => void broadcastSettings(db).catch(() => {}),
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
