import { groupByDocumentId } from '../model/group-by-document';
import type {
  AnnotationRecord,
  DocumentRecord,
  Library,
  TextPositionSelector,
  TextQuoteSelector,
} from './library';

/** The annotation's TextQuoteSelector, or one made from its quote when it has none. */
export function quoteSelectorOf(annotation: AnnotationRecord): TextQuoteSelector {
  const found = annotation.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  return found ?? { type: 'TextQuoteSelector', exact: annotation.quote, prefix: '', suffix: '' };
}

/** The annotation's TextPositionSelector, if it has one. */
export function positionSelectorOf(annotation: AnnotationRecord): TextPositionSelector | undefined {
  return annotation.selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/** Annotations in reading order: by position in the article, then by creation time. Does not mutate. */
export function readingOrder(annotations: readonly AnnotationRecord[]): AnnotationRecord[] {
  return [...annotations].sort((a, b) => {
    const pa = positionSelectorOf(a)?.start ?? Number.MAX_SAFE_INTEGER;
    const pb = positionSelectorOf(b)?.start ?? Number.MAX_SAFE_INTEGER;
    return pa - pb || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** The URL to open a document again: its `url`, else its first URL variant; undefined when it has none. */
export function documentUrl(doc: DocumentRecord): string | undefined {
  return doc.url || doc.urls[0] || undefined;
}

/** A document with its annotations in reading order. */
export type DocumentGroup = { document: DocumentRecord; annotations: AnnotationRecord[] };

/**
 * Groups a library's annotations under their documents, documents ordered by their latest annotation
 * (newest first) then title. Documents without annotations are left out unless `includeEmpty`.
 */
export function groupByDocument(
  library: Pick<Library, 'documents' | 'annotations'>,
  includeEmpty = false,
): DocumentGroup[] {
  const byDoc = groupByDocumentId(library.annotations);
  const groups: (DocumentGroup & { latest: number })[] = [];
  for (const document of library.documents) {
    const annotations = byDoc.get(document.id) ?? [];
    if (annotations.length === 0 && !includeEmpty) continue;
    const latest = annotations.reduce((m, a) => Math.max(m, a.createdAt), 0);
    groups.push({ document, annotations: readingOrder(annotations), latest });
  }
  groups.sort((a, b) => b.latest - a.latest || a.document.title.localeCompare(b.document.title));
  return groups.map(({ document, annotations }) => ({ document, annotations }));
}
