// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '@/src/core/urls/normalise-url';
import { isSameSite, siteOf } from '@/src/core/urls/site-of';
import { urlVariants } from '@/src/core/urls/url-variants';

describe('normaliseUrl', () => {
  it.each([
    ['https://VnExpress.NET/a-1.html?utm_source=fb&utm_medium=x#top', 'https://vnexpress.net/a-1.html'],
    ['https://example.com/p?id=7&fbclid=abc&gclid=z', 'https://example.com/p?id=7'],
    ['https://example.com/p?zarsrc=31&gidzl=q&page=2', 'https://example.com/p?page=2'],
    ['https://user:pw@example.com:443/p', 'https://example.com/p'],
    ['http://example.com:80/', 'http://example.com/'],
    ['https://example.com/p?', 'https://example.com/p'],
    ['https://example.com/b?z=1&a=2', 'https://example.com/b?z=1&a=2'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'not a url',
    '',
    `https://e.com/${'a'.repeat(5000)}`,
  ])('refuses %s', (input) => {
    expect(normaliseUrl(input)).toBeNull();
  });
});

describe('urlVariants', () => {
  it('lists canonical, og:url and visited, normalised and distinct', () => {
    expect(
      urlVariants({
        visited: 'https://m.example.com/story-1.html?utm_campaign=a#c',
        canonical: 'https://example.com/story-1.html',
        ogUrl: 'https://example.com/story-1.html?utm_source=og',
      }),
    ).toEqual(['https://example.com/story-1.html', 'https://m.example.com/story-1.html']);
  });

  it('resolves a relative canonical against the visited URL', () => {
    expect(urlVariants({ visited: 'https://example.com/a/b?x=1', canonical: '/a/b' })).toEqual([
      'https://example.com/a/b',
      'https://example.com/a/b?x=1',
    ]);
  });

  it("drops a canonical claiming another site's article", () => {
    expect(urlVariants({ visited: 'https://evil.test/x', canonical: 'https://bank.example/secret' })).toEqual(
      ['https://evil.test/x'],
    );
  });

  it('is empty for a non-web page', () => {
    expect(urlVariants({ visited: 'chrome://settings', canonical: null })).toEqual([]);
  });
});

describe('siteOf / isSameSite', () => {
  it('lower-cases and drops www.', () => {
    expect(siteOf('https://WWW.Tuoitre.vn/x')).toBe('tuoitre.vn');
    expect(siteOf('nope')).toBe('');
  });
  it('treats sub-domains as the same site', () => {
    expect(isSameSite('https://m.vnexpress.net/a', 'https://vnexpress.net/b')).toBe(true);
    expect(isSameSite('https://notvnexpress.net/a', 'https://vnexpress.net/b')).toBe(false);
  });
});
