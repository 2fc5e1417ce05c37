import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

/** Parses a page under tests/fixtures/article with linkedom (a complete parser, as the CLI uses). */
export function loadFixture(name: string): Document {
  return parseDocument(readFileSync(new URL(`../../fixtures/article/${name}`, import.meta.url), 'utf8'));
}

/** Parses an HTML string into a linkedom Document. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
