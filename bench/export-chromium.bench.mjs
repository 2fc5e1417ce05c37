/**
 * Issue 4: importing and exporting 100,000 annotations over 5,000 documents in Chromium, with the built
 * extension (`.output/chrome-mv3`) loaded and its real `margin` IndexedDB, against `JSON.parse` /
 * `JSON.stringify` of the raw tables in the same page in the same run (goal: under 10 s each, no crash).
 *
 * In the side panel page (sidepanel.html, the bench code injected with CDP: the page's CSP forbids scripts):
 * 1. import into the empty database: a generated library's JSON backup (bench/lib/entries/library-generate)
 *    imported by the background's import service — parse and validate, plan, write in one transaction —
 *    run in this page (a 90 MB backup is beyond what the side panel can send the background: runtime
 *    messages stop at 64 MiB). Baseline: `JSON.parse` of the same text. This also fills the database.
 * 2. export: the side panel's own UI, Export / Import → Everything → JSON backup → Download, timed from the
 *    click to the browser's download event, the progress bar watched. Baselines: `JSON.stringify` of the
 *    raw tables, and a plain dump (`toArray()` of every table + `JSON.stringify`). Two rounds, means.
 * 3. re-import of the downloaded file through the side panel's file input (nothing to write); when the
 *    side panel cannot send it, the import service on the same file in the page, and the row says why.
 * Peak memory: peak resident memory (Linux VmHWM, reset through `clear_refs` before each step) of the
 * extension's renderer (side panel page and service worker) above its resident memory when the step began;
 * the browser process's (IndexedDB's backend) and the page's JS heap (CDP `Runtime.getHeapUsage`, sampled every 50 ms) are logged.
 *
 * The import steps run once (the import takes minutes). `MARGIN_BENCH_ANNOTATIONS` scales the library
 * (documents = annotations / 20) for a quick check. Run: `node bench/run.mjs --no-build export-chromium`
 * after `npx wxt build`.
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ANNOTATIONS = Number(process.env.MARGIN_BENCH_ANNOTATIONS ?? 100_000);
const DOCS = ANNOTATIONS / 20;
const GOAL_MS = 10_000;
const EXPORT_ROUNDS = 2;
const STEP_TIMEOUT = 180_000;

const mb = (bytes) => Number((bytes / 1e6).toFixed(1));
const ms = (x) => Math.round(x);

/** `VmHWM` and `VmRSS` of a process, in bytes. */
async function residentOf(pid) {
  const text = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(text)?.[1] ?? 0) * 1024;
  return { hwm: kb('VmHWM'), rss: kb('VmRSS') };
}

/** The renderer processes of the browser whose profile is `profileDir` (other benches may run Chromium too). */
async function extensionProcesses(profileDir) {
  const procs = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const [cmd, statText] = await Promise.all([
      readFile(`/proc/${name}/cmdline`, 'utf8').catch(() => ''),
      readFile(`/proc/${name}/stat`, 'utf8').catch(() => ''),
    ]);
    const ppid = Number(statText.slice(statText.lastIndexOf(')') + 2).split(' ')[1]);
    // Chromium rewrites its process title: the arguments may be one string.
    procs.push({ pid: Number(name), ppid, cmd: cmd.split('\0').join(' ') });
  }
  // Chromium writes the profile folder on the command line of the browser and its renderers.
  const ours = new Set(
    procs.filter((p) => p.cmd.includes(`--user-data-dir=${profileDir}`)).map((p) => p.pid),
  );
  if (ours.size === 0) throw new Error(`no browser process for ${profileDir}`);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (!ours.has(p.pid) && ours.has(p.ppid)) {
        ours.add(p.pid);
        grew = true;
      }
    }
  }
  // The extension's renderer (side panel page and background service worker) and the browser process
  // (IndexedDB's backend runs there).
  const kindOf = (p) =>
    p.cmd.includes('--type=renderer') && p.cmd.includes('--extension-process')
      ? 'extension'
      : !p.cmd.includes('--type=')
        ? 'browser'
        : null;
  return procs.filter((p) => ours.has(p.pid) && kindOf(p)).map((p) => ({ pid: p.pid, kind: kindOf(p) }));
}

/**
 * Runs one step, timing it and recording its memory: peak resident memory of the extension's renderer and of
 * the browser process above their resident memory at the start, and the sampled JS heap peak of the page.
 */
