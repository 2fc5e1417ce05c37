import type { Block } from './collect-blocks';
import type { CaptionRecord } from './mark-clone';

/**
 * Puts back the captions Readability dropped (image grids and galleries are its usual victims) at their
 * place in reading order. Only captions that sat between the first and last extracted paragraph are
 * considered article captions; each caption text appears once in the result.
 * @param blocks extracted paragraphs, in reading order, with their document-order index.
 * @param captions every caption of the page, from {@link markClone}.
 */
export function mergeCaptions(blocks: Block[], captions: CaptionRecord[]): Block[] {
  const orders = blocks.map((b) => b.order).filter((o) => o >= 0);
  if (orders.length === 0 || captions.length === 0) return blocks;
  const first = Math.min(...orders);
  const last = Math.max(...orders);
  const seen = new Set(blocks.map((b) => b.text));
  const all = squeeze(blocks.map((b) => b.text).join(''));
  // Substring, not equality, and without whitespace: Readability may have kept the caption split
  // differently (text and credit as two paragraphs, where the caption record joins them with a space).
  const missing = captions.filter((c) => c.order > first && c.order < last && !all.includes(squeeze(c.text)));
  if (missing.length === 0) return blocks;

  const out: Block[] = [];
  let next = 0;
  for (const block of blocks) {
    while (next < missing.length && missing[next]!.order < block.order) {
      const c = missing[next++]!;
      if (!seen.has(c.text)) {
        seen.add(c.text);
        out.push({ text: c.text, order: c.order, linkChars: 0, boldChars: 0, caption: true });
      }
    }
    out.push(block);
  }
  return out;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
