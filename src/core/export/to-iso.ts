/** A moment given by a test or caller: a Date or an ISO 8601 string. */
export type Now = Date | string;

/**
 * Normalises `now` to an ISO 8601 UTC string.
 * @throws RangeError when the value is not a valid date.
 */
export function toIso(now: Now): string {
  const date = typeof now === 'string' ? new Date(now) : now;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(now)}`);
  return date.toISOString();
}

/** The calendar date (YYYY-MM-DD, UTC) of `now`. */
export function toIsoDate(now: Now): string {
  return toIso(now).slice(0, 10);
}

/**
 * Splits an ISO date or date-time into numeric parts, keeping only what is given
 * ("2024", "2024-04", "2024-04-24", "2024-04-24T08:00:00+07:00" → [2024, 4, 24]).
 * The calendar date is the one written, not shifted to UTC, because a Hanoi paper's date is the one it printed.
 * Returns undefined when the string does not start with a year.
 */
export function dateParts(value: string | undefined): number[] | undefined {
  const m = value?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
}
