// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn } from '@/src/core/import/json-error-offset';

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": [1, 2.5e3, -0, true, false, null, "x\\u00e9\\n"], "b": {}}', -1],
    ['[]', -1],
    ['  "ă"  ', -1],
    ['{"a": [}', 7],
    ['{"a" 1}', 5],
    ['[1,]', 3],
    ['[01]', 2],
    ['{"a":1}x', 7],
    ['["tab\there"]', 5],
    ['["\\x"]', 3],
    ['["\\u12g4"]', 4],
    ['{"a": [1, 2', 11],
    ['', 0],
    ['tru', 0],
  ])('%j → %d', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    if (offset === -1) expect(() => JSON.parse(text)).not.toThrow();
    else expect(() => JSON.parse(text)).toThrow();
  });

  it('finds lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});
