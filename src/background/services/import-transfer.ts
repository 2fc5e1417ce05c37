import { InvalidInput } from '@/src/messaging/check';
import {
  IMPORT_KEEPALIVE_MS,
  IMPORT_PART_CHARS,
  IMPORT_RESULT_KEEP_MS,
  IMPORT_SESSION_IDLE_MS,
} from '@/src/messaging/import-limits';
import type { ImportFormat, ImportJobStatus } from '@/src/messaging/protocol';
import { NotFoundError } from '@/src/storage/errors';
import { errorMessages, type ReplyLang } from '../error-messages';
import { errorToReply, UnavailableError } from '../to-reply';
import { ImportCancelled, type ImportService, NotJsonError } from './import-service';

/** What the transfer needs besides the import service; tests pass a clock, ids and small parts. */
export type ImportTransferOptions = {
  now?: () => number;
  /** New session and job ids (default `crypto.randomUUID`). */
  newId?: () => string;
  /** The largest part accepted (default {@link IMPORT_PART_CHARS}). */
  maxPartChars?: number;
  /** Called every {@link IMPORT_KEEPALIVE_MS} while a job runs: an extension API call keeps the worker up. */
  keepAlive?: () => void;
  /** The reader's language, for the messages a person sees. */
  language?: () => ReplyLang;
  /**
   * Where the last job's end is kept past a restart of the worker (`chrome.storage.session` in the
   * extension). Without it, an ended job lives only in the worker's memory.
   */
  kept?: KeptResultStore;
};

/** How an import ended. */
export type EndedImportStatus = Extract<ImportJobStatus, { stage: 'done' | 'failed' | 'cancelled' }>;

/**
 * The last import committed, as kept across worker restarts: how it ended, or, without `finishedAt`,
 * that it was still running (a worker that finds it so knows its predecessor stopped mid-import).
 */
export type KeptResult =
  | { job: string; seen: boolean; finishedAt: number; status: EndedImportStatus }
  | { job: string; seen: false; finishedAt?: undefined; status?: undefined };

/** Keeps one {@link KeptResult}: the extension backs it with `chrome.storage.session`. */
export type KeptResultStore = {
  load(): Promise<KeptResult | null>;
  save(result: KeptResult): Promise<void>;
};

/** Lines of a kept result's `skipped` and `warnings`: the store is small (10 MB in Chrome). */
const KEPT_LINES = 200;

/** Whether a status is an end (done, failed or cancelled). */
function isEnded(status: ImportJobStatus): status is EndedImportStatus {
  return status.stage === 'done' || status.stage === 'failed' || status.stage === 'cancelled';
}

/** A result small enough to keep: long lists are cut, saying how many lines were left out. */
function keepable(status: EndedImportStatus): EndedImportStatus {
  if (status.stage !== 'done') return status;
  const cut = (lines: string[]) =>
    lines.length <= KEPT_LINES
      ? lines
      : [...lines.slice(0, KEPT_LINES), `… (${lines.length - KEPT_LINES} more)`];
  const { result } = status;
  return {
    stage: 'done',
    result: { ...result, skipped: cut(result.skipped), warnings: cut(result.warnings) },
  };
}

type Session = {
  id: string;
  bytes: number;
  partChars: number;
  parts: string[];
  chars: number;
  touched: number;
};

/** `seen`: a panel has read the job's end through `status` (or was shown it by `latest`). */
type Job = { id: string; status: ImportJobStatus; cancel: boolean; finishedAt?: number; seen: boolean };

/**
 * The background side of the chunked import (see `importBegin` in protocol.ts). A file's text arrives in
 * ordered parts, each well under Chrome's 64 MiB message limit, into one open session; the commit joins
 * them and starts a job that is answered at once, so no message runs for long (Chrome stops an event
 * after 5 minutes). The job parses, plans and writes in one transaction and is polled with
 * `importStatus`. Sessions and running jobs live in the worker's memory: if Chrome stops the worker, the
 * session or job is gone, the transaction was never committed, and the next message is answered
 * `not-found`. A job's end is also kept (see `kept`), so a panel opened after Chrome stopped the idle
 * worker still learns how the import ended.
 *
 * One session at a time (a new one replaces one never committed: its panel was closed or reloaded), and
 * no new session while a job checks or writes. Idle sessions are freed after
 * {@link IMPORT_SESSION_IDLE_MS}, finished jobs after {@link IMPORT_RESULT_KEEP_MS}.
 */
