import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { requestPersistence } from '@/src/storage/request-persistence';
import { createUiClient } from './data/create-ui-client';
import { openDatabase } from './data/open-database';
import { UiRoot } from './UiRoot';
import './theme/base.css';
import './theme/controls.css';

/**
 * Mounts a Margin page into `#app` with the real database and client: the only thing an
 * entrypoint's main.tsx calls.
 */
export function mount(app: ComponentChildren): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('Margin: #app missing');
  const db = openDatabase();
  // Opening IndexedDB takes tens of milliseconds: started now, it overlaps the first render instead of
  // waiting for the first query. A failure is reported by that query (with "Try again"), not here.
  if (!db.isOpen()) void db.open().catch(() => undefined);
  render(
    <UiRoot db={db} client={createUiClient()}>
      {app}
    </UiRoot>,
    root,
  );
  // The service worker cannot ask for persistent storage; an extension page can (Chrome also grants
  // it through unlimitedStorage). Fire and forget: the answer changes nothing on screen.
  void requestPersistence();
}
