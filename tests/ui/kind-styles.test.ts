// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightCss } from '@/src/content/highlight/highlight-styles';

const KINDS = ['official', 'person', 'org', 'date'] as const;
const css = readFileSync(join(__dirname, '../../src/ui/theme/base.css'), 'utf8');

/** The underline style the page paints a kind with. */
function pageStyle(kind: string): string {
  const rule = highlightCss()
    .split('\n')
    .find((l) => l.startsWith(`::highlight(margin-${kind})`));
  const m = /text-decoration: underline (\w+)/.exec(rule ?? '');
  if (!m) throw new Error(`no underline for ${kind}`);
  return m[1] as string;
}

/** The marker style the popup and side panel legends show for a kind (solid unless overridden). */
function legendStyle(kind: string): string {
  const m = new RegExp(`\\.kind-${kind} \\.kind-mark \\{\\s*border-bottom-style: (\\w+);`).exec(css);
  return m ? (m[1] as string) : 'solid';
}

describe('entity kind legend', () => {
  it('shows each kind with the underline style the page paints it with', () => {
    for (const kind of KINDS) expect(legendStyle(kind), kind).toBe(pageStyle(kind));
    // And the four are told apart without colour.
    expect(new Set(KINDS.map(pageStyle)).size).toBe(4);
  });
});
