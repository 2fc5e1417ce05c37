import { useEffect, useState } from 'preact/hooks';
import { IMPORT_MAX_BYTES } from '@/src/messaging/import-limits';
import type { ImportResult } from '@/src/messaging/protocol';
import { ImportFailure, type ImportStage } from '../data/import-upload';
import type { UiClient } from '../data/ui-client';

/** How an import ended; worded when shown, so a language change applies to it too. */
export type ImportOutcome =
  | { kind: 'done'; result: ImportResult }
  | { kind: 'cancelled' }
  | { kind: 'interrupted' }
  | { kind: 'lost'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'too-large'; bytes: number };

/** The side panel's import: where it is, how the last one ended, and whether a cancel was asked. */
export type ImportState = {
  stage: ImportStage | null;
  outcome: ImportOutcome | null;
  cancelling: boolean;
};

/**
 * One import at a time per side panel, kept outside the component: closing the Export / Import drawer
 * unmounts the panel but neither stops the import nor loses its result, which shows when the drawer
 * opens again. (Closing the side panel itself stops sending; a job already committed finishes in the
 * background.)
 */
export class ImportRunner {
  state: ImportState = { stage: null, outcome: null, cancelling: false };
  private controller: AbortController | null = null;
  private resumed = false;
  private listeners = new Set<(s: ImportState) => void>();

  constructor(private readonly client: UiClient) {}

  subscribe(listener: (s: ImportState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<ImportState>) {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  async start(file: File): Promise<void> {
    if (this.state.stage) return;
    this.resumed = true;
    if (file.size > IMPORT_MAX_BYTES) {
      this.set({ outcome: { kind: 'too-large', bytes: file.size } });
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.set({ stage: { stage: 'reading' }, outcome: null, cancelling: false });
    let outcome: ImportOutcome;
    try {
      const result = await this.client.importFile(file, {
        onProgress: (stage) => this.set({ stage }),
        signal: controller.signal,
      });
      outcome = { kind: 'done', result };
    } catch (err) {
      outcome = outcomeOf(err);
    }
    this.controller = null;
    this.set({ stage: null, outcome, cancelling: false });
  }

  /**
   * Picks up, once per panel, an import this panel did not start: one still running whose panel was
   * closed, or one that ended with no panel open (its result, or why nothing was imported, is shown).
   */
  async resume(): Promise<void> {
    if (this.resumed || this.state.stage) return;
    this.resumed = true;
    const controller = new AbortController();
    this.controller = controller;
    let outcome: ImportOutcome | null;
    try {
      const result = await this.client.resumeImport({
        onProgress: (stage) => {
          if (this.controller === controller) this.set({ stage });
        },
        signal: controller.signal,
      });
      outcome = result ? { kind: 'done', result } : null;
    } catch (err) {
      outcome = outcomeOf(err);
    }
    // A file chosen meanwhile started its own import: that one is shown.
    if (this.controller !== controller) return;
    this.controller = null;
    if (outcome || this.state.stage) this.set({ stage: null, outcome, cancelling: false });
  }

  cancel(): void {
    if (!this.controller || this.state.stage?.stage === 'writing') return;
    this.set({ cancelling: true });
    this.controller.abort();
  }
}

/** How a failed import is told (see {@link ImportOutcome}). */
function outcomeOf(err: unknown): ImportOutcome {
  if (err instanceof ImportFailure && err.kind === 'cancelled') return { kind: 'cancelled' };
  if (err instanceof ImportFailure && err.kind === 'interrupted') return { kind: 'interrupted' };
  if (err instanceof ImportFailure && err.kind === 'lost') return { kind: 'lost', message: err.message };
  return { kind: 'refused', message: err instanceof Error ? err.message : String(err) };
}

const runners = new WeakMap<UiClient, ImportRunner>();

/** The panel's import runner (one per client, so per side panel page) and its current state. */
export function useImportRunner(client: UiClient): [ImportRunner, ImportState] {
  let runner = runners.get(client);
  if (!runner) {
    runner = new ImportRunner(client);
    runners.set(client, runner);
  }
  const [state, setState] = useState(runner.state);
  useEffect(() => {
    setState(runner.state);
    return runner.subscribe(setState);
  }, [runner]);
  return [runner, state];
}
