import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/src/background/handlers';
import type { Sender } from '@/src/background/sender';
import type { MarginDatabase } from '@/src/storage/create-database';
import { createSettingsRepository } from '@/src/storage/settings-repository';
import { freshDb } from '../storage/fresh-db';

const ORIGIN = 'chrome-extension://test-extension-id/';
const UI: Sender = { id: 'test-extension-id', url: `${ORIGIN}sidepanel.html` };
const page = (url: string, tabId = 1): Sender => ({ id: 'test-extension-id', url, tab: { id: tabId, url } });
const VN = 'https://vnexpress.net/ky-luat-1.html';
const TT = 'https://tuoitre.vn/bai-2.htm';

const mention = {
  kind: 'official',
  key: 'nguyen-van-dinh',
  name: 'Nguyễn Văn Định',
  titles: ['Phó Cục trưởng'],
  count: 2,
  firstPosition: 5,
  context: '…',
};
const analysed = (url: string, extra: object = {}) => ({
  article: {
    url,
    title: 'Kỷ luật',
    publishedTime: '2024-04-24T08:00:00+07:00',
    text: 'Ông Nguyễn Văn Định…',
    textHash: 'h',
    ...extra,
  },
  mentions: [mention],
});
const newAnnotation = (url: string) => ({
  page: { url, title: 'Kỷ luật' },
  selectors: [{ type: 'TextQuoteSelector', exact: 'Nguyễn Văn Định', prefix: 'Ông ', suffix: '…' }],
  quote: 'Nguyễn Văn Định',
  tags: ['nhân sự'],
});

let db: MarginDatabase;
let h: ReturnType<typeof createHandlers>;
let settingsChanged = 0;

beforeEach(() => {
  db = freshDb();
  settingsChanged = 0;
  h = createHandlers(db, {
    extensionOrigin: ORIGIN,
    now: () => Date.parse('2025-01-01T00:00:00Z'),
    onSettingsChanged: () => settingsChanged++,
  });
});

