import { CAPTION_ATTR, ORDER_ATTR } from './collect-blocks';
import { normalizeText } from './normalize-text';

/**
 * Figure captions as the sites in our corpus write them: `<figcaption>` (vnexpress, plo, vietnamnet, most
 * English sites), `.PhotoCMS_Caption` (the CMS behind tuoitre, nld, cafef, baochinhphu), `td.media-caption` /
 * `td.caption` (image tables on baodautu and older CMSs), `p.Image` (vnexpress), WordPress and generic classes,
 * `itemprop=caption`. Checked per element in one pass (a long selector list is slow in non-native DOMs).
 */
const CAPTION_CLASSES = new Set([
  'PhotoCMS_Caption',
  'image-caption',
  'img-caption',
  'media-caption',
  'wp-caption-text',
  'caption',
]);

function isCaption(el: Element, tag: string): boolean {
  if (tag === 'FIGCAPTION') return true;
  const classes = el.getAttribute('class');
  if (classes) {
    for (const name of classes.split(/\s+/)) {
      if (CAPTION_CLASSES.has(name) || (name === 'Image' && tag === 'P')) return true;
    }
  }
  return el.getAttribute('itemprop') === 'caption';
}

const BLOCK_TAGS = new Set(
  'P DIV FIGURE LI H1 H2 H3 H4 H5 H6 BLOCKQUOTE TABLE TR TD TH SECTION ARTICLE PRE DD DT'.split(' '),
);

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
  let order = 0;
  for (const el of body.querySelectorAll('*')) {
    const tag = el.nodeName.toUpperCase();
    const caption = isCaption(el, tag);
    if (!caption && !BLOCK_TAGS.has(tag)) continue;
    el.setAttribute(ORDER_ATTR, String(order));
    if (caption && !el.querySelector('img,picture,video,figure')) {
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
