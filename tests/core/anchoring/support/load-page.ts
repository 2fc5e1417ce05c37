import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

const FIXTURES = new URL('../../../fixtures/anchoring/', import.meta.url);

/** Read a fixture under tests/fixtures/anchoring (gunzipping `.gz`). */
export function readFixture(name: string): string {
  const bytes = readFileSync(new URL(name, FIXTURES));
  return (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Parse HTML into a linkedom document (no scripts run, nothing is fetched). */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
