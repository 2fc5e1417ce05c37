/**
 * In Chromium, on the reference article: Margin's detect + extract (the content script's steps 1–2)
 * against Mozilla Readability's own `parse()` on a clone of the same page, timed in the page with
 * `performance.now()`, interleaved so both see the same machine state.
 */

const pages = [{ label: 'reference article', path: '/reference-article.html' }];
const warmup = 5;
const runs = 25;

/** @param {import('./lib/context.mjs').BenchContext} ctx */
export default async function run(ctx) {
  const readability = await ctx.bundle('bench/lib/entries/readability-only.ts', { globalName: 'Baseline' });
  let margin = null;
  let marginError = '';
  try {
    margin = await ctx.bundle('bench/lib/entries/content-extract.ts', { globalName: 'Margin' });
  } catch (error) {
    marginError = String(error?.message ?? error)
      .split('\n')
      .slice(0, 2)
      .join(' ');
  }

  const server = await ctx.serveFixtures();
  const browser = await ctx.launchChromium();
  const rows = [];
  try {
    await ctx.blockOffHost(browser.context, server.baseUrl);
    const page = await browser.context.newPage();
    for (const { label, path } of pages) {
      await page.goto(server.url(path), { waitUntil: 'load' });
      await page.addScriptTag({ content: readability });
      if (margin) await page.addScriptTag({ content: margin });
      const samples = await page.evaluate(
        ({ warmup, runs, withMargin }) => {
          const base = [];
          const ours = [];
          const time = (fn) => {
            const t0 = performance.now();
            fn();
            return performance.now() - t0;
          };
          const parse = () => new window.Baseline.Readability(document.cloneNode(true)).parse();
          const extract = () => window.Margin.detectAndExtract(document, location.href);
          for (let i = 0; i < warmup + runs; i++) {
            const b = time(parse);
            const m = withMargin ? time(extract) : Number.NaN;
            if (i >= warmup) {
              base.push(b);
              ours.push(m);
            }
          }
          return { base, ours, words: document.body.textContent.trim().split(/\s+/).length };
        },
        { warmup, runs, withMargin: margin !== null },
      );
      const base = ctx.summarise(samples.base);
      const baseline = { name: `Readability clone+parse() median of ${runs}`, value: base.median };
      rows.push({
        issue: 2,
        name: `extract: Readability alone, ${label} (${samples.words} words)`,
        value: base.median,
        unit: 'ms',
      });
      if (margin) {
        const ours = ctx.summarise(samples.ours);
        rows.push({
          issue: 2,
          name: `extract: Margin detect+extract, ${label}`,
          value: ours.median,
          unit: 'ms',
          baseline,
        });
      } else {
        rows.push({
          issue: 2,
          name: `TODO extract: Margin detect+extract, ${label} (not measurable yet: ${marginError})`,
          value: null,
          unit: 'ms',
          baseline,
        });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
