// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { authorNames, findArticleNode, readJsonLd } from '@/src/core/article/read-json-ld';
import { parseDocument } from './load-fixture';

const withScripts = (...bodies: string[]) =>
  parseDocument(
    `<html><head>${bodies.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head></html>`,
  );

describe('readJsonLd', () => {
  it('flattens top-level arrays and @graph, skips what does not parse', () => {
    const doc = withScripts(
      '[{"@type":"Organization"},{"@type":"BreadcrumbList"}]',
      '{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"H"}]}',
      '{ broken',
      '',
      '<!-- {"@type":"Article","headline":"commented"} -->',
    );
    const nodes = readJsonLd(doc);
    expect(nodes.map((n) => n['@type'])).toEqual([
      'Organization',
      'BreadcrumbList',
      undefined,
      'WebPage',
      'NewsArticle',
      'Article',
    ]);
    expect(findArticleNode(nodes)?.['headline']).toBe('H');
  });

  it('forgives raw control characters and trailing commas', () => {
    const nodes = readJsonLd(withScripts('{"@type":"NewsArticle","headline":"a\tb\nc",}'));
    expect(nodes[0]?.['headline']).toBe('a b c');
  });

  it('authorNames keeps people and drops organisations and junk', () => {
    const node = {
      author: [
        { '@type': 'Person', name: 'Tri Túc' },
        { '@type': 'Organization', name: 'VnExpress' },
        42,
        'Duy Anh',
      ],
    };
    expect(authorNames(node)).toEqual(['Tri Túc', 'Duy Anh']);
    expect(authorNames({ author: { name: 'No Type' } })).toEqual(['No Type']);
    expect(authorNames(undefined)).toEqual([]);
  });
});
