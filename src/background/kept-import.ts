import { browser } from 'wxt/browser';
import type { EndedImportStatus, KeptResult, KeptResultStore } from './services/import-transfer';

const KEY = 'margin:lastImport';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** An ended status read back, checked as far as the panel uses it; null when it is not one. */
function endedStatus(v: unknown): EndedImportStatus | null {
  if (!isObject(v)) return null;
  if (v.stage === 'cancelled') return { stage: 'cancelled' };
  if (v.stage === 'failed') {
    const e = v.error;
    if (!isObject(e) || typeof e.code !== 'string' || typeof e.message !== 'string') return null;
    return v as EndedImportStatus;
  }
  if (v.stage === 'done') {
    const r = v.result;
    if (!isObject(r) || !isObject(r.summary) || typeof r.empty !== 'boolean') return null;
    if (!isStrings(r.skipped) || !isStrings(r.warnings)) return null;
    return v as EndedImportStatus;
  }
  return null;
}

/**
 * A kept result read back, or null when the value is not one (another version wrote it, or nothing):
 * an ended job with its status, or a job marked running (no `finishedAt`, no status).
 */
export function parseKeptResult(value: unknown): KeptResult | null {
  if (!isObject(value) || typeof value.job !== 'string' || typeof value.seen !== 'boolean') return null;
  if (value.finishedAt === undefined) {
    return value.status === undefined && value.seen === false ? { job: value.job, seen: false } : null;
  }
  if (typeof value.finishedAt !== 'number') return null;
  const status = endedStatus(value.status);
  return status ? { job: value.job, seen: value.seen, finishedAt: value.finishedAt, status } : null;
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
