import { beforeEach, describe, expect, it } from 'vitest';
import type { MarginDatabase } from '@/src/storage/create-database';
import { createEntityRepository, type MentionInput } from '@/src/storage/entity-repository';
import { freshDb } from './fresh-db';

let db: MarginDatabase;
let repo: ReturnType<typeof createEntityRepository>;
beforeEach(() => {
  db = freshDb();
  repo = createEntityRepository(db);
});

const dinh = (titles: string[], count = 2, name = 'Nguyễn Văn Định'): MentionInput => ({
  kind: 'official',
  key: 'nguyen-van-dinh',
  name,
  titles,
  count,
  firstPosition: 10,
  context: '… Phó Cục trưởng Nguyễn Văn Định …',
});

describe('entity repository', () => {
  it('tracks one entity across documents and sites with titles first/last seen', async () => {
    await repo.recordMentions({ documentId: 'd1', site: 'vnexpress.net', seenAt: 100 }, [
      dinh(['Phó Cục trưởng']),
    ]);
    await repo.recordMentions({ documentId: 'd2', site: 'tuoitre.vn', seenAt: 300 }, [
      dinh(['Phó Cục trưởng', 'Cục trưởng'], 1, 'ông Định'),
    ]);
    const e = await repo.get('nguyen-van-dinh');
    expect(e).toMatchObject({
      type: 'official',
      name: 'Nguyễn Văn Định',
      documentCount: 2,
      mentionCount: 3,
      firstSeenAt: 100,
      lastSeenAt: 300,
    });
    expect(e?.aliases).toEqual(['Nguyễn Văn Định', 'ông Định']);
    expect(e?.titles).toEqual([
      { text: 'Phó Cục trưởng', firstSeenAt: 100, lastSeenAt: 300, documentCount: 2 },
      { text: 'Cục trưởng', firstSeenAt: 300, lastSeenAt: 300, documentCount: 1 },
    ]);
    expect(
      await repo.reach(['nguyen-van-dinh', 'unknown'], { documentId: 'd1', site: 'vnexpress.net' }),
    ).toEqual({
      'nguyen-van-dinh': { otherDocuments: 1, otherSites: 1, tracked: false },
      unknown: { otherDocuments: 0, otherSites: 0, tracked: false },
    });
    expect((await repo.mentionsOf('nguyen-van-dinh')).map((m) => m.documentId)).toEqual(['d2', 'd1']);
  });

  it('does not count a re-analysed document twice, and drops mentions that disappeared', async () => {
    const org: MentionInput = {
      kind: 'org',
      key: 'ban-to-chuc',
      name: 'Ban Tổ chức Trung ương',
      titles: [],
      count: 1,
      firstPosition: 0,
      context: '',
    };
    await repo.recordMentions({ documentId: 'd1', site: 's', seenAt: 1 }, [dinh(['Phó Cục trưởng']), org]);
    await repo.recordMentions({ documentId: 'd1', site: 's', seenAt: 2 }, [dinh(['Phó Cục trưởng'], 5)]);
    expect(await repo.get('nguyen-van-dinh')).toMatchObject({ documentCount: 1, mentionCount: 5 });
    expect((await repo.get('nguyen-van-dinh'))?.titles[0]?.documentCount).toBe(1);
    expect(await repo.get('ban-to-chuc')).toBeUndefined();
    expect(await db.mentions.count()).toBe(1);
  });

  it('ignores dates and keeps an official an official', async () => {
    await repo.recordMentions({ documentId: 'd1', site: 's', seenAt: 1 }, [
      { ...dinh([]), kind: 'date', key: '2024-04-24' },
      dinh(['Phó Cục trưởng']),
    ]);
    await repo.recordMentions({ documentId: 'd2', site: 's', seenAt: 1 }, [{ ...dinh([]), kind: 'person' }]);
    expect(await repo.get('2024-04-24')).toBeUndefined();
    expect((await repo.get('nguyen-van-dinh'))?.type).toBe('official');
  });

  it('keeps a tracked entity when its documents are forgotten', async () => {
    await repo.recordMentions({ documentId: 'd1', site: 's', seenAt: 1 }, [dinh([])]);
    expect(await repo.setTracked('nguyen-van-dinh', true, 7)).toMatchObject({ trackedAt: 7 });
    await repo.removeDocument('d1');
    expect(await repo.get('nguyen-van-dinh')).toMatchObject({ documentCount: 0, trackedAt: 7 });
    expect((await repo.list({ trackedOnly: true })).map((e) => e.key)).toEqual(['nguyen-van-dinh']);
    expect(await repo.setTracked('missing', true)).toBeUndefined();
  });
});
