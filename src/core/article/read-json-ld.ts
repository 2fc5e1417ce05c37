/** A JSON-LD node as found on a page: untrusted, any shape. */
export type JsonLdNode = Record<string, unknown>;

/** schema.org types that mean "this page is one article" (Article and its news subtypes). */
export const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
]);

function isObject(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses one script's text, forgiving the usual publisher mistakes; undefined when it cannot. */
function parseLoosely(raw: string): unknown {
  const text = raw
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .replace(/^<!--|-->$/g, '')
    .trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Raw newlines and tabs inside strings and trailing commas are the common breakages; whitespace
    // outside strings is insignificant, so replacing control characters everywhere is safe.
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([\]}])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function collect(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 3) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  out.push(value);
  if (Array.isArray(value['@graph'])) collect(value['@graph'], out, depth + 1);
}

/**
 * Reads every `<script type="application/ld+json">` of a document into a flat list of nodes: top-level
 * arrays and `@graph` arrays are unpacked, invalid scripts are skipped. Never throws.
 */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    collect(parseLoosely(script.textContent ?? ''), out, 0);
  }
  return out;
}

/** The `@type` of a node as a list of names (`@type` may be a string or an array, with or without a prefix). */
export function typesOf(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:]/, ''));
}

/** The first node typed as an article (see {@link ARTICLE_TYPES}), if any. */
export function findArticleNode(nodes: JsonLdNode[]): JsonLdNode | undefined {
  return nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.has(t)));
}

/** A string property of a node, or the `name` of an object-valued one; undefined for anything else. */
export function stringProp(node: JsonLdNode | undefined, key: string): string | undefined {
  const value = node?.[key];
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value['name'] === 'string') return value['name'];
  return undefined;
}

/** The names of the people credited in `author` (organisations are not bylines). */
export function authorNames(node: JsonLdNode | undefined): string[] {
  const raw = node?.['author'];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const names: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') names.push(item);
    else if (isObject(item) && typeof item['name'] === 'string') {
      const types = typesOf(item);
      if (types.length === 0 || types.includes('Person')) names.push(item['name']);
    }
  }
  return names;
}
