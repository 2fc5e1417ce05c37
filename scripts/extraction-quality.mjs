/**
 * Extraction quality: article-text overlap of Margin's extractor and of plain Readability `parse()` against
 * ground truth, on real pages.
 *
 *   npx tsx scripts/extraction-quality.mjs [--json] [--pages DIR]
 *
 * Ground truth: `<pages>/vi` and `<pages>/en` pages that have a `*.groundtruth.json` (fundus-style body:
 * summary + sections of headline/paragraphs), and every `<pages>/readability/<case>` (source.html against the
 * text of expected.html, i.e. Readability's own expected output, read with line breaks at blocks and `<br>`
 * as a reader sees it). Score: token-level precision, recall and
 * F1 over NFC-normalised, lower-cased words (multiset overlap). `<pages>` defaults to /work/shared/pages or
 * $MARGIN_PAGES. Both extractors get the same linkedom document.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../src/core/article/extract-article.ts';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const pagesArg = args.indexOf('--pages');
const root = pagesArg >= 0 ? args[pagesArg + 1] : (process.env.MARGIN_PAGES ?? '/work/shared/pages');

/** @param {string} text */
export function tokens(text) {
  return (
    (text ?? '')
      .normalize('NFC')
      // Soft hyphens and zero-width spaces are invisible: they split no word a reader sees.
      .replace(/[\u00ad\u200b]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? []
  );
}

/** Multiset overlap of two token lists. */
export function overlap(got, want) {
  const counts = new Map();
  for (const t of want) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of got) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  const precision = got.length ? common / got.length : want.length ? 0 : 1;
  const recall = want.length ? common / want.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function groundTruthText(json) {
  const gt = json.body ? json : (Object.values(json).find((v) => v && typeof v === 'object' && v.body) ?? {});
  const body = gt.body ?? {};
  const parts = [...(body.summary ?? [])];
  for (const section of body.sections ?? [])
    parts.push(...(section.headline ?? []), ...(section.paragraphs ?? []));
  return parts.join('\n\n');
}

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);

/**
 * The words a reader sees in expected.html: like `innerText`, block elements and `<br>` separate words.
 * (`textContent` would glue "0937-141993<br>林錦武" into one word, a defect of the yardstick, not of either
 * extractor; Readability's side is still its `textContent`, as it returns it.)
 */
function readerText(node) {
  const out = [];
  const walk = (n) => {
    if (n.nodeType === 3) out.push(n.nodeValue);
    if (n.nodeType !== 1) return;
    const block = BLOCK.has(n.nodeName.toUpperCase());
    if (block) out.push('\n');
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push('\n');
  };
  walk(node);
  return out.join('');
}

function cases() {
  const out = [];
  for (const lang of ['vi', 'en']) {
    const dir = join(root, lang);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.groundtruth.json'))
      .sort()) {
      const html = join(dir, f.replace('.groundtruth.json', '.html'));
      if (!existsSync(html)) continue;
      const json = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      out.push({
        corpus: lang,
        name: f.replace('.groundtruth.json', ''),
        html: readFileSync(html, 'utf8'),
        url: json.url ?? 'https://example.com/article',
        truth: groundTruthText(json),
      });
    }
  }
  const rdir = join(root, 'readability');
  if (existsSync(rdir)) {
    for (const name of readdirSync(rdir).sort()) {
      const src = join(rdir, name, 'source.html');
      const exp = join(rdir, name, 'expected.html');
      if (!existsSync(src) || !existsSync(exp)) continue;
      const { document } = parseHTML(`<!doctype html><html><body>${readFileSync(exp, 'utf8')}</body></html>`);
      out.push({
        corpus: 'readability',
        name,
        html: readFileSync(src, 'utf8'),
        // The URL Readability's own test suite uses for these pages.
        url: 'http://fakehost/test/page.html',
        truth: readerText(document.body),
      });
    }
  }
  return out;
}

function readabilityText(html) {
  try {
    const { document } = parseHTML(html);
    return new Readability(document.cloneNode(true)).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

function oursArticle(html, url) {
  const { document } = parseHTML(html);
  return extractArticle(document, { url });
}

const rows = [];
for (const c of cases()) {
  const want = tokens(c.truth);
  const article = oursArticle(c.html, c.url);
  const baseText = readabilityText(c.html);
  const ours = overlap(tokens(article?.text ?? ''), want);
  const base = overlap(tokens(baseText), want);
  // The same extraction without the captions we add back (those Readability's text lacks): shows how much
  // of any difference is that deliberate addition, which Readability's own expected output cannot credit.
  const flat = baseText.replace(/\s+/g, ' ');
  const added = new Set((article?.captions ?? []).filter((cap) => !flat.includes(cap)));
  const bare = (article?.paragraphs ?? []).filter((p) => !added.has(p)).join('\n\n');
  const oursNoAddedCaptions = overlap(tokens(bare), want);
  rows.push({
    corpus: c.corpus,
    name: c.name,
    words: want.length,
    addedCaptions: added.size,
    ours,
    oursNoAddedCaptions,
    readability: base,
  });
}

const mean = (list, pick) => (list.length ? list.reduce((s, r) => s + pick(r), 0) / list.length : 0);
function summary(list) {
  const m = {};
  for (const who of ['ours', 'oursNoAddedCaptions', 'readability']) {
    m[who] = {};
    for (const k of ['precision', 'recall', 'f1']) m[who][k] = mean(list, (r) => r[who][k]);
  }
  return { cases: list.length, ...m };
}
const corpora = [...new Set(rows.map((r) => r.corpus))];
const means = Object.fromEntries(corpora.map((c) => [c, summary(rows.filter((r) => r.corpus === c))]));
means.all = summary(rows);

if (asJson) {
  console.log(JSON.stringify({ root, rows, means }, null, 1));
} else {
  const f = (x) => x.toFixed(3);
  const f4 = (x) => x.toFixed(4);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  console.log(
    line(['corpus', 'case', 'words', 'ours P', 'ours R', 'ours F1', 'Rdb P', 'Rdb R', 'Rdb F1', 'ΔF1']),
  );
  console.log(line(Array(10).fill('---')));
  for (const r of rows) {
    const d = r.ours.f1 - r.readability.f1;
    console.log(
      line([
        r.corpus,
        r.name,
        r.words,
        f(r.ours.precision),
        f(r.ours.recall),
        f(r.ours.f1),
        f(r.readability.precision),
        f(r.readability.recall),
        f(r.readability.f1),
        `${d >= 0 ? '+' : ''}${d.toFixed(3)}`,
        r.addedCaptions,
        f(r.oursNoAddedCaptions.f1),
      ]),
    );
  }
  console.log('\nMeans');
  console.log(
    line(['corpus', 'cases', 'ours P', 'ours R', 'ours F1', 'Rdb P', 'Rdb R', 'Rdb F1', 'F1 −capt']),
  );
  console.log(line(Array(9).fill('---')));
  for (const [c, m] of Object.entries(means)) {
    console.log(
      line([
        c,
        m.cases,
        f4(m.ours.precision),
        f4(m.ours.recall),
        f4(m.ours.f1),
        f4(m.readability.precision),
        f4(m.readability.recall),
        f4(m.readability.f1),
        f4(m.oursNoAddedCaptions.f1),
      ]),
    );
  }
  console.log(
    '\n+capt: captions Margin adds that Readability leaves out (by design: captions name the people pictured);\n' +
      'F1 −capt: Margin without those captions. Readability cases score against Readability’s own output.',
  );
}
