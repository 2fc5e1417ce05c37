import { IMPORT_MAX_BYTES } from '@/src/messaging/import-limits';
import type { ImportFormat, ImportResult, Reply, UiToBackground } from '@/src/messaging/protocol';

/** The import messages, step by step (see `importBegin` in protocol.ts). */
export type ImportMessage =
  | 'importBegin'
  | 'importPart'
  | 'importCommit'
  | 'importStatus'
  | 'importCancel'
  | 'importLatest';

/** Sends one import message to the background; rejects only when it cannot be delivered. */
export type ImportSend = <K extends ImportMessage>(
  type: K,
  data: Parameters<UiToBackground[K]>[0],
) => Promise<ReturnType<UiToBackground[K]>>;

/** Where an import is, as the side panel shows it. */
export type ImportStage =
  | { stage: 'reading' }
  | { stage: 'sending'; sentBytes: number; totalBytes: number }
  | { stage: 'checking' }
  | { stage: 'writing'; done: number; total: number };

/**
 * Why an import did not happen, for the UI to word: the file was refused (its problems, or a storage
 * error), the background no longer knows the import (`lost`: restarted, or the session was replaced or
 * left idle), the background could not be reached (`interrupted`), the reader cancelled, or the file is
 * over {@link IMPORT_MAX_BYTES}. For `refused` and `lost`, `message` is the background's, already in the
 * reader's language. In every case nothing was written.
 */
