import Dexie from 'dexie';
import { InvalidInput } from '@/src/messaging/check';
import type { ErrorCode, Reply } from '@/src/messaging/protocol';
import { fail } from '@/src/messaging/reply';
import { InvalidRequestError, NotFoundError } from '@/src/storage/errors';
import { errorMessages, type ReplyLang, type StorageFailure } from './error-messages';

/** Thrown by services when the request cannot be served now (e.g. another import is running). */
export class UnavailableError extends Error {
  override name = 'UnavailableError';
}

/** Thrown by services when the sender may not do what it asked. */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

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
 * Turns anything a handler threw into a reply with a message a person can read, in `lang` (the
 * reader's UI language). Storage failures say
 * that nothing was saved, which holds because every write runs in one transaction.
 */
export function errorToReply(e: unknown, lang: ReplyLang = 'en'): Reply<never> {
  const messages = errorMessages(lang);
  if (e instanceof InvalidInput || e instanceof InvalidRequestError) return fail('invalid', e.message);
  if (e instanceof NotFoundError) return fail('not-found', e.message);
  if (e instanceof ForbiddenError) return fail('forbidden', e.message);
  if (e instanceof UnavailableError) return fail('unavailable', e.message);
  for (const n of names(e)) {
    if (Object.hasOwn(messages.storage, n)) {
      return fail('storage' satisfies ErrorCode, messages.storage[n as StorageFailure]);
    }
  }
  if (e instanceof Dexie.DexieError || (typeof DOMException !== 'undefined' && e instanceof DOMException)) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('storage', messages.storageOther(detail));
  }
  console.error('[margin] background handler failed', e);
  return fail('internal', messages.internal);
}
