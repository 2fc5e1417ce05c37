import { documentUrl } from './annotation-parts';
import { type CslName, parseByline } from './byline';
import { accessedParts } from './csl';
import type { AnnotationRecord, DocumentRecord } from './library';
import { dateParts, type Now } from './to-iso';

/** The citation styles offered for "copy quote with citation". */
export type CitationStyle = 'apa' | 'mla' | 'chicago';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** MLA abbreviates months longer than four letters. */
const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/** "Smith, J. A." (APA), or a literal name as written. */
function apaName(n: CslName): string {
  if ('literal' in n) return n.literal;
  const initials = (n.given ?? '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((g) => `${[...g][0]}.`)
    .join(' ');
  return initials ? `${n.family}, ${initials}` : n.family;
}

/** Whether a name is written family-first with a comma (not a literal name). */
const isInverted = (n: CslName | undefined) => n !== undefined && !('literal' in n);

/** "Smith, John" for the first author, "John Smith" after (MLA, Chicago). */
const invertedName = (n: CslName) =>
  'literal' in n ? n.literal : n.given ? `${n.family}, ${n.given}` : n.family;
const directName = (n: CslName) =>
  'literal' in n ? n.literal : [n.given, n.family].filter(Boolean).join(' ');
/** The name used in parenthetical citations: family name, or a literal name whole. */
const shortName = (n: CslName) => ('literal' in n ? n.literal : n.family);

/**
 * Joins names as "A, B, & C" (APA) or "A, B, and C". With two names the serial comma appears only after an
 * inverted first name ("Smith, J., & Doe, J." but "Nguyễn Văn An & Trần Thị Bình").
 */
function joinNames(names: string[], and: string, firstInverted: boolean): string {
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]}${firstInverted ? ',' : ''} ${and} ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, ${and} ${names[names.length - 1]}`;
}

/** Ends a sentence with a period unless it already ends with punctuation. */
const period = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

const dayMonthYear = (p: number[], months: string[]) =>
  [p[2], p[1] ? months[p[1] - 1] : undefined, p[0]].filter((x) => x !== undefined).join(' ');
const monthDayYear = (p: number[]) =>
  p[1] ? `${MONTHS[p[1] - 1]} ${p[2] ? `${p[2]}, ` : ''}${p[0]}` : String(p[0]);

/**
 * A reference for the article in APA 7, MLA 9 or Chicago (17th, notes-bibliography entry), as plain text.
 * Vietnamese authors appear as written (family name first, never inverted or reduced to initials).
 * @param now - the access date when the document has no recorded visit.
 */
export function formatCitation(doc: DocumentRecord, style: CitationStyle, now: Now): string {
  const authors = parseByline(doc.byline, doc.lang);
  const issued = dateParts(doc.publishedAt);
  const accessed = accessedParts(doc, now);
  const site = doc.siteName || doc.site;
  const url = documentUrl(doc) ?? '';
  const title = doc.title.trim() || 'Untitled';
  if (style === 'apa') {
    const date = issued
      ? `(${[issued[0], issued[1] ? [MONTHS[issued[1] - 1], issued[2]].filter(Boolean).join(' ') : undefined].filter(Boolean).join(', ')})`
      : '(n.d.)';
    const who = authors.length
      ? joinNames(authors.slice(0, 20).map(apaName), '&', isInverted(authors[0]))
      : '';
    const head = who ? `${period(who)} ${date}. ${period(title)}` : `${period(title)} ${date}.`;
    return [head, site ? period(site) : '', url].filter(Boolean).join(' ');
  }
  // Double quotes inside a quoted title become single ones.
  const quotedTitle = `“${period(title.replace(/["“](.*?)["”]/g, '‘$1’'))}”`;
  if (style === 'mla') {
    const who =
      authors.length === 0
        ? ''
        : authors.length === 1
          ? invertedName(authors[0]!)
          : authors.length === 2
            ? joinNames([invertedName(authors[0]!), directName(authors[1]!)], 'and', isInverted(authors[0]))
            : `${invertedName(authors[0]!)}, et al`;
    const container = [site, issued ? dayMonthYear(issued, MLA_MONTHS) : '', url.replace(/^https?:\/\//, '')]
      .filter(Boolean)
      .join(', ');
    return [
      who ? period(who) : '',
      quotedTitle,
      container ? period(container) : '',
      `Accessed ${dayMonthYear(accessed, MLA_MONTHS)}.`,
    ]
      .filter(Boolean)
      .join(' ');
  }
  const names = authors.map((a, i) => (i === 0 ? invertedName(a) : directName(a)));
  const who =
    authors.length > 10
      ? `${names.slice(0, 7).join(', ')}, et al`
      : joinNames(names, 'and', isInverted(authors[0]));
  const when = issued ? monthDayYear(issued) : `Accessed ${monthDayYear(accessed)}`;
  return [
    who ? period(who) : '',
    quotedTitle,
    period([site, when].filter(Boolean).join(', ')),
    url ? period(url) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The parenthetical in-text citation: (Smith, 2024) APA, (Smith) MLA, (Smith 2024) Chicago author-date. */
export function inTextCitation(doc: DocumentRecord, style: CitationStyle): string {
  const authors = parseByline(doc.byline, doc.lang);
  const year = dateParts(doc.publishedAt)?.[0];
  const who =
    authors.length === 0
      ? `“${doc.title.trim() || 'Untitled'}”`
      : authors.length === 1
        ? shortName(authors[0]!)
        : authors.length === 2
          ? `${shortName(authors[0]!)} ${style === 'apa' ? '&' : 'and'} ${shortName(authors[1]!)}`
          : `${shortName(authors[0]!)} et al.`;
  if (style === 'mla') return `(${who})`;
  if (style === 'apa') return `(${who}, ${year ?? 'n.d.'})`;
  return `(${who} ${year ?? 'n.d.'})`;
}

/**
 * "Copy quote with citation": the quote in curly quotes with its in-text citation, a blank line, then the
 * full reference in the chosen style.
 */
export function quoteWithCitation(
  annotation: AnnotationRecord,
  doc: DocumentRecord,
  style: CitationStyle,
  now: Now,
): string {
  const quote = annotation.quote.replace(/\s+/g, ' ').trim();
  return `“${quote}” ${inTextCitation(doc, style)}\n\n${formatCitation(doc, style, now)}`;
}
