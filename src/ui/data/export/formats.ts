import { exportBackup } from '@/src/core/export/backup';
import { toBibtex } from '@/src/core/export/bibtex';
import { toCslJson } from '@/src/core/export/csl';
import { annotationsToCsv } from '@/src/core/export/csv';
import type { Library } from '@/src/core/export/library';
import { documentToMarkdown, libraryToMarkdown } from '@/src/core/export/markdown';
import { toAnnotationCollection } from '@/src/core/export/web-annotation';
import type { MessageKey } from '../../i18n/types';

/** An export format the side panel offers. */
export type ExportFormat = {
  id: 'markdown' | 'csv' | 'json' | 'w3c' | 'csl' | 'bibtex';
  label: MessageKey;
  extension: string;
  mime: string;
  /** Renders a gathered library to file text; absent when this build has no such exporter yet. */
  render?: (library: Library, now: Date) => string;
};

/** Markdown of one article as a note of its own; of several as one file with a section each. */
function markdown(library: Library, now: Date): string {
  const [only] = library.documents;
  if (library.documents.length === 1 && only) return documentToMarkdown(only, library.annotations, now);
  return libraryToMarkdown(library, now);
}

/** The articles quoted in a library: citations are for what was actually quoted. */
function quoted(library: Library) {
  const ids = new Set(library.annotations.map((a) => a.documentId));
  return library.documents.filter((d) => ids.has(d.id));
}

/** Every format, in the order the menu lists them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'markdown', label: 'formatMarkdown', extension: 'md', mime: 'text/markdown', render: markdown },
  {
    id: 'csv',
    label: 'formatCsv',
    extension: 'csv',
    mime: 'text/csv',
    // A byte-order mark makes Excel read the file as UTF-8 (Vietnamese otherwise turns to mojibake).
    render: (library) => `\uFEFF${annotationsToCsv(library)}`,
  },
  {
    id: 'json',
    label: 'formatJson',
    extension: 'json',
    mime: 'application/json',
    render: (l, now) => exportBackup(l, now),
  },
  {
    id: 'w3c',
    label: 'formatW3c',
    extension: 'jsonld',
    mime: 'application/ld+json',
    render: (l, now) => JSON.stringify(toAnnotationCollection(l, now), null, 2),
  },
  {
    id: 'csl',
    label: 'formatCsl',
    extension: 'csl.json',
    mime: 'application/json',
    render: (l, now) => toCslJson(quoted(l), now),
  },
  {
    id: 'bibtex',
    label: 'formatBibtex',
    extension: 'bib',
    mime: 'application/x-bibtex',
    render: (l, now) => toBibtex(quoted(l), now),
  },
];