async function step(label, { page, cdp, profileDir }, fn) {
  await cdp.send('HeapProfiler.collectGarbage');
  const procs = await extensionProcesses(profileDir);
  const before = new Map();
  for (const { pid } of procs) {
    await writeFile(`/proc/${pid}/clear_refs`, '5').catch(() => {});
    before.set(pid, (await residentOf(pid)).rss);
  }
  const heap0 = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let heapPeak = heap0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const r = await cdp.send('Runtime.getHeapUsage').catch(() => null);
      if (r) heapPeak = Math.max(heapPeak, r.usedSize);
      await new Promise((res) => setTimeout(res, 50));
    }
  })();
  const t0 = performance.now();
  let value;
  try {
    value = await fn();
  } finally {
    sampling = false;
    await sampler;
  }
  const elapsed = performance.now() - t0;
  // Peak resident memory above the start, per kind of process (the largest renderer of a kind).
  const peak = { extension: 0, browser: 0 };
  const perProcess = [];
  for (const { pid, kind } of procs) {
    const { hwm } = await residentOf(pid);
    perProcess.push(`${kind} ${mb(before.get(pid))} → ${mb(hwm)} MB`);
    peak[kind] = Math.max(peak[kind], hwm - before.get(pid));
  }
  if (page.isClosed()) throw new Error(`${label}: the side panel page closed (crashed?)`);
  const result = {
    elapsed,
    rssPeak: peak.extension,
    browserPeak: peak.browser,
    heapPeak: heapPeak - heap0,
    value,
  };
  console.log(
    `${label}: ${ms(elapsed)} ms; peak RSS ${perProcess.join(', ')}; JS heap peak +${mb(result.heapPeak)} MB (sampled)`,
    value === undefined ? '' : JSON.stringify(value),
  );
  return result;
}

/** The extension id, from its service worker. */
async function extensionIdOf(context) {
  const isOurs = (w) => w.url().startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  return new URL(worker.url()).host;
}

