/**
 * The record types of every table. They live in `src/core/model/records.ts` so that pure code (export,
 * import planning) and storage share one definition; storage code imports them from here.
 */
export * from '@/src/core/model/records';
