/**
 * Hand-written checks for untrusted message data. Each returns the cleaned value (strings NFC, trimmed
 * where noted) or throws {@link InvalidInput}; the caller turns that into an `invalid` reply.
 */
import { normaliseUrl } from '@/src/core/urls/normalise-url';

/** Thrown by the checks; its message names the field. */
export class InvalidInput extends Error {
  override name = 'InvalidInput';
}

/** A plain object (not an array, not null). */
export function object(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidInput(`${field} must be an object`);
  }
  return value as Record<string, unknown>;
}

/** A string of at most `max` UTF-16 units, NFC-normalised. */
export function string(value: unknown, field: string, max: number, opts: { trim?: boolean } = {}): string {
  if (typeof value !== 'string') throw new InvalidInput(`${field} must be a string`);
  if (value.length > max) throw new InvalidInput(`${field} is longer than ${max} characters`);
  const nfc = value.normalize('NFC');
  return opts.trim ? nfc.trim() : nfc;
}

/** Like {@link string}, but `undefined`/`null`/empty gives `undefined`. */
export function optionalString(value: unknown, field: string, max: number): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const s = string(value, field, max, { trim: true });
  return s === '' ? undefined : s;
}

/** A string that is not empty after trimming. */
export function nonEmpty(value: unknown, field: string, max: number): string {
  const s = string(value, field, max, { trim: true });
  if (s === '') throw new InvalidInput(`${field} must not be empty`);
  return s;
}

/** A finite number in [min, max], optionally an integer. */
export function number(
  value: unknown,
  field: string,
  { min = 0, max = Number.MAX_SAFE_INTEGER, integer = true } = {},
): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new InvalidInput(`${field} must be a number`);
  if (integer && !Number.isInteger(value)) throw new InvalidInput(`${field} must be an integer`);
  if (value < min || value > max) throw new InvalidInput(`${field} is out of range`);
  return value;
}

/** A boolean. */
export function boolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new InvalidInput(`${field} must be true or false`);
  return value;
}

/** One of the listed literals. */
export function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new InvalidInput(`${field} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** An array of at most `max` items, each checked by `item`. */
export function array<T>(
  value: unknown,
  field: string,
  max: number,
  item: (v: unknown, field: string) => T,
): T[] {
  if (!Array.isArray(value)) throw new InvalidInput(`${field} must be a list`);
  if (value.length > max) throw new InvalidInput(`${field} has more than ${max} items`);
  return value.map((v, i) => item(v, `${field}[${i}]`));
}

/** An absolute http(s) URL, returned as given (NFC) once it parses. */
export function httpUrl(value: unknown, field: string, max: number): string {
  const s = string(value, field, max, { trim: true });
  if (normaliseUrl(s) === null) throw new InvalidInput(`${field} must be an http(s) URL`);
  return s;
}
