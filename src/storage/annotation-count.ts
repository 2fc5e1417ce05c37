import type { MarginDatabase } from './create-database';

/**
 * The number of annotations, kept in the `settings` table under a reserved key because counting a
 * store in Chromium's IndexedDB walks every entry (seconds at 100,000 annotations under load), and
 * the library's unfiltered view needs the total on first render. Kept by the repositories inside their
 * write transactions; {@link recountAnnotations} repairs it (the background runs it at start).
 */
export const ANNOTATION_COUNT_KEY = 'meta:annotationCount';

/** Adds `delta` to the stored count; call inside a transaction that includes `settings`. No-op if unset. */
export async function bumpAnnotationCount(db: MarginDatabase, delta: number): Promise<void> {
  if (delta === 0) return;
  const rec = await db.settings.get(ANNOTATION_COUNT_KEY);
  if (typeof rec?.value !== 'number') return;
  await db.settings.put({ key: ANNOTATION_COUNT_KEY, value: Math.max(0, rec.value + delta) });
}

/** The stored count, or `undefined` when it was never computed. */
export async function storedAnnotationCount(db: MarginDatabase): Promise<number | undefined> {
  const rec = await db.settings.get(ANNOTATION_COUNT_KEY);
  return typeof rec?.value === 'number' ? rec.value : undefined;
}

/** Counts the annotations (slowly) and stores the result. */
export async function recountAnnotations(db: MarginDatabase): Promise<number> {
  return db.transaction('rw', [db.annotations, db.settings], async () => {
    const n = await db.annotations.count();
    await db.settings.put({ key: ANNOTATION_COUNT_KEY, value: n });
    return n;
  });
}
