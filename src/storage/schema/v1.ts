import type { SchemaVersion } from './schema-version';

/**
 * Version 1, the data model of DESIGN.md. Extra indexes beyond the design's minimum serve the library
 * queries: `documents.*terms` (search by title), `annotations.colour` and `*entityKeys` (filters),
 * `entities.trackedAt` (tracked list).
 */
export const v1: SchemaVersion = {
  version: 1,
  stores: {
    documents: 'id, *urls, site, publishedAt, lastVisitedAt, *terms',
    annotations: 'id, documentId, *tags, createdAt, updatedAt, *terms, colour, *entityKeys',
    entities: 'key, type, *aliases, lastSeenAt, trackedAt',
    mentions: '[entityKey+documentId], entityKey, documentId',
    tags: 'name',
    settings: 'key',
  },
};
