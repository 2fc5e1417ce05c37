import { beforeEach, describe, expect, it } from 'vitest';
import type { MarginDatabase } from '@/src/storage/create-database';
import { requestPersistence } from '@/src/storage/request-persistence';
import { DEFAULT_SETTINGS } from '@/src/storage/settings';
import { createSettingsRepository } from '@/src/storage/settings-repository';
import { freshDb } from './fresh-db';

let db: MarginDatabase;
let settings: ReturnType<typeof createSettingsRepository>;
beforeEach(() => {
  db = freshDb();
  settings = createSettingsRepository(db);
});

describe('settings repository', () => {
  it('starts from the defaults and persists typed patches', async () => {
    expect(await settings.get()).toEqual(DEFAULT_SETTINGS);
    await settings.update({ uiLanguage: 'vi', entityKinds: { date: false } });
    const again = await createSettingsRepository(db).get();
    expect(again.uiLanguage).toBe('vi');
    expect(again.entityKinds).toEqual({ official: true, person: true, org: true, date: false });
  });

  it('ignores invalid values', async () => {
    const s = await settings.update({ uiLanguage: 'fr', theme: 3, rememberAllArticles: 'yes' } as never);
    expect(s).toEqual(DEFAULT_SETTINGS);
  });

  it('switches sites on and off', async () => {
    expect(await settings.getSite('vnexpress.net')).toEqual({ site: 'vnexpress.net', enabled: true });
    await settings.setSite('vnexpress.net', false);
    expect((await settings.getSite('vnexpress.net')).enabled).toBe(false);
    expect(await settings.listSites()).toEqual([{ site: 'vnexpress.net', enabled: false }]);
  });
});

describe('requestPersistence', () => {
  it('asks once, reports the answer, and copes with a missing API', async () => {
    let asked = 0;
    const storage = {
      persisted: async () => false,
      persist: async () => {
        asked++;
        return true;
      },
    };
    expect(await requestPersistence(storage)).toBe(true);
    expect(asked).toBe(1);
    expect(await requestPersistence({ persisted: async () => true, persist: async () => false })).toBe(true);
    expect(await requestPersistence(undefined)).toBe(false);
    expect(
      await requestPersistence({
        persisted: async () => false,
        persist: () => Promise.reject(new Error('x')),
      }),
    ).toBe(false);
  });
});
