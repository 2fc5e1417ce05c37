import { DEFAULT_SETTINGS, type Settings } from '@/src/storage/settings';
import { useDatabase } from './database-context';
import { readSettings } from './read-settings';
import { useLiveQuery } from './use-live-query';

/**
 * The global settings, live. While loading, or if the database cannot be read, the defaults are
 * returned so the UI can still render in the browser's language.
 */
export function useSettings(): Settings {
  const db = useDatabase();
  const result = useLiveQuery(() => readSettings(db), [db]);
  return result.status === 'ok' ? result.value : DEFAULT_SETTINGS;
}
