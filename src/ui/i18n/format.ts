import type { Lang } from './types';

/** How much of a date to show. */
export type DateStyle = 'date' | 'datetime' | 'short';

const options: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { year: 'numeric', month: 'long', day: 'numeric' },
  datetime: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  short: { year: 'numeric', month: '2-digit', day: '2-digit' },
};

/**
 * Formats an ISO string or epoch milliseconds with Intl in the UI language.
 * Partial ISO dates ("2024", "2024-04") keep their precision instead of gaining a day.
 * Returns '' for missing or unparseable input so a bad stored value never breaks a view.
 */
export function formatDate(
  lang: Lang,
  value: string | number | undefined | null,
  style: DateStyle = 'date',
): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'string') {
    if (/^\d{4}$/.test(value)) return value;
    const month = /^(\d{4})-(\d{2})$/.exec(value);
    if (month) {
      const d = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
      return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(d);
    }
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  // A bare calendar date is midnight UTC: show it in UTC so it does not slip a day west of Greenwich.
  const bareDate = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(lang, {
    ...options[style],
    ...(bareDate ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** Formats a number with the language's grouping. */
export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(lang).format(value);
}
