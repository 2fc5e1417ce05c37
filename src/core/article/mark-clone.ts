import { CAPTION_ATTR, ORDER_ATTR } from './collect-blocks';
import { normalizeText } from './normalize-text';

/**
 * Figure captions as the sites in our corpus write them: `<figcaption>` (vnexpress, plo, vietnamnet, most
 * English sites), `.PhotoCMS_Caption` (the CMS behind tuoitre, nld, cafef, baochinhphu), `td.media-caption` /
 * `td.caption` (image tables on baodautu and older CMSs), `p.Image` (vnexpress), WordPress and generic classes.
 */
export const CAPTION_SELECTOR = [
  'figcaption',
  '.PhotoCMS_Caption',
  '.image-caption',
  '.img-caption',
  '.media-caption',
  '.wp-caption-text',
  '.caption',
  'td.caption',
  'p.Image',
  '[itemprop="caption"]',
].join(',');

const BLOCK_SELECTOR =
  'p,div,figure,li,h1,h2,h3,h4,h5,h6,blockquote,table,tr,td,th,section,article,pre,dd,dt';

/** Boxes whose captions belong to other stories (related links, promos) or to page furniture. */
const NOISE =
  /related|relate|box-?news|tin-?lien-?quan|comment|share|social|sidebar|footer|advert|banner|promo|recommend|popup|modal/i;

/** "Credit Getty Images", "Ảnh: TTXVN": a credit alone names no one in the picture. */
function isCreditOnly(text: string): boolean {
  if (text.split(' ').length > 10) return false;
  // "CreditKevin Frayer/Getty Images": the label is often glued to the name, so no word boundary after it.
  return (
    /^(?:[Pp]hoto\s*)?[Cc]redits?(?![a-z])/.test(text) ||
    /^(?:ảnh|photo|foto|image|nguồn|source)\s*:/i.test(text)
  );
}

/** A caption as it was before Readability touched the clone. */
export type CaptionRecord = { order: number; text: string };

function inNoise(el: Element): boolean {
  for (let p: Element | null = el; p && p.nodeName !== 'BODY'; p = p.parentElement) {
    const sig = `${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`;
    if (sig.trim() && NOISE.test(sig)) return true;
  }
  return false;
}

/**
 * Prepares a clone for Readability: numbers block and caption elements in document order (`ORDER_ATTR`),
 * flags captions (`CAPTION_ATTR`), and records each caption's text, because Readability may drop captions
 * (image grids, galleries) that we want back in the article text.
 * @param clone a throwaway copy of the page; this function writes attributes on it.
 */
export function markClone(clone: Document): CaptionRecord[] {
  const body = clone.body;
  if (!body) return [];
  const captions: CaptionRecord[] = [];
  const captionEls = new Set(body.querySelectorAll(CAPTION_SELECTOR));
  let order = 0;
  for (const el of body.querySelectorAll(`${BLOCK_SELECTOR},${CAPTION_SELECTOR}`)) {
    el.setAttribute(ORDER_ATTR, String(order));
    if (captionEls.has(el) && !el.querySelector('img,picture,video,figure')) {
      el.setAttribute(CAPTION_ATTR, '');
      // Nested captions (a caption span inside a figcaption, with the credit beside it) are one caption:
      // record the outermost.
      const text = normalizeText(el.textContent ?? '');
      const nested = el.parentElement?.closest(`[${CAPTION_ATTR}]`);
      if (text && text.length < 1000 && !nested && !isCreditOnly(text) && !inNoise(el)) {
        captions.push({ order, text });
      }
    }
    order++;
  }
  return captions;
}
