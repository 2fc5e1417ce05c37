const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/** `24/4/2024`, `24-04-2024 10:05`, `Thứ Tư, 24/4/2024 - 10:05 (GMT+7)`: day first, as Vietnamese sites write. */
const DAY_FIRST = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\D{1,6}?(\d{1,2})[:h](\d{2}))?/i;

const pad = (n: number | string) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number, hh = 0, mm = 0): boolean {
  if (m < 1 || m > 12 || d < 1 || hh > 23 || mm > 59) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && y >= 1900 && y <= 2200;
}

/**
 * Normalises a publication date as pages write it to ISO 8601, keeping the page's own offset (the local date
 * is what a reader sees): `2025-10-11T10:02:08+0700` → `2025-10-11T10:02:08+07:00`,
 * `2026-03-07T08:52:11.000 +07:00` → `2026-03-07T08:52:11+07:00`, `07/03/2026 - 08:07` → `2026-03-07T08:07`,
 * `April 24, 2024` → `2024-04-24`. A value without an offset stays local (no `Z` is invented).
 * @returns the ISO string, or null when the value is not a date.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;

  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm, ss, tz] = iso;
    if (!valid(Number(y), Number(m), Number(d), Number(hh ?? 0), Number(mm ?? 0))) return null;
    let out = `${y}-${m}-${d}`;
    if (hh !== undefined) out += `T${pad(hh)}:${mm}${ss ? `:${ss}` : ':00'}`;
    if (tz && hh !== undefined) out += tz.toUpperCase() === 'Z' ? 'Z' : `${tz.slice(0, 3)}:${tz.slice(-2)}`;
    return out;
  }

  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [, d, m, y, hh, mm] = dayFirst;
    if (!valid(Number(y), Number(m), Number(d), Number(hh ?? 0), Number(mm ?? 0))) return null;
    const date = `${y}-${pad(m!)}-${pad(d!)}`;
    return hh !== undefined ? `${date}T${pad(hh)}:${mm}` : date;
  }

  // English forms ("April 24, 2024", RFC 2822): only when the text names a year, since Date.parse
  // accepts bare numbers and odd strings.
  if (/\b(1[9]|2[0-2])\d{2}\b/.test(text) && /[a-z]/i.test(text)) {
    const time = Date.parse(text);
    if (!Number.isNaN(time)) {
      const date = new Date(time);
      const hasTime = /\d{1,2}:\d{2}/.test(text);
      if (!hasTime) return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
      return date.toISOString().replace('.000Z', 'Z');
    }
  }
  return null;
}
