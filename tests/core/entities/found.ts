import { recogniseEnglish } from '@/src/core/entities/en/recognise-english';
import { recogniseVietnamese } from '@/src/core/entities/vi/recognise-vietnamese';

/**
 * What the rule tests compare: English entities other than dates as "type:text", officials as
 * "official:name = title | title".
 */
export function foundEnglish(text: string): string[] {
  return recogniseEnglish(text, {})
    .filter((e) => e.type !== 'date')
    .map((e) =>
      e.type === 'official'
        ? `official:${e.text} = ${(e.titles ?? []).map((t) => t.text).join(' | ')}`
        : `${e.type}:${e.text}`,
    );
}

/** Vietnamese entities: officials as "name = title | title", organisations as "[org]", others "type:text". */
export function foundVietnamese(text: string): string[] {
  return recogniseVietnamese(text).map((e) =>
    e.type === 'official'
      ? `${e.text} = ${(e.titles ?? []).map((t) => t.text).join(' | ')}`
      : e.type === 'org'
        ? `[${e.text}]`
        : `${e.type}:${e.text}`,
  );
}
