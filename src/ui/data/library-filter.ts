import type { LibraryQuery } from '@/src/storage/library-query';
import type { HighlightColour } from '@/src/storage/records';

/** Library filters as the form holds them (strings from inputs; '' = not set). */
export type LibraryFilter = {
  text: string;
  tag: string;
  site: string;
  colour: '' | HighlightColour;
  entityKey: string;
  /** yyyy-mm-dd from a date input, inclusive. */
  from: string;
  /** yyyy-mm-dd from a date input, inclusive. */
  to: string;
  sort: 'newest' | 'oldest' | 'updated';
};

/** No filter, newest first. */
export const EMPTY_FILTER: LibraryFilter = {
  text: '',
  tag: '',
  site: '',
  colour: '',
  entityKey: '',
  from: '',
  to: '',
  sort: 'newest',
};

const DAY = 86_400_000;

/** Local midnight of a yyyy-mm-dd date, or undefined when not a date. */
function localDay(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
}

/** Whether any filter (not the sort) is set. */
export function isFiltered(f: LibraryFilter): boolean {
  return !!(f.text.trim() || f.tag || f.site || f.colour || f.entityKey || f.from || f.to);
}

/**
 * Turns the form's filter into a storage {@link LibraryQuery}. Dates are whole local days: "to"
 * includes its whole day.
 */
export function toLibraryQuery(f: LibraryFilter): LibraryQuery {
  const from = localDay(f.from);
  const toDay = localDay(f.to);
  return {
    ...(f.text.trim() ? { text: f.text.trim() } : {}),
    ...(f.tag ? { tag: f.tag } : {}),
    ...(f.site ? { site: f.site } : {}),
    ...(f.colour ? { colour: f.colour } : {}),
    ...(f.entityKey ? { entityKey: f.entityKey } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(toDay !== undefined ? { to: toDay + DAY } : {}),
    sort: f.sort === 'updated' ? 'updatedAt' : 'createdAt',
    order: f.sort === 'oldest' ? 'asc' : 'desc',
  };
}
