#!/usr/bin/env node
/**
 * Draws the Margin icon (a page with a coloured margin bar and a highlighted line) and renders it to
 * `public/icon/{16,32,48,128}.png` with headless Chromium.
 *
 * Each size has its own hand-snapped geometry on the pixel grid rather than one scaled vector: a
 * 128-unit drawing shrunk to 16 px blurs every edge across two pixels, while whole-pixel rectangles stay
 * crisp. Run: `node scripts/make-icons.mjs` (needs Chromium; see tests/e2e/lib/chromium.mjs).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/lib/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'icon');

const colours = {
  ink: '#1e293b', // outline and the highlighted line of text
  paper: '#ffffff',
  margin: '#4f46e5', // the margin bar: Margin's accent
  text: '#94a3b8',
  highlight: '#facc15',
};

/**
 * Geometry per size, in whole pixels: outer page, inner paper (outline = the gap), margin bar width,
 * grey text lines [x, y, w], the highlight block [x, y, w, h] and the dark line on it [x, y, w].
 */
const specs = {
  16: {
    page: [2, 0, 12, 16, 1],
    paper: [3, 1, 10, 14, 0],
    bar: 3,
    lineH: 1,
    lineR: 0,
    lines: [
      [7, 3, 5],
      [7, 5, 5],
      [7, 11, 5],
      [7, 13, 3],
    ],
    mark: [6, 7, 7, 3, 0],
    markLine: [7, 8, 5],
  },
  32: {
    page: [4, 1, 24, 30, 3],
    paper: [6, 3, 20, 26, 0],
    bar: 5,
    lineH: 2,
    lineR: 1,
    lines: [
      [14, 7, 10],
      [14, 11, 10],
      [14, 22, 10],
      [14, 26, 6],
    ],
    mark: [12, 14, 14, 6, 1],
    markLine: [14, 16, 10],
  },
  48: {
    page: [6, 2, 36, 44, 5],
    paper: [9, 5, 30, 38, 0],
    bar: 7,
    lineH: 3,
    lineR: 1.5,
    lines: [
      [21, 10, 15],
      [21, 16, 15],
      [21, 33, 15],
      [21, 39, 9],
    ],
    mark: [19, 21, 19, 9, 1.5],
    markLine: [21, 24, 15],
  },
  128: {
    page: [16, 4, 96, 120, 14],
    paper: [24, 12, 80, 104, 6],
    bar: 20,
    lineH: 8,
    lineR: 4,
    lines: [
      [56, 26, 38],
      [56, 42, 38],
      [56, 88, 38],
      [56, 104, 24],
    ],
    mark: [50, 56, 50, 24, 4],
    markLine: [56, 64, 36],
  },
};

/** Returns the SVG source of the icon at `size` px (the same drawing is used for the README and docs). */
export function iconSvg(size) {
  const s = specs[size];
  if (!s) throw new Error(`no icon geometry for size ${size}`);
  const rect = ([x, y, w, h, r = 0], fill, extra = '') =>
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${fill}"${extra}/>`;
  const [px, py, , ph] = s.paper;
  const crisp = size <= 48 ? ' shape-rendering="crispEdges"' : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"${crisp}>`,
    `<defs><clipPath id="paper">${rect(s.paper, '#000')}</clipPath></defs>`,
    rect(s.page, colours.ink),
    rect(s.paper, colours.paper),
    // The margin bar follows the paper's rounded corners through the clip.
    `<g clip-path="url(#paper)">${rect([px, py, s.bar, ph], colours.margin)}</g>`,
    ...s.lines.map(([x, y, w]) => rect([x, y, w, s.lineH, s.lineR], colours.text)),
    rect(s.mark, colours.highlight),
    rect([...s.markLine, s.lineH, s.lineR], colours.ink),
    '</svg>',
  ].join('');
}

async function main() {
  await mkdir(outDir, { recursive: true });
  const browser = await launchChromium({ viewport: { width: 128, height: 128 } });
  try {
    const page = await browser.context.newPage();
    for (const size of [16, 32, 48, 128]) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`,
      );
      const png = await page.locator('svg').screenshot({ omitBackground: true });
      const file = join(outDir, `${size}.png`);
      await writeFile(file, png);
      console.log(`wrote ${file} (${png.length} bytes)`);
    }
    await mkdir(join(root, 'docs'), { recursive: true });
    await writeFile(join(root, 'docs', 'icon.svg'), `${iconSvg(128)}\n`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
