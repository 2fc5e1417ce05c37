// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDate } from '@/src/ui/i18n/format';
import { en } from '@/src/ui/i18n/messages-en';
import { vi } from '@/src/ui/i18n/messages-vi';
import { resolveLang } from '@/src/ui/i18n/resolve-lang';
import { translate } from '@/src/ui/i18n/translate';
import type { Messages } from '@/src/ui/i18n/types';

describe('translate', () => {
  it.each([
    ['en', 0, 'No annotations'],
    ['en', 1, '1 annotation'],
    ['en', 2, '2 annotations'],
    ['en', 12345, '12,345 annotations'],
    ['vi', 0, 'Chưa có chú thích'],
    ['vi', 1, '1 chú thích'],
    ['vi', 12345, '12.345 chú thích'],
  ] as const)('%s plural of %d', (lang, count, expected) => {
    const table: Messages = lang === 'en' ? en : vi;
    expect(translate(table, lang, 'annotationsCount', { count })).toBe(expected);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(en, 'en', 'tagRemove', { tag: 'nhân sự' })).toBe('Remove tag nhân sự');
    expect(translate(en, 'en', 'tagRemove')).toBe('Remove tag {tag}');
  });

  it('Vietnamese has every English key, none empty, and the same placeholders', () => {
    const placeholders = (m: unknown) =>
      [...JSON.stringify(m).matchAll(/\{(\w+)\}/g)]
        .map((x) => x[1])
        .sort()
        .filter((x, i, a) => a.indexOf(x) === i);
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(JSON.stringify(vi[key]).length, key).toBeGreaterThan(2);
      expect(placeholders(vi[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('resolveLang', () => {
  it.each([
    ['auto', ['vi-VN', 'en-US'], 'vi'],
    ['auto', ['en-GB'], 'en'],
    ['auto', ['fr-FR', 'vi'], 'vi'],
    ['auto', ['fr-FR'], 'en'],
    ['auto', [], 'en'],
    ['en', ['vi-VN'], 'en'],
    ['vi', ['en-US'], 'vi'],
    [undefined, ['VI'], 'vi'],
  ] as const)('%s with %j → %s', (setting, langs, expected) => {
    expect(resolveLang(setting, langs)).toBe(expected);
  });
});

describe('formatDate', () => {
  it('formats in the UI language and keeps partial precision', () => {
    expect(formatDate('en', '2024-04-24')).toBe('April 24, 2024');
    expect(formatDate('vi', '2024-04-24')).toBe('24 tháng 4, 2024');
    expect(formatDate('en', '2024-04')).toBe('April 2024');
    expect(formatDate('en', '2024')).toBe('2024');
  });
  it('returns empty text for missing or bad values', () => {
    expect(formatDate('en', undefined)).toBe('');
    expect(formatDate('en', 'not a date')).toBe('');
  });
});
