import type { ComponentChildren } from 'preact';
import { render } from 'preact';
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
  render(
    <UiRoot db={openDatabase()} client={createUiClient()}>
      {app}
    </UiRoot>,
    root,
  );
}
