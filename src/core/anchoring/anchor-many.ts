import { anchorNearHint, anchorPrepared, type PreparedSelectors, prepareSelectors } from './anchor.ts';
import { anchorAtPosition } from './anchor-at-position.ts';
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
 * Passages still at their stored position with their context settle first, in raw offsets. A pass then walks
 * the annotations in stored-position order and carries the drift (how far the text has
 * shifted so far: paragraphs inserted or removed, words edited) from one settled annotation to the next, so
 * that each is checked at its corrected position and a small window around it: O(quote) for most of them.
 * The second pass gives each remaining annotation the full strategy of {@link anchor}, with its expected
 * position corrected by the shift of the nearest settled annotation before it.
 *
 * @returns one result per entry of `annotations`, in the same order.
 */
export function anchorMany(
  index: TextIndex,
  annotations: readonly (readonly Selector[])[],
  options: MatchOptions = {},
): AnchorResult[] {
  // Unchanged passages settle in raw offsets, without the whitespace-free view of the page.
  const results: (AnchorResult | null)[] = annotations.map((selectors) => anchorAtPosition(index, selectors));
  if (results.every((r) => r !== null)) return results as AnchorResult[];
  const prepared: PreparedSelectors[] = annotations.map((selectors) => prepareSelectors(index, selectors));
  const landmarks: Landmark[] = [];
  const order = prepared
    .map((p, i) => ({ i, hint: p.query?.hint }))
    .filter((x): x is { i: number; hint: number } => x.hint !== undefined)
    .sort((a, b) => a.hint - b.hint);
  let drift = 0;
  for (const { i, hint } of order) {
    let result = results[i] ?? null;
    if (!result) {
      const query = prepared[i]!.query!;
      query.hint = Math.max(0, hint + drift);
      result = anchorNearHint(index, prepared[i]!);
      if (!result && drift !== 0) {
        query.hint = hint;
        result = anchorNearHint(index, prepared[i]!);
      }
      query.hint = hint;
      if (!result) continue;
      results[i] = result;
    }
    const actual = toNormalized(index.normalized, result.start);
    landmarks.push({ expected: hint, actual });
    drift = actual - hint;
  }
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
