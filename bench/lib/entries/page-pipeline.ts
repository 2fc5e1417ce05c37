// The content script's whole page pipeline (detect, extract, recognise, anchor, paint), bundled from the
// same sources the content script is built from, for timing in a real page.

import { createHighlightRenderer } from '@/src/content/highlight/highlight-renderer';
import type { PaintItem } from '@/src/content/highlight/paint-item';
import { analysePage } from '@/src/content/pipeline/analyse-page';
import { anchorEntities } from '@/src/core/anchoring/anchor-entities';
import { rangeFromOffsets } from '@/src/core/anchoring/range-offsets';

/** Runs the pipeline once on `doc` and paints; resolves with the counts, after the next frame. */
export async function runPipeline(doc: Document, url: string) {
  const renderer = createHighlightRenderer(doc);
  const timings: Record<string, number> = {};
  const analysis = await analysePage(doc, { url, signal: new AbortController().signal, timings });
  if (analysis.status !== 'article') return { entities: 0, painted: 0 };
  let t0 = performance.now();
  const spans = anchorEntities(analysis.index, analysis.article.text, analysis.entities);
  const items: PaintItem[] = [];
  spans.forEach((span, i) => {
    if (span)
      items.push({
        id: `e:${i}`,
        kind: analysis.entities[i]!.type,
        range: rangeFromOffsets(analysis.index, span.start, span.end),
      });
  });
  timings.anchor = performance.now() - t0;
  t0 = performance.now();
  const painted = renderer.paint(items);
  timings.paint = performance.now() - t0;
  // The browser renders the highlights in the next frame: time from that frame's start (its rAF
  // callback) to the first task after it, which is style, layout and paint, not the wait for vsync.
  await new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const frame = performance.now();
      setTimeout(() => {
        timings.frame = performance.now() - frame;
        resolve();
      }, 0);
    }),
  );
  renderer.dispose();
  return { entities: analysis.entities.length, painted, timings };
}
