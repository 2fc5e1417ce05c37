import { languageSegments } from './language-segments.ts';
import { maskHtmlEntities } from './mask-html-entities.ts';
import { mergeEntities } from './merge-entities.ts';
import { toNfc } from './normalise-offsets.ts';
import type { Entity, RecogniseOptions } from './types.ts';
import { recogniseVietnamese } from './vi/recognise-vietnamese.ts';

/** The recognisers that {@link composeEntities} puts together (injected so that each can be tested alone). */
export type EntityParts = {
  findDates: (text: string, options: { lang: 'vi' | 'en'; referenceDate?: string }) => Entity[];
  recogniseEnglish: (text: string, options: { referenceDate?: string }) => Entity[];
  detectLanguage: (text: string) => 'vi' | 'en';
};

function shift(entities: Entity[], by: number): Entity[] {
  if (by === 0) return entities;
  return entities.map((e) => ({
    ...e,
    start: e.start + by,
    end: e.end + by,
    ...(e.titles ? { titles: e.titles.map((t) => ({ ...t, start: t.start + by, end: t.end + by })) } : {}),
  }));
}

/**
 * Recognises entities in `original`: NFC-normalises it (offsets are mapped back), splits it into
 * language segments (unless `options.lang` fixes one), runs the Vietnamese rules over Vietnamese text,
 * the English recogniser over English text and the date finder over both, then merges the results.
 */
export function composeEntities(original: string, options: RecogniseOptions, parts: EntityParts): Entity[] {
  const nfc = toNfc(original);
  // Same length as nfc.text, so offsets found in it are offsets in nfc.text.
  const text = maskHtmlEntities(nfc.text);
  const referenceDate = options.referenceDate;
  const segments = options.lang
    ? [{ start: 0, end: text.length, lang: options.lang }]
    : languageSegments(text, parts.detectLanguage);
  const found: Entity[] = [];
  const viSegments = segments.filter((s) => s.lang === 'vi');
  if (viSegments.length > 0) {
    const vi = recogniseVietnamese(text);
    // The rules run once over the whole text so that short mentions find their full names anywhere.
    const inside = (e: Entity) => viSegments.some((s) => e.start >= s.start && e.end <= s.end);
    for (const e of vi) if (viSegments.length === segments.length || inside(e)) found.push(e);
  }
  for (const s of segments) {
    const slice = text.slice(s.start, s.end);
    const dateOptions = referenceDate ? { lang: s.lang, referenceDate } : { lang: s.lang };
    found.push(...shift(parts.findDates(slice, dateOptions), s.start));
    if (s.lang === 'en') {
      const en = parts.recogniseEnglish(slice, referenceDate ? { referenceDate } : {});
      found.push(
        ...shift(
          en.filter((e) => e.type !== 'date'),
          s.start,
        ),
      );
    }
  }
  const merged = mergeEntities(found);
  if (text !== nfc.text) {
    // Entity texts were read from the masked text: take them from the text as given.
    for (const e of merged) {
      e.text = nfc.text.slice(e.start, e.end);
      if (e.titles) e.titles = e.titles.map((t) => ({ ...t, text: nfc.text.slice(t.start, t.end) }));
    }
  }
  if (nfc.text === original) return merged;
  return merged.map((e) => {
    const start = nfc.toOriginal(e.start);
    const end = nfc.toOriginal(e.end);
    const mapped: Entity = { ...e, start, end, text: original.slice(start, end) };
    if (e.titles) {
      mapped.titles = e.titles.map((t) => {
        const ts = nfc.toOriginal(t.start);
        const te = nfc.toOriginal(t.end);
        return { start: ts, end: te, text: original.slice(ts, te) };
      });
    }
    return mapped;
  });
}
