import { browser } from 'wxt/browser';
import type { ImportJobStatus } from '@/src/messaging/protocol';
import type { KeptResult, KeptResultStore } from './services/import-transfer';

const KEY = 'margin:lastImport';
const STAGES = new Set<ImportJobStatus['stage']>(['checking', 'writing', 'done', 'failed', 'cancelled']);

/** A kept result read back, or null when the value is not one (another version wrote it, or nothing). */
export function parseKeptResult(value: unknown): KeptResult | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<Record<keyof KeptResult, unknown>>;
  const status = v.status as { stage?: unknown } | null | undefined;
  if (typeof v.job !== 'string' || typeof v.finishedAt !== 'number' || typeof v.seen !== 'boolean')
    return null;
  if (typeof status !== 'object' || status === null) return null;
  if (!STAGES.has(status.stage as ImportJobStatus['stage'])) return null;
  return { job: v.job, status: status as ImportJobStatus, finishedAt: v.finishedAt, seen: v.seen };
}

/**
 * The last import's end in `storage.session`: it outlives the worker (Chrome stops an idle one after
 * 30 s) but not the browser, and only the extension's own pages and worker read it. Undefined where the
 * browser has no session storage.
 */
export function sessionStore(): KeptResultStore | undefined {
  const area = browser.storage?.session;
  if (!area) return undefined;
  return {
    async load() {
      const got = await area.get(KEY);
      return parseKeptResult(got[KEY]);
    },
    async save(result) {
      await area.set({ [KEY]: result });
    },
  };
}
