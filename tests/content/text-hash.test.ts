// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textHash } from '@/src/content/pipeline/text-hash';

describe('textHash', () => {
  it('is stable, fixed-width and tells texts apart', () => {
    expect(textHash('Ngày 24/4')).toBe(textHash('Ngày 24/4'));
    expect(textHash('Ngày 24/4')).toMatch(/^[0-9a-f]{14}$/);
    expect(textHash('Ngày 24/4')).not.toBe(textHash('Ngày 25/4'));
    expect(textHash('')).toMatch(/^[0-9a-f]{14}$/);
  });
});
