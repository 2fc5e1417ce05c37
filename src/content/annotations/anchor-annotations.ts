import { anchor } from '@/src/core/anchoring/anchor';
import { anchorMany } from '@/src/core/anchoring/anchor-many';
import { rangeFromOffsets } from '@/src/core/anchoring/range-offsets';
import type { Selector } from '@/src/core/anchoring/selectors';
import type { TextIndex } from '@/src/core/anchoring/text-index';
import type { AnchorState, AnnotationRecord, AnnotationSelector } from '@/src/storage/records';
import type { PaintItem } from '../highlight/paint-item';

/** Where one annotation was found on this visit. */
export type AnchoredAnnotation = {
  annotation: AnnotationRecord;
  state: AnchorState;
  /** Offsets into the index it was found in, and that index; absent for orphans. */
  span?: { start: number; end: number; index: TextIndex };
};

/**
 * Re-anchors saved annotations: first over the article root (what their selectors describe), then over
 * the whole body (their body-level selectors), for articles whose root moved. Orphans are kept and
 * reported, never dropped.
 */
export function anchorAnnotations(
  annotations: readonly AnnotationRecord[],
  articleIndex: TextIndex | null,
  bodyIndex: () => TextIndex,
): AnchoredAnnotation[] {
  // All at once over the article: exact matches settle first and steer the fuzzy search of the rest.
  const results = articleIndex
    ? anchorMany(
        articleIndex,
        annotations.map((a) => coreSelectors(a.selectors)),
      )
    : [];
  return annotations.map((annotation, i) => {
    const found = results[i];
    if (articleIndex && found && found.state !== 'orphan') {
      return {
        annotation,
        state: toState(found.state),
        span: { start: found.start, end: found.end, index: articleIndex },
      };
    }
    const body = bodyIndex();
    const again = anchor(body, coreSelectors(annotation.bodySelectors ?? annotation.selectors));
    if (again.state !== 'orphan') {
      return {
        annotation,
        state: toState(again.state),
        span: { start: again.start, end: again.end, index: body },
      };
    }
    return { annotation, state: 'orphan' };
  });
}

/** Stored selectors (imported ones may lack context) as the anchoring core takes them. */
function coreSelectors(selectors: readonly AnnotationSelector[]): Selector[] {
  return selectors.map((s) =>
    s.type === 'TextQuoteSelector' ? { ...s, prefix: s.prefix ?? '', suffix: s.suffix ?? '' } : s,
  );
}

function toState(state: 'exact' | 'fuzzy'): AnchorState {
  return state === 'exact' ? 'anchored' : 'fuzzy';
}

/** Paint items for anchored annotations (user highlights, above entities). */
export function annotationItems(anchored: readonly AnchoredAnnotation[]): PaintItem[] {
  const items: PaintItem[] = [];
  for (const { annotation, span } of anchored) {
    if (!span) continue;
    items.push({
      id: `a:${annotation.id}`,
      kind: `user-${annotation.colour}`,
      range: rangeFromOffsets(span.index, span.start, span.end),
    });
  }
  return items;
}