export function createImportTransfer(imports: ImportService, options: ImportTransferOptions = {}) {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const maxPart = options.maxPartChars ?? IMPORT_PART_CHARS;
  const text = () => errorMessages(options.language?.() ?? 'en');
  let session: Session | null = null;
  const jobs = new Map<string, Job>();
  let sweepTimer: ReturnType<typeof setTimeout> | undefined;

  /** Frees an idle session and old results; re-arms itself while anything is held. */
  function sweep() {
    const t = now();
    if (session && t - session.touched >= IMPORT_SESSION_IDLE_MS) session = null;
    for (const [id, job] of jobs) {
      if (job.finishedAt !== undefined && t - job.finishedAt >= IMPORT_RESULT_KEEP_MS) jobs.delete(id);
    }
    if (sweepTimer !== undefined) clearTimeout(sweepTimer);
    sweepTimer = undefined;
    if (session || jobs.size > 0) {
      sweepTimer = setTimeout(sweep, Math.min(IMPORT_SESSION_IDLE_MS, IMPORT_RESULT_KEEP_MS));
    }
  }

  function open(id: string): Session {
    sweep();
    if (!session || session.id !== id) throw new NotFoundError(text().importSessionGone);
    return session;
  }

  /** Drops the session and says why (the sender must start again). */
  function refuse(message: string): never {
    session = null;
    throw new InvalidInput(message);
  }

  async function run(job: Job, joined: string, format: ImportFormat) {
    // Let the commit's reply go out before the (synchronous) parse holds the worker.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const keepAlive = options.keepAlive;
    const timer = keepAlive ? setInterval(keepAlive, IMPORT_KEEPALIVE_MS) : undefined;
    try {
      const result = await imports.importLibrary(joined.normalize('NFC'), format, {
        onProgress: (progress) => {
          job.status = progress;
        },
        cancelled: () => job.cancel,
      });
      job.status = { stage: 'done', result };
    } catch (e) {
      if (e instanceof ImportCancelled) job.status = { stage: 'cancelled' };
      else if (e instanceof NotJsonError) {
        job.status = {
          stage: 'failed',
          error: { code: 'invalid', message: text().importNotJson(e.message) },
        };
      } else {
        const reply = errorToReply(e, options.language?.());
        job.status = {
          stage: 'failed',
          error: reply.ok ? { code: 'internal', message: text().internal } : reply.error,
        };
      }
    } finally {
      if (timer !== undefined) clearInterval(timer);
      job.finishedAt = now();
      keep(job);
      sweep();
    }
  }

  /** The last job committed by this worker: the only one whose state is kept. */
  let lastJob: string | undefined;
  /** Saves in the order they were asked for (each waits for the one before). */
  let saving: Promise<void> = Promise.resolve();

  /**
   * Keeps the last job's state for a worker started after this one: running, then how it ended and
   * whether a panel has read that. Best effort: a save that fails leaves the previous state.
   */
  function keep(job: Job) {
    const store = options.kept;
    if (!store || job.id !== lastJob) return;
    const ended = job.finishedAt !== undefined && isEnded(job.status);
    const kept: KeptResult = ended
      ? {
          job: job.id,
          seen: job.seen,
          finishedAt: job.finishedAt as number,
          status: keepable(job.status as EndedImportStatus),
        }
      : { job: job.id, seen: false };
    saving = saving.then(() => store.save(kept)).catch(() => undefined);
  }

  /**
   * The last job of an earlier worker, when this one does not hold it (and, when `id` is given, that
   * one): how it ended, or, if that worker stopped while it ran, that it failed with nothing written
   * (the transaction was never committed). Ended jobs are kept {@link IMPORT_RESULT_KEEP_MS}.
   */
  async function keptJob(id?: string): Promise<Job | null> {
    if (!options.kept) return null;
    const kept = await options.kept.load().catch(() => null);
    if (!kept || (id !== undefined && kept.job !== id) || jobs.has(kept.job)) return null;
    // A job committed here meanwhile is the one to show, not its predecessor.
    if (id === undefined && jobs.size > 0) return null;
    const job: Job =
      kept.finishedAt === undefined
        ? {
            id: kept.job,
            status: { stage: 'failed', error: { code: 'not-found', message: text().importJobGone } },
            cancel: false,
            finishedAt: now(),
            seen: false,
          }
        : { id: kept.job, status: kept.status, cancel: false, finishedAt: kept.finishedAt, seen: kept.seen };
    if (now() - (job.finishedAt as number) >= IMPORT_RESULT_KEEP_MS) return null;
    jobs.set(job.id, job);
    lastJob = job.id;
    if (kept.finishedAt === undefined) keep(job);
    sweep();
    return job;
  }

  return {
    begin(d: { bytes: number; partChars?: number }): { session: string; partChars: number } {
      sweep();
      if ([...jobs.values()].some((j) => j.finishedAt === undefined)) {
        throw new UnavailableError(text().importBusy);
      }
      const partChars = Math.min(d.partChars ?? maxPart, maxPart);
      session = { id: newId(), bytes: d.bytes, partChars, parts: [], chars: 0, touched: now() };
      sweep();
      return { session: session.id, partChars };
    },

    part(d: { session: string; index: number; text: string }): { chars: number } {
      const s = open(d.session);
      if (d.index !== s.parts.length) refuse(`index: expected part ${s.parts.length}, got ${d.index}`);
      if (d.text.length > s.partChars) {
        refuse(`text: part ${d.index} is longer than the session's ${s.partChars} characters`);
      }
      // A text never has more UTF-16 units than its UTF-8 file has bytes.
      if (s.chars + d.text.length > s.bytes) refuse(`text: more text than the file's ${s.bytes} bytes`);
      s.parts.push(d.text);
      s.chars += d.text.length;
      s.touched = now();
      return { chars: s.chars };
    },

    commit(d: { session: string; parts: number; chars: number; format: ImportFormat }): { job: string } {
      const s = open(d.session);
      if (d.parts !== s.parts.length || d.chars !== s.chars) {
        refuse(
          `parts: ${d.parts} parts of ${d.chars} characters announced, ${s.parts.length} of ${s.chars} received`,
        );
      }
      session = null;
      const joined = s.parts.join('');
      s.parts.length = 0;
      const job: Job = { id: newId(), status: { stage: 'checking' }, cancel: false, seen: false };
      jobs.set(job.id, job);
      lastJob = job.id;
      // Kept as running: a worker started after this one stops will say so, not show an older import.
      keep(job);
      void run(job, joined, d.format);
      return { job: job.id };
    },

    async status(d: { job: string }): Promise<ImportJobStatus> {
      sweep();
      const job = jobs.get(d.job) ?? (await keptJob(d.job));
      if (!job) throw new NotFoundError(text().importJobGone);
      if (job.finishedAt !== undefined && !job.seen) {
        job.seen = true;
        keep(job);
      }
      return job.status;
    },

    /**
     * The import a side panel opening now should show: one still being checked or written (its panel
     * may have been closed), or one that ended without any panel reading its end. `null` if none.
     */
    async latest(): Promise<{ job: string; status: ImportJobStatus } | null> {
      sweep();
      // A worker holding no job may have been started after the one that ran it.
      if (jobs.size === 0) await keptJob();
      const shown = [...jobs.values()].reverse().find((j) => j.finishedAt === undefined || !j.seen);
      return shown ? { job: shown.id, status: shown.status } : null;
    },

    cancel(d: { session?: string; job?: string }): { cancelled: boolean } {
      sweep();
      let cancelled = false;
      if (d.session !== undefined && session?.id === d.session) {
        session = null;
        cancelled = true;
      }
      const job = d.job === undefined ? undefined : jobs.get(d.job);
      if (job && job.status.stage === 'checking') {
        job.cancel = true;
        cancelled = true;
      }
      sweep();
      return { cancelled };
    },
  };
}
