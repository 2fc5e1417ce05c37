/** The kinds of entity Margin recognises. */
export type EntityType = 'official' | 'person' | 'org' | 'date';

/** A title (office) attached to an official's mention, with offsets into the same text. */
export type TitleSpan = { start: number; end: number; text: string };

/** One recognised entity. Offsets are UTF-16 indices into the text as given; `end` is exclusive. */
export type Entity = {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** Canonical key for tracking the same person or body across mentions, articles and sites. */
  key: string;
  /** Officials: offices attached to this mention. */
  titles?: TitleSpan[];
  /** Dates: ISO 8601 (2024-04-24, 2024-04, 2024, or a range a/b). */
  value?: string;
  lang: 'vi' | 'en';
};

/** Options for {@link recognise}. */
export type RecogniseOptions = {
  /** Language of the text; detected when absent. */
  lang?: 'vi' | 'en';
  /** The article's own date (ISO, full or year only), used to resolve relative and partial dates. */
  referenceDate?: string;
};
