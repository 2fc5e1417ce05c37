import { documentUrl, positionSelectorOf, quoteSelectorOf } from './annotation-parts';
import type { DocumentRecord, Library } from './library';
import { textFragmentLink } from './text-fragment';

/**
 * Makes a cell safe for spreadsheets: a value starting with `=`, `+`, `-`, `@`, tab or carriage return
 * would be run as a formula by Excel, LibreOffice or Sheets (OWASP "CSV injection"), so it gets a leading `'`.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quotes a cell per RFC 4180 when it holds a comma, a quote, CR or LF; inner quotes are doubled. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Options for {@link annotationsToCsv}. */
export type CsvOptions = {
  /** Start with a UTF-8 byte order mark so Excel reads Vietnamese correctly. Default false. */
  bom?: boolean;
  /** Separator between tags inside the tags cell. Default "; ". */
  tagSeparator?: string;
};

/** The columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'created',
  'updated',
  'quote',
  'note',
  'tags',
  'colour',
  'title',
  'site',
  'author',
  'published',
  'url',
  'link',
  'start',
  'end',
] as const;

/**
 * One row per annotation (in the order given), with its article's metadata; RFC 4180 (CRLF line ends,
 * quoting), every cell guarded against formula injection.
 */
export function annotationsToCsv(
  library: Pick<Library, 'documents' | 'annotations'>,
  options: CsvOptions = {},
): string {
  const docs = new Map<string, DocumentRecord>(library.documents.map((d) => [d.id, d]));
  const sep = options.tagSeparator ?? '; ';
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const a of library.annotations) {
    const doc = docs.get(a.documentId);
    const url = doc ? documentUrl(doc) : undefined;
    const position = positionSelectorOf(a);
    const cells = [
      a.id,
      new Date(a.createdAt).toISOString(),
      new Date(a.updatedAt).toISOString(),
      a.quote,
      a.note,
      a.tags.join(sep),
      a.colour,
      doc?.title ?? '',
      doc?.siteName ?? '',
      doc?.byline ?? '',
      doc?.publishedAt ?? '',
      url ?? '',
      url ? textFragmentLink(url, quoteSelectorOf(a)) : '',
      position ? String(position.start) : '',
      position ? String(position.end) : '',
    ];
    rows.push(cells.map((c) => csvCell(guardFormula(c))).join(','));
  }
  return `${options.bom ? '\uFEFF' : ''}${rows.join('\r\n')}\r\n`;
}
