/**
 * Size caps on what a content script may send. A page controls its content script's input, so nothing it
 * sends may be unbounded; content code checks the same caps first to show a clear message (e.g. "selection
 * too long") instead of a failed save.
 */
export const LIMITS = {
  url: 4096,
  title: 1000,
  byline: 500,
  siteName: 300,
  lang: 35,
  publishedTime: 100,
  excerpt: 5000,
  textHash: 200,
  /** ~500,000 words of Vietnamese; a 50,000-word page is well under. */
  text: 3_000_000,
  /** A quote of several paragraphs fits; a whole page selected does not. */
  quote: 20_000,
  prefixSuffix: 256,
  note: 20_000,
  tagName: 64,
  tagsPerAnnotation: 50,
  selectors: 4,
  entityKey: 300,
  entityName: 300,
  titlesPerEntity: 30,
  entityTitle: 300,
  context: 1000,
  mentions: 5000,
  entityKeysPerAnnotation: 200,
  id: 100,
  anchorStates: 10_000,
} as const;
