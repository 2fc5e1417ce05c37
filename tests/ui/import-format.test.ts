// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { importFormatOf } from '@/src/ui/data/import-upload';

describe('importFormatOf', () => {
  it.each([
    ['{"format":"margin-backup","schemaVersion":1}', 'margin-backup'],
    ['\ufeff{\n  "format": "margin-backup",\n  "schemaVersion": 1\n}', 'margin-backup'],
    ['[{"id":"abc","uri":"https://example.com"}]', 'hypothesis'],
    ['{"total":1,"rows":[]}', 'hypothesis'],
    ['{"annotations":[],"note":"format: margin-backup is only said later"}', 'hypothesis'],
  ])('%j → %s', (text, format) => {
    expect(importFormatOf(text)).toBe(format);
  });
});
