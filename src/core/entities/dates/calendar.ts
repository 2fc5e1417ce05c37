/**
 * Calendar arithmetic for date values: parsing the article's reference date, choosing the year of a
 * partial date ("24/4") and writing ISO 8601 strings.
 */

/** A reference date: the year always, month and day when the article gives them. */
export type Reference = { y: number; m?: number; d?: number };

/** Parses "2024-04-24", "2024-04", "2024" or an ISO date-time; anything else gives `undefined`. */
export function parseReference(ref: string | undefined): Reference | undefined {
  if (!ref) return undefined;
  const m = /^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(ref);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : undefined;
  const d = m[3] ? Number(m[3]) : undefined;
  if (mo !== undefined && (mo < 1 || mo > 12)) return { y };
  if (d !== undefined && mo !== undefined && !isValidDay(y, mo, d)) return { y, m: mo };
  return { y, m: mo, d };
}

/** True when day `d` exists in month `m` (1-based) of year `y` (or of a leap year when `y` is unknown). */
export function isValidDay(y: number | undefined, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const year = y ?? 2000;
  return d <= new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/**
 * The year of a day and month written without one. News reports recent events, so the year that puts the
 * date closest to the article's own date wins ("28/12" in an article of 5 January 2024 is 2023-12-28).
 * With only a reference year, that year; without a reference, `undefined`.
 */
export function resolveYear(
  m: number,
  d: number | undefined,
  ref: Reference | undefined,
): number | undefined {
  if (!ref) return undefined;
  if (ref.m === undefined) return ref.y;
  const refDay = Date.UTC(ref.y, ref.m - 1, ref.d ?? 15);
  let best = ref.y;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const gap = Math.abs(Date.UTC(y, m - 1, d ?? 15) - refDay);
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * ISO 8601 for a calendar date of any precision: `2024-04-24`, `2024-04`, `2024`; without a year the
 * truncated forms `--04-24` and `--04`, and a day alone `---21`.
 */
export function isoDate(y: number | undefined, m?: number, d?: number): string {
  if (y !== undefined) {
    if (m === undefined) return String(y).padStart(4, '0');
    return d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
  }
  if (m === undefined) return d === undefined ? '' : `---${pad(d)}`;
  return d === undefined ? `--${pad(m)}` : `--${pad(m)}-${pad(d)}`;
}

/** Plausible calendar year for a four-digit number in running text. */
export const isPlausibleYear = (y: number): boolean => y >= 1000 && y <= 2199;
