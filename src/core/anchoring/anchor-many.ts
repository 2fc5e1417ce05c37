import { anchorExactOnly, anchorPrepared, type PreparedSelectors, prepareSelectors } from './anchor.ts';
import type { MatchOptions } from './match-quote.ts';
import { toNormalized } from './normalize-text.ts';
import type { AnchorResult, Selector } from './selectors.ts';
import type { TextIndex } from './text-index.ts';

/** A settled annotation: where its stored position pointed and where its text really is (normalised). */
type Landmark = { expected: number; actual: number };

/** The landmark with the greatest expected offset not after `at` (else the first one). */
function landmarkBefore(landmarks: Landmark[], at: number): Landmark | undefined {
  let lo = 0;
  let hi = landmarks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (landmarks[mid]!.expected <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return landmarks[Math.max(found, 0)];
}

/**
 * Anchor all annotations of a page at once (what a page visit does).
 *
 * A first pass settles every annotation whose quote is found exactly; their old and new offsets measure how
 * far the text before each point has shifted (paragraphs inserted or removed, words edited). The second pass
 * corrects each remaining annotation's expected position by the shift of the nearest settled annotation
 * before it, so the fuzzy search starts in a small window at the right place instead of scanning the page.
 *
 * @returns one result per entry of `annotations`, in the same order.
 */
export function anchorMany(
  index: TextIndex,
  annotations: readonly (readonly Selector[])[],
  options: MatchOptions = {},
): AnchorResult[] {
  const prepared: PreparedSelectors[] = annotations.map((selectors) => prepareSelectors(index, selectors));
  const results: (AnchorResult | null)[] = prepared.map((p) => anchorExactOnly(index, p));
  const landmarks: Landmark[] = [];
  results.forEach((r, i) => {
    const hint = prepared[i]!.query?.hint;
    if (r && r.state !== 'orphan' && hint !== undefined) {
      landmarks.push({ expected: hint, actual: toNormalized(index.normalized, r.start) });
    }
  });
  landmarks.sort((a, b) => a.expected - b.expected);
  return results.map((r, i) => {
    if (r) return r;
    const p = prepared[i]!;
    const hint = p.query?.hint;
    if (p.query && hint !== undefined && landmarks.length > 0) {
      const mark = landmarkBefore(landmarks, hint)!;
      p.query.hint = Math.max(0, hint + mark.actual - mark.expected);
    }
    return anchorPrepared(index, p, options);
  });
}
