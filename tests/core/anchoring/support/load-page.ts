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
  // linkedom builds no <body> for a bare fragment such as `<body><div>…</div></body>`; browsers wrap it.
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html>${html}</html>`;
  return parseHTML(full).document as unknown as Document;
}