/** @param {import('./lib/context.mjs').BenchContext} ctx */
export default async function run(ctx) {
  const extensionPath = ctx.ensureBuild('chrome');
  const entry = await ctx.bundle('bench/lib/entries/export-chromium.ts', { globalName: 'ExportBench' });
  const inject = `${entry}\nwindow.ExportBench = ExportBench;`;
  const dir = await mkdtemp(join(tmpdir(), 'margin-export-chromium-'));
  const browser = await ctx.launchChromium({ extensionPath, viewport: { width: 420, height: 800 } });
  const { context, profileDir } = browser;
  try {
    const id = await extensionIdOf(context);
    const url = (path) => `chrome-extension://${id}/${path}`;

    const page = await context.newPage();
    let crashed = false;
    page.on('crash', () => {
      crashed = true;
      console.log('side panel page crashed');
    });
    page.on('console', (msg) => msg.type() === 'error' && console.log(`  page: ${msg.text()}`));
    await page.goto(url('sidepanel.html'));
    await page.waitForLoadState('load');
    // Extension pages forbid inline scripts (CSP); CDP's evaluate is not subject to it.
    await page.evaluate(inject);
    await page.evaluate(() => window.ExportBench.addBaselineInput());
    const cdp = await context.newCDPSession(page);
    const env = { page, cdp, profileDir };
    const label = `${ANNOTATIONS.toLocaleString('en')} annotations, ${DOCS.toLocaleString('en')} documents`;

    // Import into the empty database: a generated library's backup, JSON.parse'd (baseline), then imported
    // by the background's import service run in this page (it also fills the database for the export).
    const prepared = await page.evaluate(([d, a]) => window.ExportBench.prepare(d, a), [DOCS, ANNOTATIONS]);
    console.log(`prepared a backup of ${mb(prepared.chars)} M characters in ${ms(prepared.ms)} ms`);
    const rawImport = await step('baseline import (JSON.parse of the backup)', env, () =>
      page.evaluate(() => window.ExportBench.rawParsePrepared()),
    );
    const ourImport = await step(
      "ours: import into the empty database (the background's import service, in the side panel page)",
      env,
      () => page.evaluate(() => window.ExportBench.importPrepared()),
    );
    if (ourImport.value.annotations.added !== ANNOTATIONS) throw new Error('not every annotation imported');
    const restored = await page.evaluate(() => window.ExportBench.counts());
    console.log(`database: ${JSON.stringify(restored)}`);
    if (restored.annotations !== ANNOTATIONS) throw new Error('the database does not hold every annotation');

    // Export: the baseline, then the side panel's Download.
    await page.getByRole('button', { name: 'Export / Import' }).click();
    await page.getByLabel('Everything').check();
    await page.getByLabel('Format').selectOption('json');
    await page.evaluate(() => {
      // The progress bar's values as they show (MutationObserver callbacks run even while the page is busy).
      window.progressSeen = [];
      new MutationObserver(() => {
        const bar = document.querySelector('.export-panel progress');
        if (bar) window.progressSeen.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const backupFile = join(dir, 'margin-backup.json');
    // Two rounds, baseline and ours back to back, so a burst of load falls on both; means of the two.
    const rounds = [];
    for (let round = 1; round <= EXPORT_ROUNDS; round++) {
      const raw = await step(`baseline export ${round} (toArray + JSON.stringify)`, env, () =>
        page.evaluate(() => window.ExportBench.rawExport()),
      );
      let download;
      const ours = await step(
        `ours: export ${round} (side panel Download → download event)`,
        env,
        async () => {
          [download] = await Promise.all([
            page.waitForEvent('download', { timeout: STEP_TIMEOUT }),
            page.getByRole('button', { name: 'Download' }).click(),
          ]);
          return download.suggestedFilename();
        },
      );
      await download.saveAs(backupFile);
      await page.locator('.export-panel .status').waitFor({ timeout: STEP_TIMEOUT });
      rounds.push({ raw, ours });
    }
    const mean = (f) => rounds.reduce((sum, r) => sum + f(r), 0) / rounds.length;
    const max = (f) => Math.max(...rounds.map(f));
    const rawExport = {
      elapsed: mean((r) => r.raw.elapsed),
      stringifyMs: mean((r) => r.raw.value.stringifyMs),
      rssPeak: max((r) => r.raw.rssPeak),
    };
    const ourExport = { elapsed: mean((r) => r.ours.elapsed), rssPeak: max((r) => r.ours.rssPeak) };
    const bytes = (await stat(backupFile)).size;
    const progressSeen = await page.evaluate(() => window.progressSeen.filter((v) => v > 0).length);
    console.log(`backup: ${mb(bytes)} MB; progress bar updates seen: ${progressSeen}`);
    const exported = JSON.parse(await readFile(backupFile, 'utf8'));
    if (exported.annotations.length !== ANNOTATIONS) throw new Error('the export lost annotations');

    // Re-import of the exported file: through the side panel's file input, as a person would.
    const ui = await step('ours: re-import through the side panel (file input → status)', env, async () => {
      await page.locator('.import-panel input[type=file]').setInputFiles(backupFile);
      const status = page
        .locator('.import-panel [role=status], .import-panel [role=alert]')
        .filter({ hasText: /Imported|Nothing|failed|cannot/i });
      await status.first().waitFor({ timeout: STEP_TIMEOUT });
      const text = await status.first().innerText();
      await page.locator('.import-panel input[type=file]:not([disabled])').waitFor();
      return text;
    });
    const uiWorks = /Imported 0 annotations/.test(ui.value);
    let reimport = ui;
    if (!uiWorks) {
      // The side panel could not hand the file to the background: time the background's import service
      // (the same code) on the same file in this page instead.
      await page.locator('#export-bench-file').setInputFiles(backupFile);
      reimport = await step('ours: re-import (the import service, in the side panel page)', env, () =>
        page.evaluate(() => window.ExportBench.ourImportInPage()),
      );
      if (!reimport.value.empty) throw new Error('re-import wrote something');
    }
    if (crashed) throw new Error('the side panel page crashed');

    const row = (name, ours, baseline, baseName, goal) => ({
      issue: 4,
      name: `${name} (${label}, ${mb(bytes)} MB), Chromium`,
      value: ms(ours),
      unit: 'ms',
      baseline: { name: baseName, value: ms(baseline) },
      ...(goal ? { goal } : {}),
    });
    const goal = `< ${GOAL_MS.toLocaleString('en')} ms, no crash`;
    const refused = ui.value.replace(/\s+/g, ' ').slice(0, 200);
    return [
      row(
        'export: side panel Everything → JSON backup, click to download',
        ourExport.elapsed,
        rawExport.stringifyMs,
        `JSON.stringify of the raw tables, same page (means of ${EXPORT_ROUNDS} rounds)`,
        goal,
      ),
      row(
        'export, against a plain dump',
        ourExport.elapsed,
        rawExport.elapsed,
        'toArray of every table + JSON.stringify, same page',
      ),
      row(
        `import into an empty database: the background's import service (parse ${ms(ourImport.value.parseMs)} ms, plan + write the rest), in the side panel page`,
        ourImport.elapsed,
        rawImport.value.parseMs,
        'JSON.parse of the same backup, same page',
        goal,
      ),
      row(
        uiWorks
          ? 're-import of the exported file through the side panel (nothing written)'
          : `re-import of the exported file, import service in the page (the side panel refused the file: ${refused})`,
        reimport.elapsed,
        rawImport.value.parseMs,
        'JSON.parse of the same backup, same page',
      ),
      {
        issue: 4,
        name: `export peak memory, extension process RSS above start (${label}), Chromium`,
        value: mb(ourExport.rssPeak),
        unit: 'MB',
        baseline: { name: 'toArray + JSON.stringify of the raw tables', value: mb(rawExport.rssPeak) },
      },
      {
        issue: 4,
        name: `import peak memory, extension process RSS above start (${label}), Chromium`,
        value: mb(ourImport.rssPeak),
        unit: 'MB',
        baseline: { name: 'JSON.parse of the same backup', value: mb(rawImport.rssPeak) },
      },
      {
        issue: 4,
        name: `import peak memory, browser process (IndexedDB's backend) RSS above start (${label}), Chromium`,
        value: mb(ourImport.browserPeak),
        unit: 'MB',
      },
    ];
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}
