/**
 * W3C Web Annotation selectors as Margin stores them, over the text of a {@link TextIndex}.
 * Offsets count UTF-16 code units (JavaScript string indices); convert to code points at export time.
 */

/** How many characters of context a TextQuoteSelector keeps on each side. */
export const CONTEXT_LENGTH = 32;

/** The quoted text with the text just before and after it (whitespace runs in the context collapsed). */
export type TextQuoteSelector = {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
};

/** Start and end (exclusive) offsets into the text of the index the annotation was made on. */
export type TextPositionSelector = {
  type: 'TextPositionSelector';
  start: number;
  end: number;
};

/** Any selector Margin understands; unknown selector types are ignored by {@link anchor}. */
export type Selector = TextQuoteSelector | TextPositionSelector;

/** How an annotation was found again: exactly, approximately, or not at all. */
export type AnchorState = 'exact' | 'fuzzy' | 'orphan';

/** Result of anchoring: offsets into the current index's text (both -1 for an orphan) and a 0–1 score. */
export type AnchorResult = {
  start: number;
  end: number;
  state: AnchorState;
  score: number;
};

/** The orphan result, shared because it carries no data. */
export const ORPHAN: AnchorResult = Object.freeze({ start: -1, end: -1, state: 'orphan', score: 0 });
