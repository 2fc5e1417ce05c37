import 'fake-indexeddb/auto';
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { TabArticleState } from '@/src/messaging/protocol';
import { createAnnotationRepository } from '@/src/storage/annotation-repository';
import { createDatabase, type MarginDatabase } from '@/src/storage/create-database';
import { createDocumentRepository } from '@/src/storage/document-repository';
import type { AnnotationRecord, EntityRecord, MentionRecord } from '@/src/storage/records';
import { createSettingsRepository } from '@/src/storage/settings-repository';
import type { UiClient } from '@/src/ui/data/ui-client';
import { UiRoot } from '@/src/ui/UiRoot';

let counter = 0;
/** A fresh database per test. */
export function freshDb(): MarginDatabase {
  counter += 1;
  return createDatabase(`ui-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** An article state as the content script would report it. */
export function articleState(overrides: Partial<TabArticleState> = {}): TabArticleState {
  return {
    status: 'article',
    article: {
      url: 'https://vnexpress.net/bai-viet-1.html',
      title: 'Phó Cục trưởng Nguyễn Văn Định nhận nhiệm vụ mới',
      siteName: 'VnExpress',
      byline: 'Hoài Thu',
      publishedTime: '2024-04-24T08:00:00+07:00',
    },
    documentId: null,
    counts: { official: 3, person: 1, org: 5, date: 2 },
    annotationCount: 0,
    ...overrides,
  };
}

/**
 * A UiClient that does what the background would, straight on the test database (through the
 * real repositories where they exist), and records every call.
 */
export function fakeClient(db: MarginDatabase, overrides: Partial<UiClient> = {}) {
  const calls: { name: string; args: unknown[] }[] = [];
  const annotations = createAnnotationRepository(db);
  const log =
    <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) =>
    (...args: A) => {
      calls.push({ name, args });
      return fn(...args);
    };
  const settings = createSettingsRepository(db);
  const client: UiClient = {
    currentTabId: log('currentTabId', async () => 7),
    watchTab: () => () => {},
    tabUrl: log('tabUrl', async () => 'https://vnexpress.net/bai-viet-1.html'),
    getTabArticle: log('getTabArticle', async () => articleState()),
    analyseTab: log('analyseTab', async () => articleState()),
    scrollToAnnotation: log('scrollToAnnotation', async () => true),
    openSidePanel: log('openSidePanel', async () => {}),
    openUrl: log('openUrl', async () => {}),
    openOptions: log('openOptions', async () => {}),
    updateAnnotation: log('updateAnnotation', async (id, patch) => {
      await annotations.update(id, patch);
    }),
    deleteAnnotation: log(
      'deleteAnnotation',
      async (id) => (await annotations.delete(id)) as AnnotationRecord,
    ),
    restoreAnnotation: log('restoreAnnotation', async (record) => {
      await annotations.restore(record);
    }),
    renameTag: log('renameTag', async (from, to) => {
      await db.transaction('rw', db.annotations, db.tags, async () => {
        const tag = await db.tags.get(from);
        await db.annotations
          .where('tags')
          .equals(from)
          .modify((a) => {
            a.tags = a.tags.map((t) => (t === from ? to : t));
          });
        await db.tags.delete(from);
        if (tag) await db.tags.put({ ...tag, name: to });
      });
    }),
    mergeTags: log('mergeTags', async () => {}),
    deleteTag: log('deleteTag', async (name) => {
      const tag = (await db.tags.get(name))!;
      const ids = (await db.annotations.where('tags').equals(name).primaryKeys()) as string[];
      await db.annotations
        .where('tags')
        .equals(name)
        .modify((a) => {
          a.tags = a.tags.filter((t) => t !== name);
        });
      await db.tags.delete(name);
      return { tag, annotationIds: ids };
    }),
    restoreTag: log('restoreTag', async (undo) => {
      await db.tags.put(undo.tag);
      await db.annotations
        .where('id')
        .anyOf(undo.annotationIds)
        .modify((a) => {
          a.tags = [...a.tags, undo.tag.name];
        });
    }),
    setTagColour: log('setTagColour', async (name, colour) => {
      await db.tags.update(name, { colour: colour ?? undefined });
    }),
    updateSettings: log('updateSettings', async (patch) => {
      await settings.update(patch);
    }),
    setSiteEnabled: log('setSiteEnabled', async (site, enabled) => {
      await settings.setSite(site, enabled);
    }),
    forgetSite: log('forgetSite', async (site) => {
      await db.documents.where('site').equals(site).delete();
    }),
    importFile: log('importFile', async () => ({
      summary: { annotations: { added: 0, updated: 0 } },
      skipped: [],
      warnings: [],
      empty: true,
    })),
    hasImportToShow: log('hasImportToShow', async () => false),
    resumeImport: log('resumeImport', async () => null),
    ...overrides,
  };
  return { client, calls };
}

/** Seeds two articles on two sites, annotations with tags, and tracked entities. */
export async function seed(db: MarginDatabase) {
  const docs = createDocumentRepository(db);
  const annotations = createAnnotationRepository(db);
  const d1 = await docs.upsert(
    {
      visited: 'https://vnexpress.net/bai-viet-1.html',
      title: 'Phó Cục trưởng Nguyễn Văn Định nhận nhiệm vụ mới',
      siteName: 'VnExpress',
      publishedAt: '2024-04-24',
    },
    1_713_900_000_000,
  );
  const d2 = await docs.upsert(
    { visited: 'https://example.com/news/budget', title: 'Budget talks resume', siteName: 'Example News' },
    1_713_900_000_000,
  );
  const at = (start: number, exact: string) => [
    { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
    { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  ];
  const a1 = await annotations.create(
    {
      documentId: d1.id,
      selectors: at(200, 'Ban Tổ chức Trung ương'),
      quote: 'Ban Tổ chức Trung ương',
      tags: ['nhân sự'],
      entityKeys: ['org:ban-to-chuc-trung-uong'],
    },
    1_714_000_000_000,
  );
  const a2 = await annotations.create(
    {
      documentId: d1.id,
      selectors: at(20, 'Nguyễn Văn Định'),
      quote: 'Nguyễn Văn Định',
      note: 'Phó Cục trưởng',
      tags: ['nhân sự', 'theo dõi'],
      colour: 'green',
      entityKeys: ['official:nguyen-van-dinh'],
    },
    1_714_000_100_000,
  );
  const a3 = await annotations.create(
    { documentId: d2.id, selectors: at(5, 'budget deficit'), quote: 'budget deficit', tags: ['economy'] },
    1_714_000_200_000,
  );
  const dinh: EntityRecord = {
    key: 'official:nguyen-van-dinh',
    type: 'official',
    name: 'Nguyễn Văn Định',
    aliases: ['Nguyễn Văn Định', 'ông Định'],
    titles: [
      {
        text: 'Phó Cục trưởng Cục Bảo vệ chính trị nội bộ',
        firstSeenAt: 1_700_000_000_000,
        lastSeenAt: 1_713_900_000_000,
        documentCount: 1,
      },
    ],
    documentCount: 1,
    mentionCount: 3,
    firstSeenAt: 1_700_000_000_000,
    lastSeenAt: 1_713_900_000_000,
  };
  const mention: MentionRecord = {
    entityKey: dinh.key,
    documentId: d1.id,
    site: d1.site,
    type: 'official',
    name: 'Nguyễn Văn Định',
    count: 3,
    titles: ['Phó Cục trưởng Cục Bảo vệ chính trị nội bộ'],
    firstPosition: 20,
    context: '…',
    seenAt: 1_713_900_000_000,
  };
  await db.entities.put(dinh);
  await db.mentions.put(mention);
  return { d1, d2, a1, a2, a3 };
}

/** Renders a tree inside UiRoot into a fresh container. */
export async function renderUi(node: ComponentChildren, db: MarginDatabase, client: UiClient) {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  await act(async () => {
    render(
      <UiRoot db={db} client={client}>
        {node}
      </UiRoot>,
      container,
    );
  });
  return {
    container,
    unmount: () => act(() => render(null, container)),
  };
}

/** Polls until `check` stops throwing (live queries settle asynchronously). */
export async function waitFor<T>(check: () => T, timeout = 4000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() - start > timeout) throw error;
      await act(async () => {
        await new Promise((r) => setTimeout(r, 15));
      });
    }
  }
}

/** The text of an element with whitespace collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Finds a button by its accessible text (textContent or aria-label). */
export function button(container: Element, name: string | RegExp): HTMLButtonElement {
  const all = [...container.querySelectorAll('button')];
  const match = all.find((b) => {
    const label = b.getAttribute('aria-label') ?? textOf(b);
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!match)
    throw new Error(
      `no button ${name}; have: ${all.map((b) => b.getAttribute('aria-label') ?? textOf(b)).join(' | ')}`,
    );
  return match;
}

/** Clicks inside act(). */
export async function click(el: Element) {
  await act(async () => {
    (el as HTMLElement).click();
  });
}
