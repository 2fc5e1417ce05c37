import { createDatabase, type MarginDatabase } from '@/src/storage/create-database';

let shared: MarginDatabase | null = null;

/** The extension's database for this page (one Dexie instance per page). */
export function openDatabase(): MarginDatabase {
  shared ??= createDatabase();
  return shared;
}
