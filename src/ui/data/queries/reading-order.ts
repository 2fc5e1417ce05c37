import type { AnnotationRecord } from '@/src/storage/records';

/** Where an annotation starts in its article text (TextPosition), or Infinity when unknown. */
export function startOf(annotation: AnnotationRecord): number {
  for (const s of annotation.selectors) if (s.type === 'TextPositionSelector') return s.start;
  return Number.POSITIVE_INFINITY;
}

/** Sorts annotations in reading order: by start position, then by creation time. */
export function inReadingOrder(annotations: readonly AnnotationRecord[]): AnnotationRecord[] {
  return [...annotations].sort((a, b) => startOf(a) - startOf(b) || a.createdAt - b.createdAt);
}
