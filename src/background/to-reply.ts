import Dexie from 'dexie';
import { InvalidInput } from '@/src/messaging/check';
import type { ErrorCode, Reply } from '@/src/messaging/protocol';
import { fail } from '@/src/messaging/reply';
import { InvalidRequestError, NotFoundError } from '@/src/storage/errors';

/** Thrown by services when the sender may not do what it asked. */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

const STORAGE_MESSAGES: Record<string, string> = {
  QuotaExceededError:
    "The browser's storage for Margin is full; nothing was saved. Free some disk space and try again.",
  DatabaseClosedError: "Margin's database is closed; nothing was saved. Reload the extension and try again.",
  OpenFailedError: "Margin's database could not be opened; nothing was saved.",
  MissingAPIError: 'This browser gives Margin no database (private window?); nothing was saved.',
  VersionError: "Margin's database is newer than this version of Margin; nothing was changed.",
  InvalidStateError: "Margin's database is unavailable; nothing was saved.",
};

function names(e: unknown): string[] {
  const out: string[] = [];
  let cur = e as { name?: unknown; inner?: unknown } | null | undefined;
  for (let i = 0; cur && i < 4; i++) {
    if (typeof cur.name === 'string') out.push(cur.name);
    cur = cur.inner as typeof cur;
  }
  return out;
}

/**
 * Turns anything a handler threw into a reply with a message a person can read. Storage failures say
 * that nothing was saved, which holds because every write runs in one transaction.
 */
export function errorToReply(e: unknown): Reply<never> {
  if (e instanceof InvalidInput || e instanceof InvalidRequestError) return fail('invalid', e.message);
  if (e instanceof NotFoundError) return fail('not-found', e.message);
  if (e instanceof ForbiddenError) return fail('forbidden', e.message);
  for (const n of names(e)) {
    const message = STORAGE_MESSAGES[n];
    if (message) return fail('storage' satisfies ErrorCode, message);
  }
  if (e instanceof Dexie.DexieError || (typeof DOMException !== 'undefined' && e instanceof DOMException)) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('storage', `Margin could not reach its database (${detail}); nothing was saved.`);
  }
  console.error('[margin] background handler failed', e);
  return fail('internal', 'Something went wrong in Margin; nothing was changed.');
}