describe('background handlers', () => {
  it('saves an analysed article and reports other documents and sites mentioning each entity', async () => {
    const first = await h.pageAnalysed(analysed(VN), page(VN));
    expect(first).toEqual({
      ok: true,
      value: {
        documentId: expect.any(String),
        entities: { 'nguyen-van-dinh': { otherDocuments: 0, otherSites: 0, tracked: false } },
      },
    });
    const second = await h.pageAnalysed(analysed(TT), page(TT, 2));
    expect(second.ok && second.value.entities['nguyen-van-dinh']).toEqual({
      otherDocuments: 1,
      otherSites: 1,
      tracked: false,
    });
    const doc = await db.documents.get(first.ok ? (first.value.documentId ?? '') : '');
    expect(doc).toMatchObject({ site: 'vnexpress.net', publishedAt: '2024-04-24T08:00:00+07:00' });
    expect((await db.texts.get(doc?.id ?? ''))?.text).toBe('Ông Nguyễn Văn Định…');
    // titles are dated by the article's publication, not the visit
    expect((await db.entities.get('nguyen-van-dinh'))?.titles[0]?.firstSeenAt).toBe(
      Date.parse('2024-04-24T01:00:00Z'),
    );
  });

  it("trusts the browser's sender URL over the page's claim", async () => {
    const r = await h.pageAnalysed(analysed('https://bank.example/account'), page(VN));
    expect(r.ok).toBe(true);
    expect((await db.documents.toArray()).map((d) => d.site)).toEqual(['vnexpress.net']);
  });

  it('refuses invalid content payloads with a clear message and writes nothing', async () => {
    const r = await h.pageAnalysed({ article: { url: VN, title: 1 }, mentions: [] }, page(VN));
    expect(r).toEqual({ ok: false, error: { code: 'invalid', message: 'article.title must be a string' } });
    expect(await db.documents.count()).toBe(0);
  });

  it('creates an annotation, finds it again from another URL variant, and edits it', async () => {
    const created = await h.createAnnotation(
      newAnnotation(`${VN}?utm_source=zalo`),
      page(`${VN}?utm_source=zalo`),
    );
    expect(created.ok).toBe(true);
    const state = await h.getPageState(
      { url: 'https://m.vnexpress.net/x', canonical: VN },
      page('https://m.vnexpress.net/x'),
    );
    expect(state.ok && state.value.annotations.map((a) => a.quote)).toEqual(['Nguyễn Văn Định']);
    expect(state.ok && state.value.site).toEqual({ site: 'm.vnexpress.net', enabled: true });
    const id = created.ok ? created.value.id : '';
    const updated = await h.updateAnnotation({ id, note: '<b>xem lại</b>', tags: ['a'] }, page(VN));
    expect(updated.ok && updated.value).toMatchObject({ note: '<b>xem lại</b>', tags: ['a'] });
    expect(await h.getTagNames(undefined, page(VN))).toEqual({ ok: true, value: ['a'] });
  });

  it("does not let one page's content script delete another page's annotations", async () => {
    const created = await h.createAnnotation(newAnnotation(VN), page(VN));
    const id = created.ok ? created.value.id : '';
    expect(await h.deleteAnnotation({ id }, page(TT))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await db.annotations.count()).toBe(1);
    const deleted = await h.deleteAnnotation({ id }, UI);
    expect(deleted.ok).toBe(true);
    expect(await db.annotations.count()).toBe(0);
    const restored = await h.restoreAnnotation({ annotation: deleted.ok ? deleted.value : null }, page(VN));
    expect(restored.ok).toBe(true);
    expect(await db.annotations.get(id)).toMatchObject({ quote: 'Nguyễn Văn Định', tags: ['nhân sự'] });
    expect(await h.deleteAnnotation({ id: 'missing' }, UI)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('records anchor states only for the sender page', async () => {
    const a = await h.createAnnotation(newAnnotation(VN), page(VN));
    const b = await h.createAnnotation(newAnnotation(TT), page(TT));
    const ids = [a, b].map((r) => (r.ok ? r.value.id : ''));
    const r = await h.setAnchorStates({ states: ids.map((id) => ({ id, state: 'orphan' })) }, page(VN));
    expect(r).toEqual({ ok: true, value: 1 });
    expect((await db.annotations.get(ids[1] ?? ''))?.anchorState).toBeUndefined();
  });

  it('accepts UI-only calls from extension pages only', async () => {
    await h.createAnnotation(newAnnotation(VN), page(VN));
    expect(await h.renameTag({ from: 'nhân sự', to: 'cán bộ' }, page(VN))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await h.renameTag({ from: 'nhân sự', to: 'cán bộ' }, UI)).toMatchObject({
      ok: true,
      value: { name: 'cán bộ', count: 1 },
    });
    expect(await h.updateSettings({ theme: 'dark' }, { url: 'https://evil.test/' })).toMatchObject({
      ok: false,
    });
    expect(await h.updateSettings({ theme: 'dark' }, UI)).toMatchObject({
      ok: true,
      value: { theme: 'dark' },
    });
    expect(settingsChanged).toBe(1);
    expect(await h.getTagNames(undefined, undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('does no work on a site switched off, and keeps only annotated articles when asked', async () => {
    await h.setSiteEnabled({ site: 'tuoitre.vn', enabled: false }, UI);
    expect(await h.pageAnalysed(analysed(TT), page(TT))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await createSettingsRepository(db).update({ rememberAllArticles: false });
    const r = await h.pageAnalysed(analysed(VN), page(VN));
    expect(r).toMatchObject({ ok: true, value: { documentId: null } });
    expect(await db.documents.count()).toBe(0);
    await h.createAnnotation(newAnnotation(VN), page(VN));
    const again = await h.pageAnalysed(analysed(VN), page(VN));
    expect(again.ok && again.value.documentId).toEqual(expect.any(String));
    expect(await db.mentions.count()).toBe(1);
  });

  it('forgets a site but keeps annotated articles unless asked', async () => {
    await h.pageAnalysed(analysed(VN), page(VN));
    await h.pageAnalysed(analysed(`${VN}?page=2`), page(`${VN}?page=2`));
    await h.createAnnotation(newAnnotation(VN), page(VN));
    expect(await h.forgetSite({ site: 'vnexpress.net', includeAnnotations: false }, UI)).toEqual({
      ok: true,
      value: { documents: 1, annotations: 0 },
    });
    expect(await db.mentions.count()).toBe(0);
    expect(await db.documents.count()).toBe(1);
    // The kept article keeps its metadata for its annotations, not a copy of the site's text.
    expect(await db.texts.count()).toBe(0);
    expect(await h.forgetSite({ site: 'vnexpress.net', includeAnnotations: true }, UI)).toEqual({
      ok: true,
      value: { documents: 1, annotations: 1 },
    });
    expect(await db.tags.count()).toBe(0);
  });

  it('says clearly when the database is unavailable', async () => {
    db.close();
    const r = await h.createAnnotation(newAnnotation(VN), page(VN));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'storage', message: expect.stringMatching(/nothing was saved/) },
    });
  });

  it("says it in the reader's language", async () => {
    let lang: 'en' | 'vi' = 'vi';
    const vi = createHandlers(db, { extensionOrigin: ORIGIN, language: () => lang });
    db.close();
    expect(await vi.createAnnotation(newAnnotation(VN), page(VN))).toMatchObject({
      ok: false,
      error: { code: 'storage', message: expect.stringMatching(/chưa có gì được lưu/) },
    });
    expect(await vi.forgetSite({ site: 'vnexpress.net', includeAnnotations: true }, page(VN))).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/Chỉ các trang của Margin/) },
    });
    lang = 'en';
    expect(await vi.createAnnotation(newAnnotation(VN), page(VN))).toMatchObject({
      error: { message: expect.stringMatching(/nothing was saved/) },
    });
  });
});
