// @vitest-environment node
/**
 * Core keeps its own record types (it may not import storage); this file fails to compile if they drift apart
 * from `src/storage/records.ts`, and fails at run time if the schema versions differ.
 */
import { describe, expect, it } from 'vitest';
import * as core from '@/src/core/export/library';
import type * as storage from '@/src/storage/records';
import { HIGHLIGHT_COLOURS } from '@/src/storage/records';
import { CURRENT_SCHEMA_VERSION } from '@/src/storage/schema/versions';

describe('core export types mirror the storage records', () => {
  it('are assignable both ways (checked by tsc)', () => {
    const checks = [
      (r: storage.DocumentRecord): core.DocumentRecord => r,
      (r: core.DocumentRecord): storage.DocumentRecord => r,
      (r: storage.AnnotationRecord): core.AnnotationRecord => r,
      (r: core.AnnotationRecord): storage.AnnotationRecord => r,
      (r: storage.EntityRecord): core.EntityRecord => r,
      (r: core.EntityRecord): storage.EntityRecord => r,
      (r: storage.MentionRecord): core.MentionRecord => r,
      (r: core.MentionRecord): storage.MentionRecord => r,
      (r: storage.TagRecord): core.TagRecord => r,
      (r: core.TagRecord): storage.TagRecord => r,
      (r: storage.SettingRecord): core.SettingRecord => r,
      (r: core.SettingRecord): storage.SettingRecord => r,
    ];
    expect(checks).toHaveLength(12);
  });

  it('share the schema version and the colours', () => {
    expect(core.SCHEMA_VERSION).toBe(CURRENT_SCHEMA_VERSION);
    expect([...core.HIGHLIGHT_COLOURS]).toEqual([...HIGHLIGHT_COLOURS]);
  });
});
