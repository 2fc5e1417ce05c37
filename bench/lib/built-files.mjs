/**
 * Which files of a built extension each entrypoint loads: the script or page named in the manifest,
 * the scripts and styles an HTML page references, and every module they import statically.
 */
import { readFileSync } from 'node:fs';
import { join, normalize, posix } from 'node:path';

const importRe = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.(?:js|mjs|css))["']/g;
const htmlRe = /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|mjs|css))"/g;

/**
 * @param {string} outDir e.g. `.output/chrome-mv3`.
 * @returns {Array<{ entry: string, files: string[] }>} Entry label (content, background, popup,
 *   sidepanel, options) and its files relative to `outDir`, the entry first, no duplicates.
 */
export function entryFiles(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  const entries = [];
  manifest.content_scripts?.forEach((cs, i) => {
    const label = manifest.content_scripts.length > 1 ? `content-${i + 1}` : 'content';
    entries.push({ entry: label, roots: [...(cs.js ?? []), ...(cs.css ?? [])] });
  });
  const bg = manifest.background?.service_worker ?? manifest.background?.page ?? manifest.background?.scripts;
  if (bg) entries.push({ entry: 'background', roots: [bg].flat() });
  const pages = {
    popup: manifest.action?.default_popup ?? manifest.browser_action?.default_popup,
    sidepanel: manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel,
    options: manifest.options_ui?.page ?? manifest.options_page,
  };
  for (const [entry, page] of Object.entries(pages)) if (page) entries.push({ entry, roots: [page] });
  return entries.map(({ entry, roots }) => ({ entry, files: closure(outDir, roots) }));
}

function closure(outDir, roots) {
  const seen = new Set();
  const visit = (rel) => {
    const file = normalize(rel).replace(/^\/+/, '');
    if (seen.has(file)) return;
    let text;
    try {
      text = readFileSync(join(outDir, file), 'utf8');
    } catch {
      return; // referenced but not built (e.g. an external URL): not ours to count
    }
    if (file.endsWith('.html')) {
      for (const [, ref] of text.matchAll(htmlRe)) visit(resolveRef(file, ref));
      return; // the page itself is not a script
    }
    seen.add(file);
    if (file.endsWith('.css')) return;
    for (const [, ref] of text.matchAll(importRe)) visit(resolveRef(file, ref));
  };
  roots.forEach(visit);
  return [...seen];
}

function resolveRef(from, ref) {
  if (ref.startsWith('/')) return ref.slice(1);
  return posix.join(posix.dirname(from), ref);
}
