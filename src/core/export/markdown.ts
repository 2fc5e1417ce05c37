import { documentUrl, groupByDocument, quoteSelectorOf, readingOrder } from './annotation-parts';
import type { AnnotationRecord, DocumentRecord, Library } from './library';
import { escapeMarkdown, escapeNoteHtml, markdownUrl, obsidianTag } from './markdown-text';
import { textFragmentLink } from './text-fragment';
import { type Now, toIso } from './to-iso';
import { frontMatter } from './yaml';

/** Tags of a set of annotations, deduplicated, in first-seen order. */
function collectTags(annotations: readonly AnnotationRecord[]): string[] {
  return [...new Set(annotations.flatMap((a) => a.tags))];
}

/** A bare YAML date when the value is an ISO date, so Obsidian types the property as a date. */
function dateValue(publishedAt: string | undefined): { raw: string } | string | undefined {
  if (!publishedAt) return undefined;
  // The calendar date as the page wrote it (not shifted to UTC): a Hanoi paper's date is the one it printed.
  const day = publishedAt.match(/^\d{4}-\d{2}-\d{2}(?=$|T)/)?.[0];
  return day ? { raw: day } : publishedAt;
}

/** One annotation as a blockquote with its text-fragment link, then its note and tags. */
export function annotationToMarkdown(annotation: AnnotationRecord, doc: DocumentRecord): string {
  const quote = annotation.quote || quoteSelectorOf(annotation).exact;
  const lines = quote
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => `> ${escapeMarkdown(l.trim())}`);
  const url = markdownUrl(documentUrl(doc));
  if (url) {
    const link = markdownUrl(textFragmentLink(documentUrl(doc)!, quoteSelectorOf(annotation)));
    lines.push(`> [↗ open passage](${link ?? url})`);
  }
  const out = [lines.join('\n')];
  if (annotation.note.trim()) out.push(escapeNoteHtml(annotation.note.trim()));
  const tags = annotation.tags.map(obsidianTag).filter((t): t is string => t !== undefined);
  if (tags.length) out.push(tags.map((t) => `#${t}`).join(' '));
  return out.join('\n\n');
}

/** A line naming site, author, date and source link for a document. */
function sourceLine(doc: DocumentRecord): string {
  const bits = [doc.siteName, doc.byline, doc.publishedAt?.slice(0, 10)]
    .filter((b): b is string => !!b)
    .map(escapeMarkdown);
  const url = markdownUrl(documentUrl(doc));
  if (url) bits.push(`[source](${url})`);
  return bits.join(' · ');
}

/**
 * One article as a Markdown note: Obsidian-friendly front matter (title, site, author, date, url, tags,
 * exported), a heading, then each annotation in reading order.
 * @param now - the export time written as `exported`.
 */
export function documentToMarkdown(
  doc: DocumentRecord,
  annotations: readonly AnnotationRecord[],
  now: Now,
): string {
  const ordered = readingOrder(annotations);
  const head = frontMatter([
    ['title', doc.title],
    ['site', doc.siteName],
    ['author', doc.byline],
    ['date', dateValue(doc.publishedAt)],
    // Only web URLs: Obsidian renders a URL-looking property as a clickable link.
    ['url', markdownUrl(documentUrl(doc)) ? documentUrl(doc) : undefined],
    [
      'tags',
      collectTags(ordered)
        .map((t) => obsidianTag(t))
        .filter((t): t is string => t !== undefined),
    ],
    ['exported', { raw: toIso(now) }],
  ]);
  const body = [
    `# ${escapeMarkdown(doc.title || 'Untitled')}`,
    sourceLine(doc),
    ...ordered.map((a) => annotationToMarkdown(a, doc)),
  ];
  return `${head}\n\n${body.filter(Boolean).join('\n\n')}\n`;
}

/**
 * Many articles in one Markdown file: front matter for the export, then a `##` section per article
 * (newest annotated first) with its annotations.
 */
export function libraryToMarkdown(
  library: Pick<Library, 'documents' | 'annotations'>,
  now: Now,
  title = 'Margin export',
): string {
  const groups = groupByDocument(library);
  const head = frontMatter([
    ['title', title],
    ['exported', { raw: toIso(now) }],
    ['articles', { raw: String(groups.length) }],
    ['annotations', { raw: String(groups.reduce((n, g) => n + g.annotations.length, 0)) }],
  ]);
  const sections = groups.map(({ document, annotations }) =>
    [
      `## ${escapeMarkdown(document.title || 'Untitled')}`,
      sourceLine(document),
      ...annotations.map((a) => annotationToMarkdown(a, document)),
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  return `${head}\n\n# ${escapeMarkdown(title)}\n\n${sections.join('\n\n---\n\n')}\n`;
}

/**
 * A safe file name for an article's note: its title without characters that file systems or Obsidian
 * reject, at most 100 characters, with `.md`.
 */
export function markdownFileName(doc: DocumentRecord): string {
  const base = (doc.title || 'Untitled')
    .normalize('NFC')
    .replace(/[\\/:*?"<>|#^[\]\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .trim();
  return `${base.replace(/^\.+/, '') || 'Untitled'}.md`;
}

/** One Markdown note per annotated article, with unique file names (a vault folder's worth). */
export function markdownFiles(
  library: Pick<Library, 'documents' | 'annotations'>,
  now: Now,
): { name: string; content: string }[] {
  const used = new Set<string>();
  return groupByDocument(library).map(({ document, annotations }) => {
    const base = markdownFileName(document).slice(0, -3);
    let name = `${base}.md`;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base} ${i}.md`;
    used.add(name.toLowerCase());
    return { name, content: documentToMarkdown(document, annotations, now) };
  });
}
