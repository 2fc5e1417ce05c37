import { type Now, toIso } from './to-iso';

/** The export formats, with the file extension and MIME type each is downloaded with. */
export const EXPORT_FORMATS = {
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  backup: { extension: 'margin.json', mime: 'application/json' },
  'web-annotation': { extension: 'jsonld', mime: 'application/ld+json' },
  'csl-json': { extension: 'csl.json', mime: 'application/vnd.citationstyles.csl+json' },
  bibtex: { extension: 'bib', mime: 'application/x-bibtex;charset=utf-8' },
} as const;

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/**
 * A download name such as `margin-2026-01-02-pho-cuc-truong.md`: the app, the date, an optional label
 * (an article title or a filter, folded to ASCII, at most 60 characters) and the format's extension.
 */
export function exportFileName(format: ExportFormat, now: Now, label?: string): string {
  const slug = (label ?? '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const date = toIso(now).slice(0, 10);
  return `margin-${date}${slug ? `-${slug}` : ''}.${EXPORT_FORMATS[format].extension}`;
}
