// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codePointToUtf16, utf16ToCodePoint } from '@/src/core/export/code-points';
import { toAnnotationCollection, toWebAnnotation } from '@/src/core/export/web-annotation';
import { assertionsOf, passes, SchemaStore } from './helpers/json-schema';
import { randomLibrary } from './helpers/random-library';
import { annotation, DOC, ENTITY, sampleLibrary, TEXT } from './helpers/sample-library';

const W3C = join(__dirname, '../../fixtures/w3c');
const store = new SchemaStore(W3C);
const annotationMusts = assertionsOf(store, 'annotations/annotationMusts.test');
const annotationOptionals = assertionsOf(store, 'annotations/annotationOptionals.test');
const collectionMusts = assertionsOf(store, 'collections/collectionMusts.test');
const NOW = '2026-01-02T03:04:05.000Z';

const failing = (asserts: typeof annotationMusts, value: unknown) =>
  asserts.filter((a) => !passes(store, a.schema, value)).map((a) => a.path);

const sample = (kind: 'correct' | 'incorrect', name: string): unknown => {
  const text = readFileSync(join(W3C, 'samples', kind, name), 'utf8');
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

describe('the minimal draft-04 validator agrees with the W3C samples', () => {
  // anno11–13 target Composite / List / Independents, types the final Recommendation (2017) dropped; the
  // assertion schemas of this commit follow the Recommendation, so the W3C's own harness rejects them too.
  const stale = ['anno11.json', 'anno12.json', 'anno13.json'];
  const correct = readdirSync(join(W3C, 'samples/correct')).filter(
    (f) => f.startsWith('anno') && !stale.includes(f),
  );

  it.each(stale)(
    'correct/%s (pre-Recommendation multiplicity type) fails only targetObjectsRecognized',
    (name) => {
      expect(failing(annotationMusts, sample('correct', name))).toEqual([
        'annotations/3.2-targetObjectsRecognized.json',
      ]);
    },
  );
  const incorrect = readdirSync(join(W3C, 'samples/incorrect'));

  it.each(correct)('correct/%s passes every must', (name) => {
    expect(failing(annotationMusts, sample('correct', name))).toEqual([]);
  });

  it.each(incorrect)('incorrect/%s fails a must (or is not JSON)', (name) => {
    const value = sample('incorrect', name);
    if (value === undefined) return;
    expect(failing(annotationMusts, value).length).toBeGreaterThan(0);
  });

  it('correct/collection1.json passes every collection must', () => {
    expect(failing(collectionMusts, sample('correct', 'collection1.json'))).toEqual([]);
  });
});

describe('code points', () => {
  it('counts an emoji (two UTF-16 units) as one code point', () => {
    const at = TEXT.indexOf('bài');
    expect(at).toBe(10);
    expect(utf16ToCodePoint(TEXT, at)).toBe(9);
    expect([...TEXT.slice(0, at)].length).toBe(9);
    expect(codePointToUtf16(TEXT, 9)).toBe(at);
  });
});

describe('toWebAnnotation', () => {
  const lib = sampleLibrary();
  const entities = new Map([[ENTITY.key, ENTITY]]);
  const [withNote, plain] = lib.annotations;

  it('passes every must assertion, and the optional ones for the features it uses', () => {
    for (const a of lib.annotations) {
      const anno = toWebAnnotation(a, DOC, NOW, { entities });
      expect(failing(annotationMusts, anno)).toEqual([]);
    }
    const anno = toWebAnnotation(withNote!, DOC, NOW, { entities });
    const used = [
      'annotations/3.3.1-annotationCreatedImplemented.json',
      'annotations/3.3.1-annotationModifiedImplemented.json',
      'annotations/3.3.1-annotationGeneratedImplemented.json',
      'annotations/3.3.5-annotationMotivationImplemented.json',
      'annotations/3.3.5-annotationSingleMotivationImplemented.json',
      'annotations/3.1-bodyKeyFound.json',
      'annotations/bodiesTargets/3.2.4-bodyETB.json',
      'annotations/bodiesTargets/3.2.4-bodyETBTypeTextualBody.json',
      'annotations/bodiesTargets/3.3.5-bodyPurpose.json',
      'annotations/bodiesTargets/3.2.1-bodyFormat.json',
      'annotations/bodiesTargets/3.2.1-bodyLanguage.json',
      'annotations/bodiesTargets/3.2.1-targLanguage.json',
      'annotations/bodiesTargets/3.2.1-targFormat.json',
      'annotations/bodiesTargets/3.2.2-targType.json',
      'annotations/bodiesTargets/4-targSpecificResource.json',
      'annotations/specificResource/4.2-selectorFound.json',
      'annotations/specificResource/4.2.4-textQuoteSelector.json',
      'annotations/specificResource/4.2.4-prefix.json',
      'annotations/specificResource/4.2.4-suffix.json',
      'annotations/specificResource/4.2.5-textPositionSelector.json',
    ];
    const optionalFailures = failing(
      annotationOptionals.filter((a) => used.includes(a.path)),
      anno,
    );
    expect(used.every((p) => annotationOptionals.some((a) => a.path === p))).toBe(true);
    expect(optionalFailures).toEqual([]);
  });

  it('turns note, tags and entities into commenting, tagging and identifying bodies', () => {
    const anno = toWebAnnotation(withNote!, DOC, NOW, { entities });
    expect(anno.motivation).toBe('commenting');
    expect(anno.body).toEqual([
      {
        type: 'TextualBody',
        value: 'Người phát ngôn chính',
        format: 'text/plain',
        purpose: 'commenting',
        language: 'vi',
      },
      { type: 'TextualBody', value: 'nguồn tin', purpose: 'tagging' },
      { type: 'TextualBody', value: 'chính trị', purpose: 'tagging' },
      { type: 'TextualBody', value: 'Nguyễn Văn Định', purpose: 'identifying', language: 'vi' },
    ]);
    expect(anno.id).toBe('urn:uuid:a1c1f5b2-0000-4000-8000-000000000001');
    expect(anno.created).toBe('2024-04-25T03:00:00.000Z');
    expect(anno.generated).toBe(NOW);
  });

  it('converts TextPosition offsets to code points over the stored text', () => {
    const anno = toWebAnnotation(plain!, DOC, NOW) as { target: { selector: Record<string, unknown>[] } };
    const pos = anno.target.selector.find((s) => s.type === 'TextPositionSelector')!;
    const exact = 'việc "kiểm tra" sẽ tiếp tục - theo kế hoạch & lộ trình';
    const utf16 = TEXT.indexOf(exact);
    expect(pos).toEqual({
      type: 'TextPositionSelector',
      start: utf16 - 1,
      end: utf16 - 1 + [...exact].length,
    });
    expect([...TEXT].slice(pos.start as number, pos.end as number).join('')).toBe(exact);
  });

  it('leaves out the position when the article text changed since the annotation was made', () => {
    const changed = annotation('x', 'bài viết', { textHash: 'old' });
    const anno = toWebAnnotation(changed, DOC, NOW) as {
      target: { selector: { type: string }[] };
      motivation: string;
      body?: unknown;
    };
    expect(anno.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
    expect(anno.motivation).toBe('highlighting');
    expect(anno.body).toBeUndefined();
    expect(failing(annotationMusts, anno)).toEqual([]);
  });
});

describe('toAnnotationCollection', () => {
  it('is a valid AnnotationCollection whose page items are valid annotations', () => {
    const lib = sampleLibrary();
    const collection = toAnnotationCollection(lib, NOW) as {
      first: { items: unknown[]; type: string };
      total: number;
    };
    expect(failing(collectionMusts, collection)).toEqual([]);
    expect(collection.total).toBe(3);
    expect(collection.first.type).toBe('AnnotationPage');
    for (const item of collection.first.items) {
      expect(
        failing(annotationMusts, { '@context': 'http://www.w3.org/ns/anno.jsonld', ...(item as object) }),
      ).toEqual([]);
    }
  });

  it('is valid when empty (total 0, no first page)', () => {
    const collection = toAnnotationCollection({ documents: [], annotations: [], entities: [] }, NOW);
    expect(collection.total).toBe(0);
    expect(collection.first).toBeUndefined();
    expect(failing(collectionMusts, collection)).toEqual([]);
  });
});

describe('the validator catches broken output', () => {
  it.each([
    ['no @context', (a: Record<string, unknown>) => delete a['@context']],
    ['an id that is not a URI', (a: Record<string, unknown>) => (a.id = 'not a uri')],
    [
      'a TextQuoteSelector without exact',
      (a: Record<string, unknown>) =>
        delete (a.target as { selector: Record<string, unknown>[] }).selector[0]!.exact,
    ],
    ['a bad created time', (a: Record<string, unknown>) => (a.created = '25/04/2024')],
  ])('%s fails a must', (_name, breakIt) => {
    const anno = toWebAnnotation(sampleLibrary().annotations[0]!, DOC, NOW);
    breakIt(anno);
    expect(failing(annotationMusts, anno).length).toBeGreaterThan(0);
  });
});

describe('random libraries', () => {
  it.each([11, 12, 13])('seed %i: every exported annotation and the collection pass every must', (seed) => {
    const lib = randomLibrary(seed, { documents: 4, annotations: 25 });
    const collection = toAnnotationCollection(lib, NOW) as { first: { items: object[] } };
    expect(failing(collectionMusts, collection)).toEqual([]);
    for (const item of collection.first.items) {
      expect(failing(annotationMusts, { '@context': 'http://www.w3.org/ns/anno.jsonld', ...item })).toEqual(
        [],
      );
    }
  });
});
