/**
 * Asks the browser to keep Margin's storage under pressure (`navigator.storage.persist()`), so saved
 * annotations are not evicted. Resolves to whether storage is persistent; `false` where the API is missing
 * or refuses. Never throws.
 */
export async function requestPersistence(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  try {
    if (!storage?.persist) return false;
    if (storage.persisted && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
