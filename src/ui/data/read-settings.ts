import type { MarginDatabase } from '@/src/storage/create-database';
import {
  DEFAULT_SETTINGS,
  type Settings,
  type SiteSettings,
  sanitiseSettingsPatch,
} from '@/src/storage/settings';

/** Settings-table key of the global settings record. */
export const SETTINGS_KEY = 'settings';
/** Settings-table key of one site's record. */
export const siteKey = (site: string) => `site:${site}`;

/**
 * Reads the global settings with defaults filled in; unknown or invalid stored values are
 * ignored (the record may come from an older version or an import).
 */
export async function readSettings(db: MarginDatabase): Promise<Settings> {
  const record = await db.settings.get(SETTINGS_KEY);
  const patch = sanitiseSettingsPatch(record?.value);
  return {
    ...DEFAULT_SETTINGS,
    ...patch,
    entityKinds: { ...DEFAULT_SETTINGS.entityKinds, ...patch.entityKinds },
  };
}

/** Reads one site's settings; a site never switched off is enabled. */
export async function readSiteSettings(db: MarginDatabase, site: string): Promise<SiteSettings> {
  const record = await db.settings.get(siteKey(site));
  const value = record?.value as { enabled?: unknown } | undefined;
  return { site, enabled: value?.enabled !== false };
}

/** Every site that has a settings record (switched off or on explicitly). */
export async function readSitesWithSettings(db: MarginDatabase): Promise<SiteSettings[]> {
  const records = await db.settings.where('key').startsWith('site:').toArray();
  return records.map((r) => ({
    site: r.key.slice('site:'.length),
    enabled: (r.value as { enabled?: unknown } | undefined)?.enabled !== false,
  }));
}
