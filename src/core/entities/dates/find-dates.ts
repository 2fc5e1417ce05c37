/**
 * Dates for the entity recogniser: explicit calendar expressions with ISO 8601 values resolved against the
 * article's own date. Linear regex scans; no date library (see en-dates.ts for why chrono-node is not used).
 */
import type { Entity } from '../types.ts';
import { parseReference } from './calendar.ts';
import type { DateHit } from './date-hit.ts';
import { findEnglishDates } from './en-dates.ts';
import { nfcView } from './nfc-view.ts';
import { findVietnameseDates } from './vi-dates.ts';

/** Options for {@link findDates}. */
export type FindDatesOptions = {
  /** Language of the text: selects the Vietnamese or the English rules. */
  lang: 'vi' | 'en';
  /** The article's own date (ISO, full or year only), for dates written without a year. */
  referenceDate?: string;
};

/**
 * Finds the dates in `text`.
 * @param text any string; NFD input is matched in NFC and offsets still index `text` as given.
 * @returns `date` entities in text order, not overlapping, each with an ISO 8601 `value` (`2024-04-24`,
 *   `2024-04`, `2024`, a range `a/b`; `--04-24` when the year is unknown) and `key` equal to the value.
 *   Never throws: on any internal failure it returns what it found so far (usually nothing).
 */
export function findDates(text: string, opts: FindDatesOptions): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const view = nfcView(text);
    const ref = parseReference(opts.referenceDate);
    const hits: DateHit[] =
      opts.lang === 'en' ? findEnglishDates(view.text, ref) : findVietnameseDates(view.text, ref);
    return hits.map((h) => {
      const start = view.toOriginal(h.start);
      const end = view.toOriginal(h.end);
      return {
        type: 'date',
        start,
        end,
        text: text.slice(start, end),
        key: h.value,
        value: h.value,
        lang: opts.lang,
      };
    });
  } catch {
    return [];
  }
}
