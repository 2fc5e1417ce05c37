// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportBackup, parseBackup } from '@/src/core/export/backup';
import { emptyLibrary, LIBRARY_VERSION, SCHEMA_VERSION } from '@/src/core/export/library';
import { sampleLibrary } from './helpers/sample-library';

const NOW = new Date('2026-01-02T03:04:05Z');

// biome-ignore lint/suspicious/noExplicitAny: the tests break arbitrary fields of the JSON on purpose
type Json = Record<string, any>;

/** A backup of the sample library, edited by `change` before it is written. */
function edited(change: (data: Json) => void): string {
  const data = JSON.parse(exportBackup(sampleLibrary(), NOW));
  change(data);
  return JSON.stringify(data);
}

describe('exportBackup / parseBackup', () => {
  it('writes the format, schema version, export time and every table, and reads them back', () => {
    const text = exportBackup(sampleLibrary(), NOW);
    const data = JSON.parse(text);
    expect(Object.keys(data)).toEqual([
      'format',
      'schemaVersion',
      'exportedAt',
      'documents',
      'annotations',
      'entities',
      'mentions',
      'tags',
      'settings',
    ]);
    expect(data.exportedAt).toBe('2026-01-02T03:04:05.000Z');
    const parsed = parseBackup(text);
    expect(parsed).toEqual({ ok: true, value: sampleLibrary(), warnings: [] });
  });

  it('stamps a backup 2, the version whose tables it holds, so Margins that read up to 2 import it', () => {
    // Version 3 kept article texts in a table of their own; a backup still carries each on its document.
    expect(LIBRARY_VERSION).toBe(2);
    expect(JSON.parse(exportBackup(emptyLibrary(), NOW)).schemaVersion).toBe(2);
    expect(sampleLibrary().documents.some((d) => typeof d.text === 'string')).toBe(true);
  });

  it('reads the backups that version-3 builds stamped 3 as it reads version 2 ones', () => {
    const parsed = parseBackup(edited((d) => (d.schemaVersion = 3)));
    expect(parsed).toEqual({ ok: true, value: { ...sampleLibrary(), schemaVersion: 3 }, warnings: [] });
  });

  it('accepts a leading BOM and keeps fields it does not know on records', () => {
    const text = edited((d) => {
      d.annotations[0].futureField = { x: 1 };
      d.extra = true;
    });
    const parsed = parseBackup(`\uFEFF${text}`);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect((parsed.value.annotations[0] as Record<string, unknown>).futureField).toEqual({ x: 1 });
      expect(parsed.warnings).toEqual(['extra: unknown field, ignored']);
    }
  });

  it.each<[string, (d: Json) => void, string]>([
    [
      'selectors not an array',
      (d) => (d.annotations[1].selectors = 'x'),
      'annotations[1].selectors: expected an array, got the string "x"',
    ],
    ['a missing note', (d) => delete d.annotations[2].note, 'annotations[2].note: is missing'],
    [
      'a bad colour',
      (d) => (d.annotations[0].colour = 'red'),
      'annotations[0].colour: expected one of "yellow", "green", "blue", "pink", "purple", got the string "red"',
    ],
    [
      'a position with end before start',
      (d) => (d.annotations[0].selectors[1] = { type: 'TextPositionSelector', start: 9, end: 3 }),
      'annotations[0].selectors[1].end: expected end ≥ start (9), got 3',
    ],
    [
      'an unknown selector',
      (d) => (d.annotations[0].selectors[0].type = 'XPathSelector'),
      'annotations[0].selectors[0].type: expected "TextQuoteSelector" or "TextPositionSelector", got the string "XPathSelector"',
    ],
    [
      'a time as a string',
      (d) => (d.documents[0].lastVisitedAt = '2024-01-01'),
      'documents[0].lastVisitedAt: expected a time in epoch milliseconds, got the string "2024-01-01"',
    ],
    [
      'a bad published date',
      (d) => (d.documents[0].publishedAt = '24/04/2024'),
      'documents[0].publishedAt: expected an ISO 8601 date (2024, 2024-04, 2024-04-24 or a date-time), got the string "24/04/2024"',
    ],
    [
      'tags holding a number',
      (d) => (d.annotations[0].tags = ['a', 3]),
      'annotations[0].tags: expected an array of strings, got an array',
    ],
    [
      'a negative count',
      (d) => (d.tags[0].count = -1),
      'tags[0].count: expected a whole number ≥ 0, got the number -1',
    ],
    [
      'an entity of type date',
      (d) => (d.entities[0].type = 'date'),
      'entities[0].type: expected one of "official", "person", "org", got the string "date"',
    ],
    [
      'a record that is not an object',
      (d) => (d.documents[1] = null),
      'documents[1]: expected an object, got null',
    ],
    ['a table that is not an array', (d) => (d.mentions = {}), 'mentions: expected an array, got an object'],
    ['a missing table', (d) => delete d.settings, 'settings: is missing (expected an array, possibly empty)'],
    [
      'a duplicate id',
      (d) => (d.annotations[2].id = d.annotations[0].id),
      'annotations[2]: duplicate key "a1c1f5b2-0000-4000-8000-000000000001", already used by annotations[0]',
    ],
    [
      'an annotation of a missing document',
      (d) => (d.annotations[1].documentId = 'nope'),
      'annotations[1].documentId: no document with id "nope" in this file',
    ],
    [
      'a newer schema',
      (d) => (d.schemaVersion = SCHEMA_VERSION + 1),
      `schemaVersion: this backup is from a newer Margin (schema ${SCHEMA_VERSION + 1}); this version reads up to ${SCHEMA_VERSION}`,
    ],
    [
      'another JSON file',
      (d) => delete d.format,
      'format: expected "margin-backup", got nothing; this is not a Margin backup',
    ],
  ])('%s is refused with a message naming the place', (_name, change, message) => {
    const parsed = parseBackup(edited(change));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toContain(message);
  });

  it('reports many problems at once, capped with a count of the rest', () => {
    const text = edited((d) => {
      d.annotations = Array.from({ length: 80 }, () => ({ ...d.annotations[0], id: 7 }));
    });
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors).toHaveLength(51);
      expect(parsed.errors[0]).toBe('annotations[0].id: expected a non-empty string, got the number 7');
      expect(parsed.errors[50]).toMatch(/^… and \d+ more problems$/);
    }
  });

  it('refuses text that is not JSON, saying where', () => {
    expect(parseBackup('{\n  "format": "margin-backup",\n  oops\n}')).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^not valid JSON at line 3, column 3: /)],
    });
  });
});
