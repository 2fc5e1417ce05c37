import type { ErrorCode, Reply } from './protocol';

/** A successful reply. */
export function ok<T>(value: T): Reply<T> {
  return { ok: true, value };
}

/** A failed reply with a message a person can read. */
export function fail<T = never>(code: ErrorCode, message: string): Reply<T> {
  return { ok: false, error: { code, message } };
}

/** Unwraps a reply, throwing its error message (for callers that prefer exceptions). */
export function unwrap<T>(reply: Reply<T>): T {
  if (reply.ok) return reply.value;
  throw new Error(`${reply.error.code}: ${reply.error.message}`);
}
