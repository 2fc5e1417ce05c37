import 'fake-indexeddb/auto';
import { createDatabase, type MarginDatabase } from '@/src/storage/create-database';

/** A new, empty database with a unique name (fake-indexeddb), so tests never share state. */
export function freshDb(): MarginDatabase {
  return createDatabase(`margin-test-${crypto.randomUUID()}`);
}
