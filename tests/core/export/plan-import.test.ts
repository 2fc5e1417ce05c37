// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyLibrary, type Library } from '@/src/core/export/library';
import { applyImportPlan, planImport } from '@/src/core/export/plan-import';
import { urlKey } from '@/src/core/export/url-key';
import { annotation, DOC, ENTITY, sampleLibrary } from './helpers/sample-library';

const lib = (parts: Partial<Library>): Library => ({ ...emptyLibrary(), ...parts });

describe('planImport', () => {
  it('keeps the newer edit of an annotation, whichever side has it', () => {
    const old = annotation('a', 'bài viết', { note: 'old', updatedAt: 100 });
    const edited = { ...old, note: 'new', updatedAt: 200 };
    const existingOld = lib({ documents: [DOC], annotations: [old] });
    const plan = planImport(existingOld, lib({ documents: [DOC], annotations: [edited] }));
    expect(plan.put.annotations).toEqual([edited]);
    expect(plan.summary.annotations).toEqual({ added: 0, updated: 1 });
    const existingNew = lib({ documents: [DOC], annotations: [edited] });
    expect(planImport(existingNew, lib({ documents: [DOC], annotations: [old] })).empty).toBe(true);
  });

  it('matches a document by any URL variant and moves incoming annotations and mentions onto it', () => {
    const existing = lib({
      documents: [{ ...DOC, urls: ['https://www.vnexpress.net/pho-cuc-truong-4741234.html/'] }],
    });
    const incomingDoc = {
      ...DOC,
      id: 'other-id',
      urls: ['https://vnexpress.net/pho-cuc-truong-4741234.html?utm_source=zalo#top'],
      lastVisitedAt: DOC.lastVisitedAt + 1000,
      title: 'Newer title',
    };
    const a = annotation('a', 'bài viết', { documentId: 'other-id' });
    const m = {
      entityKey: ENTITY.key,
      documentId: 'other-id',
      site: 'vnexpress.net',
      type: 'official' as const,
      name: 'x',
      count: 2,
      titles: [],
      firstPosition: 3,
      context: 'c',
      seenAt: 1,
    };
    const plan = planImport(
      existing,
      lib({ documents: [incomingDoc], annotations: [a], entities: [ENTITY], mentions: [m] }),
    );
    expect(plan.remapped).toEqual({ 'other-id': DOC.id });
    expect(plan.put.annotations[0]!.documentId).toBe(DOC.id);
    expect(plan.put.mentions[0]!.documentId).toBe(DOC.id);
    const merged = plan.put.documents[0]!;
    expect(merged.id).toBe(DOC.id);
    expect(merged.title).toBe('Newer title');
    expect(merged.urls).toEqual([
      'https://www.vnexpress.net/pho-cuc-truong-4741234.html/',
      'https://vnexpress.net/pho-cuc-truong-4741234.html?utm_source=zalo#top',
    ]);
    const after = applyImportPlan(existing, plan);
    expect(after.documents).toHaveLength(1);
    expect(
      planImport(
        after,
        lib({ documents: [incomingDoc], annotations: [a], entities: [ENTITY], mentions: [m] }),
      ).empty,
    ).toBe(true);
  });

  it('keeps the fields of the more recently visited copy of a document and fills gaps from the other', () => {
    const existing = lib({ documents: [{ ...DOC, excerpt: undefined, byline: 'Old byline' }] });
    const incoming = {
      ...DOC,
      byline: 'Older visit byline',
      excerpt: 'An excerpt',
      lastVisitedAt: DOC.lastVisitedAt - 1,
      firstVisitedAt: 5,
    };
    const merged = planImport(existing, lib({ documents: [incoming] })).put.documents[0]!;
    expect(merged.byline).toBe('Old byline');
    expect(merged.excerpt).toBe('An excerpt');
    expect(merged.firstVisitedAt).toBe(5);
    expect(merged.lastVisitedAt).toBe(DOC.lastVisitedAt);
  });

  it('unites entity aliases and titles and takes the larger counts, so re-importing never doubles them', () => {
    const incoming = {
      ...ENTITY,
      aliases: ['Định'],
      titles: [{ text: 'Cục trưởng', firstSeenAt: 5, lastSeenAt: 6, documentCount: 1 }],
      mentionCount: 1,
      documentCount: 4,
    };
    const merged = planImport(lib({ entities: [ENTITY] }), lib({ entities: [incoming] })).put.entities[0]!;
    expect(merged.aliases).toEqual(['Nguyễn Văn Định', 'ông Định', 'Định']);
    expect(merged.titles.map((t) => t.text)).toEqual(['Phó Cục trưởng', 'Cục trưởng']);
    expect([merged.mentionCount, merged.documentCount]).toEqual([2, 4]);
  });

  it('keeps existing settings and adds missing ones', () => {
    const plan = planImport(
      lib({ settings: [{ key: 'language', value: 'vi' }] }),
      lib({
        settings: [
          { key: 'language', value: 'en' },
          { key: 'theme', value: 'dark' },
        ],
      }),
    );
    expect(plan.put.settings).toEqual([{ key: 'theme', value: 'dark' }]);
  });

  it('recounts tags whose annotations change and creates tags missing from both tables', () => {
    const existing = sampleLibrary();
    const incoming = lib({
      documents: [DOC],
      annotations: [annotation('new', 'Kết thúc', { tags: ['chính trị', 'mới'], createdAt: 7 })],
    });
    const plan = planImport(existing, incoming);
    expect(plan.put.tags).toEqual([
      { name: 'chính trị', colour: 'red', count: 3, createdAt: existing.tags[1]!.createdAt },
      { name: 'mới', count: 1, createdAt: 7 },
    ]);
    expect(plan.summary.tags).toEqual({ added: 1, updated: 1 });
  });

  it('skips an annotation whose document is nowhere, saying so', () => {
    const plan = planImport(
      emptyLibrary(),
      lib({ annotations: [annotation('lost', 'bài viết', { documentId: 'nowhere' })] }),
    );
    expect(plan.skipped).toEqual(['annotation lost: its document nowhere is in neither library']);
    expect(plan.empty).toBe(true);
  });

  it('does not modify its arguments', () => {
    const existing = sampleLibrary();
    const incoming = sampleLibrary();
    incoming.annotations[0]!.updatedAt += 1;
    const before = JSON.stringify([existing, incoming]);
    planImport(existing, incoming);
    expect(JSON.stringify([existing, incoming])).toBe(before);
  });
});

describe('urlKey', () => {
  it.each([
    ['https://www.a.vn/x/?utm_source=f&b=2&a=1#frag', 'a.vn/x?a=1&b=2'],
    ['http://A.vn/x', 'a.vn/x'],
    ['https://a.vn/', 'a.vn/'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, key) => {
    expect(urlKey(url)).toBe(key);
  });
});
