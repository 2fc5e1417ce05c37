import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { MarginDatabase } from '@/src/storage/create-database';

const DatabaseContext = createContext<MarginDatabase | null>(null);

/**
 * Gives the tree the database to READ from. Extension pages share the extension origin's
 * IndexedDB with the background, so reads go straight to Dexie (and stay live); every write
 * goes through the background via the {@link UiClient}.
 */
export function DatabaseProvider(props: { db: MarginDatabase; children: ComponentChildren }) {
  return <DatabaseContext.Provider value={props.db}>{props.children}</DatabaseContext.Provider>;
}

/** The database given by {@link DatabaseProvider}, or null outside one. */
export function useOptionalDatabase(): MarginDatabase | null {
  return useContext(DatabaseContext);
}

/** The database given by {@link DatabaseProvider}; throws when there is none (a wiring bug). */
export function useDatabase(): MarginDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase() outside <DatabaseProvider>');
  return db;
}
