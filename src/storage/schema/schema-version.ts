import type { Transaction } from 'dexie';

/**
 * One version of the database schema: the Dexie store declarations and, from version 2 on, the upgrade
 * that carries data written by the previous version over. Versions are never edited once released:
 * a change is a new file and a new entry in `SCHEMA_VERSIONS`.
 */
export type SchemaVersion = {
  version: number;
  /** Dexie store specs: primary key first, then indexes; `null` deletes a table. */
  stores: Record<string, string | null>;
  /** Rewrites existing records for this version; runs inside Dexie's upgrade transaction. */
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | undefined;
};
