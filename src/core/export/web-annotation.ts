import { documentUrl, positionSelectorOf, quoteSelectorOf } from './annotation-parts';
import { utf16ToCodePoint } from './code-points';
import type { AnnotationRecord, DocumentRecord, EntityRecord, Library } from './library';
import { type Now, toIso } from './to-iso';

/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A JSON object as written. */
export type JsonObject = Record<string, unknown>;

/** Options for {@link toWebAnnotation}. */
export type WebAnnotationOptions = {
  /** Entities by key, to turn the annotation's `entityKeys` into `identifying` bodies. */
  entities?: ReadonlyMap<string, EntityRecord>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An IRI for a Margin id: `urn:uuid:` for UUIDs (what Margin generates), else a `urn:margin:` name. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:margin:annotation:${encodeURIComponent(id)}`;
}

/** The software that wrote the annotation. */
const GENERATOR = { id: 'urn:margin:software', type: 'Software', name: 'Margin' };

/**
 * The selectors of the target. The TextPositionSelector is converted from UTF-16 units to code points over the
 * document's stored text; it is left out when the text is missing or has changed since the annotation was made,
 * because then no conversion is trustworthy.
 */
function targetSelectors(a: AnnotationRecord, doc: DocumentRecord): JsonObject[] {
  const quote = quoteSelectorOf(a);
  const selectors: JsonObject[] = [
    {
      type: 'TextQuoteSelector',
      exact: quote.exact,
      ...(quote.prefix ? { prefix: quote.prefix } : {}),
      ...(quote.suffix ? { suffix: quote.suffix } : {}),
    },
  ];
  const position = positionSelectorOf(a);
  const text = doc.text;
  const textChanged = a.textHash !== undefined && doc.textHash !== undefined && a.textHash !== doc.textHash;
  if (position && text !== undefined && !textChanged && position.end <= text.length) {
    selectors.push({
      type: 'TextPositionSelector',
      start: utf16ToCodePoint(text, position.start),
      end: utf16ToCodePoint(text, position.end),
    });
  }
  return selectors;
}

/**
 * One annotation as a W3C Web Annotation: the note as a `commenting` TextualBody, each tag as a `tagging` one,
 * each recognised entity the quote mentions as an `identifying` one; the target is the article URL with a
 * TextQuoteSelector and (when trustworthy) a code-point TextPositionSelector.
 * @param now - written as `generated`.
 */
export function toWebAnnotation(
  annotation: AnnotationRecord,
  doc: DocumentRecord,
  now: Now,
  options: WebAnnotationOptions = {},
): JsonObject {
  const lang = doc.lang ? { language: doc.lang } : {};
  const body: JsonObject[] = [];
  if (annotation.note.trim()) {
    body.push({
      type: 'TextualBody',
      value: annotation.note,
      format: 'text/plain',
      purpose: 'commenting',
      ...lang,
    });
  }
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  for (const key of annotation.entityKeys) {
    const entity = options.entities?.get(key);
    if (entity) body.push({ type: 'TextualBody', value: entity.name, purpose: 'identifying', ...lang });
  }
  const url = documentUrl(doc);
  const source = url ?? `urn:margin:document:${encodeURIComponent(doc.id)}`;
  return {
    '@context': ANNO_CONTEXT,
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: annotation.note.trim() ? 'commenting' : 'highlighting',
    created: new Date(annotation.createdAt).toISOString(),
    modified: new Date(annotation.updatedAt).toISOString(),
    generator: GENERATOR,
    generated: toIso(now),
    ...(body.length ? { body } : {}),
    target: {
      source,
      type: 'Text',
      format: 'text/html',
      ...lang,
      selector: targetSelectors(annotation, doc),
    },
  };
}

/**
 * Many annotations as one W3C AnnotationCollection whose `first` is a single embedded AnnotationPage holding
 * every annotation (newest first); the annotations inside leave out their own `@context`.
 * @param now - written as `generated` and used to name the collection.
 */
export function toAnnotationCollection(
  library: Pick<Library, 'documents' | 'annotations' | 'entities'>,
  now: Now,
  label = 'Margin annotations',
): JsonObject {
  const docs = new Map(library.documents.map((d) => [d.id, d]));
  const entities = new Map(library.entities.map((e) => [e.key, e]));
  const iso = toIso(now);
  const id = `urn:margin:collection:${iso}`;
  const items: JsonObject[] = [];
  for (const a of [...library.annotations].sort((x, y) => y.createdAt - x.createdAt)) {
    const doc = docs.get(a.documentId);
    if (!doc) continue;
    const { '@context': _context, ...anno } = toWebAnnotation(a, doc, now, { entities });
    items.push(anno);
  }
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    generator: GENERATOR,
    generated: iso,
    ...(items.length
      ? { first: { id: `${id}:page:0`, type: 'AnnotationPage', partOf: id, startIndex: 0, items } }
      : {}),
  };
}
