import { documentUrl } from './annotation-parts';
import type { CslName } from './byline';
import { parseByline } from './byline';
import { accessedParts, citationKeys } from './csl';
import type { DocumentRecord } from './library';
import { dateParts, type Now } from './to-iso';

/**
 * Escapes text for a BibTeX field: the characters TeX treats as commands or groups (`\ { } $ & % # _ ^ ~`)
 * become their literal forms, so a title like "50% & more {draft}" cannot break the file. Unicode stays as is
 * (biber and modern BibTeX read UTF-8).
 */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\\{}$&%#_^~]/g, (ch) => {
      switch (ch) {
        case '\\':
          return '\\textbackslash{}';
        case '^':
          return '\\textasciicircum{}';
        case '~':
          return '\\textasciitilde{}';
        default:
          return `\\${ch}`;
      }
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL for a verbatim `url` field: only characters that would unbalance braces or end the field are encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (ch) => encodeURIComponent(ch));
}

/** A name for BibTeX's `author` list: literal names braced so BibTeX keeps them whole and in order. */
function bibtexName(name: CslName): string {
  if ('literal' in name) return `{${escapeBibtex(name.literal)}}`;
  const given = name.given ? `, ${escapeBibtex(name.given)}` : '';
  return name.suffix
    ? `${escapeBibtex(name.family)}, ${escapeBibtex(name.suffix)}${given}`
    : `${escapeBibtex(name.family)}${given}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoParts = (parts: number[]) => [String(parts[0]), ...parts.slice(1).map(pad)].join('-');

/**
 * One article as a biblatex `@online` entry (which BibTeX also reads, ignoring unknown fields): title,
 * authors, site as `organization`, `date`/`year`, `url`, `urldate`, language.
 */
export function toBibtexEntry(doc: DocumentRecord, key: string, now: Now): string {
  const fields: [string, string][] = [['title', `{${escapeBibtex(doc.title)}}`]];
  const authors = parseByline(doc.byline, doc.lang);
  if (authors.length) fields.push(['author', authors.map(bibtexName).join(' and ')]);
  const site = doc.siteName || doc.site;
  if (site) fields.push(['organization', escapeBibtex(site)]);
  const issued = dateParts(doc.publishedAt);
  if (issued) fields.push(['date', isoParts(issued)], ['year', String(issued[0])]);
  const url = documentUrl(doc);
  if (url) fields.push(['url', bibtexUrl(url)]);
  fields.push(['urldate', isoParts(accessedParts(doc, now))]);
  if (doc.lang)
    fields.push([
      'langid',
      doc.lang === 'vi' ? 'vietnamese' : doc.lang === 'en' ? 'english' : escapeBibtex(doc.lang),
    ]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@online{${key},\n${body}\n}`;
}

/** Many articles as a `.bib` file, with stable unique keys (see `citationKeys`). */
export function toBibtex(docs: readonly DocumentRecord[], now: Now): string {
  const keys = citationKeys(docs);
  return `${docs.map((d) => toBibtexEntry(d, keys.get(d.id)!, now)).join('\n\n')}\n`;
}
