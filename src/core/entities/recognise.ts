import { composeEntities } from './compose-entities.ts';
import { findDates } from './dates/find-dates.ts';
import { detectLanguage } from './detect-language.ts';
import { recogniseEnglish } from './en/recognise-english.ts';
import type { Entity, RecogniseOptions } from './types.ts';

/**
 * Finds officials (with their titles), persons, organisations and dates in a news text, in Vietnamese
 * or English (detected per stretch of text when `options.lang` is absent).
 *
 * @param text the article text as given (any Unicode normalisation; offsets index this string)
 * @param options `lang` to fix the language, `referenceDate` (the article's date, ISO) to resolve dates
 * @returns entities sorted by start, no two of one type overlapping; never throws (returns [] on failure)
 */
export function recognise(text: string, options: RecogniseOptions = {}): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return composeEntities(text, options ?? {}, { findDates, recogniseEnglish, detectLanguage });
  } catch {
    // Recognition is an enhancement of the page: a failure must never break the content script.
    return [];
  }
}
