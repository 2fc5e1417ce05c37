import type { MarginDatabase } from '@/src/storage/create-database';
import type { Settings, SiteSettings } from '@/src/storage/settings';
import { createSettingsRepository } from '@/src/storage/settings-repository';

/** Reads the global settings with defaults filled in (the repository's read side). */
export function readSettings(db: MarginDatabase): Promise<Settings> {
  return createSettingsRepository(db).get();
}

/** Reads one site's settings; a site never switched off is enabled. */
export function readSiteSettings(db: MarginDatabase, site: string): Promise<SiteSettings> {
  return createSettingsRepository(db).getSite(site);
}

/** Every site the user switched on or off explicitly. */
export function readSitesWithSettings(db: MarginDatabase): Promise<SiteSettings[]> {
  return createSettingsRepository(db).listSites();
}