export class ImportFailure extends Error {
  override name = 'ImportFailure';
  constructor(
    readonly kind: 'refused' | 'lost' | 'interrupted' | 'cancelled' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

export type UploadOptions = {
  send: ImportSend;
  onProgress?: (stage: ImportStage) => void;
  /** Aborting cancels: at once while sending, or when the background is about to write. */
  signal?: AbortSignal;
  /** Ask for smaller parts than the background's maximum (tests). */
  partChars?: number;
  /** Between two status polls (default 400 ms). */
  pollMs?: number;
};

/** Bytes read from the file at a time: enough to keep the decoder busy, small next to a part. */
const READ_BYTES = 4 * 1024 * 1024;

/**
 * Which importer a file is for, from its first characters: Margin's backups say so
 * (`"format": "margin-backup"`); anything else is read as a Hypothesis export, whose parser explains
 * precisely what is wrong when it is neither.
 */
export function importFormatOf(text: string): ImportFormat {
  const head = text.slice(0, 1024).replace(/^\ufeff/, '');
  return /^\s*\{[\s\S]{0,200}?"format"\s*:\s*"margin-backup"/.test(head) ? 'margin-backup' : 'hypothesis';
}

/**
 * Imports a file through the background in parts: `importBegin`, the text in ordered `importPart`s
 * (each under Chrome's 64 MiB message limit), `importCommit`, then `importStatus` every `pollMs` until
 * the job is over (short messages, which also keep the service worker awake). The file is read and
 * decoded a few MiB at a time, so the panel never holds more than about one part of it, and never
 * parses it: the background does, once, and names a JSON error's line and column.
 *
 * @returns what the import did
 * @throws ImportFailure (nothing was written)
 */
export async function uploadImport(file: Blob, options: UploadOptions): Promise<ImportResult> {
  const { send, onProgress = () => {}, signal, pollMs = 400 } = options;
  if (file.size > IMPORT_MAX_BYTES) {
    throw new ImportFailure('too-large', `The file is larger than ${IMPORT_MAX_BYTES} bytes.`);
  }
  const cancelled = () => new ImportFailure('cancelled', 'The import was cancelled.');
  onProgress({ stage: 'reading' });
  const begun = await ask(send, 'importBegin', {
    bytes: file.size,
    ...(options.partChars !== undefined && { partChars: options.partChars }),
  });
  const session = begun.session;
  const stop = async () => {
    await send('importCancel', { session }).catch(() => {});
    return cancelled();
  };

  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  let head = '';
  let parts = 0;
  let chars = 0;
  let read = 0;
  const sendPart = async (text: string) => {
    if (signal?.aborted) throw await stop();
    if (parts === 0) head = text.slice(0, 1024);
    await ask(send, 'importPart', { session, index: parts, text });
    parts++;
    chars += text.length;
    // Bytes of the file whose text is sent: what was read, less what still waits in the buffer.
    const sentBytes = buffer.length === 0 ? read : Math.floor((read * chars) / (chars + buffer.length));
    onProgress({ stage: 'sending', sentBytes, totalBytes: file.size });
  };
  onProgress({ stage: 'sending', sentBytes: 0, totalBytes: file.size });
  for (let at = 0; at < file.size; at += READ_BYTES) {
    if (signal?.aborted) throw await stop();
    const bytes = await file.slice(at, at + READ_BYTES).arrayBuffer();
    read = Math.min(file.size, at + READ_BYTES);
    buffer += decoder.decode(bytes, { stream: true });
    while (buffer.length >= begun.partChars) {
      let cut = begun.partChars;
      // Never split a surrogate pair between two messages.
      const last = buffer.charCodeAt(cut - 1);
      if (last >= 0xd800 && last <= 0xdbff) cut--;
      const part = buffer.slice(0, cut);
      buffer = buffer.slice(cut);
      await sendPart(part);
    }
  }
  const rest = buffer + decoder.decode();
  buffer = '';
  if (rest.length > 0 || parts === 0) await sendPart(rest);
  if (signal?.aborted) throw await stop();

  const { job } = await ask(send, 'importCommit', {
    session,
    parts,
    chars,
    format: importFormatOf(head),
  });
  onProgress({ stage: 'checking' });
  return followImport(job, { send, onProgress, signal, pollMs });
}

/**
 * Follows a committed import to its end: `importStatus` every `pollMs`, progress reported, a cancel
 * asked once if `signal` aborts (refused once writing has begun: the import then finishes, and says so).
 *
 * @returns what the import did
 * @throws ImportFailure (nothing was written, unless it is `lost` after writing ended)
 */
async function followImport(job: string, options: Omit<UploadOptions, 'partChars'>): Promise<ImportResult> {
  const { send, onProgress = () => {}, signal, pollMs = 400 } = options;
  let cancelAsked = false;
  for (;;) {
    if (signal?.aborted && !cancelAsked) {
      cancelAsked = true;
      await send('importCancel', { job }).catch(() => {});
    }
    const status = await ask(send, 'importStatus', { job });
    switch (status.stage) {
      case 'done':
        return status.result;
      case 'cancelled':
        throw new ImportFailure('cancelled', 'The import was cancelled.');
      case 'failed':
        throw new ImportFailure('refused', status.error.message);
      default:
        onProgress(status);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/**
 * The import a side panel that opens should show (see `importLatest`: one still running whose panel was
 * closed, or one whose end no panel has seen), followed to its end like {@link uploadImport}'s.
 *
 * @returns `null` when there is none, else what the import did
 * @throws ImportFailure as {@link uploadImport} does
 */
export async function resumeImport(options: Omit<UploadOptions, 'partChars'>): Promise<ImportResult | null> {
  const latest = await ask(options.send, 'importLatest', undefined);
  if (!latest) return null;
  return followImport(latest.job, options);
}

/** Whether there is an import a side panel that opens should show (see {@link resumeImport}). */
export async function hasImportToShow(send: ImportSend): Promise<boolean> {
  return (await ask(send, 'importLatest', undefined)) !== null;
}

/** Sends and unwraps: `not-found` (the background forgot the import) is `lost`, undeliverable `interrupted`. */
async function ask<K extends ImportMessage>(
  send: ImportSend,
  type: K,
  data: Parameters<UiToBackground[K]>[0],
): Promise<ReturnType<UiToBackground[K]> extends Reply<infer T> ? T : never> {
  let reply: Reply<unknown>;
  try {
    reply = (await send(type, data)) as Reply<unknown>;
  } catch (e) {
    throw new ImportFailure('interrupted', e instanceof Error ? e.message : String(e));
  }
  if (!reply || typeof reply !== 'object') {
    throw new ImportFailure('interrupted', 'Margin’s background did not answer.');
  }
  if (reply.ok) return reply.value as never;
  throw new ImportFailure(reply.error.code === 'not-found' ? 'lost' : 'refused', reply.error.message);
}
