import type { MarginDatabase } from './create-database';
import {
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsPatch,
  type SiteSettings,
  sanitiseSettingsPatch,
} from './settings';

const GLOBAL_KEY = 'global';
const SITE_PREFIX = 'site:';

/**
 * Typed settings over the `settings` table: one record for the global settings (merged over the
 * defaults, so new settings need no migration) and one per site the user switched.
 *
 * @param db the Margin database
 */
export function createSettingsRepository(db: MarginDatabase) {
  async function get(): Promise<Settings> {
    const rec = await db.settings.get(GLOBAL_KEY);
    const stored = sanitiseSettingsPatch(rec?.value);
    return {
      ...DEFAULT_SETTINGS,
      ...stored,
      entityKinds: { ...DEFAULT_SETTINGS.entityKinds, ...stored.entityKinds },
    };
  }

  async function getSite(site: string): Promise<SiteSettings> {
    const rec = await db.settings.get(SITE_PREFIX + site);
    const value = rec?.value as { enabled?: unknown } | undefined;
    return { site, enabled: typeof value?.enabled === 'boolean' ? value.enabled : true };
  }

  return {
    /** The settings, defaults filled in. */
    get,

    /** Applies a patch (invalid fields ignored) and returns the new settings. */
    async update(patch: SettingsPatch): Promise<Settings> {
      const clean = sanitiseSettingsPatch(patch);
      return db.transaction('rw', db.settings, async () => {
        const current = await get();
        const next: Settings = {
          ...current,
          ...clean,
          entityKinds: { ...current.entityKinds, ...clean.entityKinds },
        };
        await db.settings.put({ key: GLOBAL_KEY, value: next });
        return next;
      });
    },

    /** A site's settings (on unless switched off). */
    getSite,

    /** Switches Margin on or off for a site. */
    async setSite(site: string, enabled: boolean): Promise<SiteSettings> {
      await db.settings.put({ key: SITE_PREFIX + site, value: { enabled } });
      return { site, enabled };
    },

    /** The sites the user switched, in name order. */
    async listSites(): Promise<SiteSettings[]> {
      const recs = await db.settings.where('key').startsWith(SITE_PREFIX).toArray();
      return Promise.all(recs.map((r) => getSite(r.key.slice(SITE_PREFIX.length))));
    },
  };
}

/** The settings repository's API. */
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
