// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/src/background/handlers';
import { parseKeptResult } from '@/src/background/kept-import';
import {
  createImportService,
  type ImportProgress,
  type ImportService,
} from '@/src/background/services/import-service';
import {
  createImportTransfer,
  type KeptResult,
  type KeptResultStore,
} from '@/src/background/services/import-transfer';
import { exportBackup } from '@/src/core/export/backup';
import { IMPORT_PART_CHARS, IMPORT_SESSION_IDLE_MS } from '@/src/messaging/import-limits';
import type { ImportJobStatus } from '@/src/messaging/protocol';
import { validateUiMessage } from '@/src/messaging/validate-ui-message';
import { readLibrary } from '@/src/storage/library-transfer';
import { type ImportStage, resumeImport, uploadImport } from '@/src/ui/data/import-upload';
import { freshDb } from '../storage/fresh-db';

const ORIGIN = 'chrome-extension://test-extension-id/';
const UI = { url: `${ORIGIN}sidepanel.html` };
const PAGE = 'https://vnexpress.net/bai-';

type Handlers = ReturnType<typeof createHandlers>;

/** A library of `n` annotations with long Vietnamese notes and emoji (surrogate pairs), as a backup. */
async function backupOf(n: number): Promise<string> {
  const db = freshDb();
  const h = createHandlers(db, { extensionOrigin: ORIGIN });
  for (let i = 0; i < n; i++) {
    const url = `${PAGE}${i % 3}.html`;
    const quote = `Phó Cục trưởng ${i}`;
    const reply = await h.createAnnotation(
      {
        page: { url, title: `Bài ${i % 3}: kỷ luật cán bộ` },
        selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
        quote,
        note: `Ghi chú ${i} 🗂️ ${'nhận nhiệm vụ mới 😀 '.repeat(40)}`,
        tags: [`thẻ ${i % 4}`],
      },
      UI,
    );
    expect(reply.ok).toBe(true);
  }
  return exportBackup(await readLibrary(db), '2025-01-01T00:00:00Z');
}

function importer(h: Handlers) {
  const sent: string[] = [];
  const seen: ImportStage[] = [];
  const upload = (text: string, partChars = 1024, signal?: AbortSignal) =>
    uploadImport(new Blob([text]), {
      send: (type, data) => {
        sent.push(type);
        // biome-ignore lint/suspicious/noExplicitAny: a test's direct line to the handlers.
        return (h[type] as any)(data, UI);
      },
      onProgress: (s) => seen.push(s),
      partChars,
      pollMs: 1,
      signal,
    });
  return { upload, sent, seen };
}

/** Sends `{}` through a transfer's session and commits it; the job's id. */
function commitStub(transfer: ReturnType<typeof createImportTransfer>): string {
  const { session } = transfer.begin({ bytes: 2 });
  transfer.part({ session, index: 0, text: '{}' });
  return transfer.commit({ session, parts: 1, chars: 2, format: 'margin-backup' }).job;
}

/** Polls a job until it is over. */
async function settle(h: Handlers, job: string): Promise<ImportJobStatus> {
  for (;;) {
    const r = await h.importStatus({ job }, UI);
    if (!r.ok) throw new Error(r.error.message);
    if (!['checking', 'writing'].includes(r.value.stage)) return r.value;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

async function begin(h: Handlers, bytes: number, partChars = 1024) {
  const r = await h.importBegin({ bytes, partChars }, UI);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.session;
}

/** Sends a backup as one part and commits it; the job id. */
async function commitWhole(h: Handlers, text: string): Promise<string> {
  const session = await begin(h, text.length, IMPORT_PART_CHARS);
  await h.importPart({ session, index: 0, text }, UI);
  const commit = await h.importCommit({ session, parts: 1, chars: text.length, format: 'margin-backup' }, UI);
  if (!commit.ok) throw new Error(commit.error.message);
  return commit.value.job;
}

describe('chunked import: the whole path', () => {
  it('sends a file larger than one part in order and restores the library, with every stage reported', async () => {
    const text = await backupOf(12);
    expect(text.length).toBeGreaterThan(10 * 1024);
    const target = freshDb();
    const h = createHandlers(target, { extensionOrigin: ORIGIN });
    const { upload, sent, seen } = importer(h);
    const result = await upload(text);
    expect(result.summary.annotations).toEqual({ added: 12, updated: 0 });
    expect(sent.filter((t) => t === 'importPart').length).toBeGreaterThan(10);
    expect(sent[0]).toBe('importBegin');
    expect(sent).toContain('importCommit');
    expect(seen[0]).toEqual({ stage: 'reading' });
    const bytes = new Blob([text]).size;
    const sending = seen.filter((s) => s.stage === 'sending');
    expect(sending.at(-1)).toEqual({
      stage: 'sending',
      sentBytes: bytes,
      totalBytes: bytes,
    });
    expect(seen.some((s) => s.stage === 'checking')).toBe(true);
    // Lossless across part boundaries (surrogate pairs and combining text included).
    const back = JSON.parse(exportBackup(await readLibrary(target), '2025-01-01T00:00:00Z'));
    expect(back.annotations).toEqual(JSON.parse(text).annotations);
    expect(back.documents).toEqual(JSON.parse(text).documents);
  });

  it('keeps a small file in one part, through the same messages', async () => {
    const h = createHandlers(freshDb(), { extensionOrigin: ORIGIN });
    const { upload, sent } = importer(h);
    const text = await backupOf(1);
    await upload(text, IMPORT_PART_CHARS);
    expect(sent.filter((t) => t === 'importPart')).toHaveLength(1);
  });

  it('reports a JSON error with its line and column, and writes nothing', async () => {
    const db = freshDb();
    const h = createHandlers(db, { extensionOrigin: ORIGIN });
    const { upload } = importer(h);
    const broken = `{\n  "format": "margin-backup",\n  "schemaVersion": 1,\n  "annotations": [}\n${' '.repeat(3000)}`;
    await expect(upload(broken)).rejects.toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/^the file is not JSON \(not valid JSON at line 4, column 19: /),
    });
    expect(await db.documents.count()).toBe(0);
  });

  it("words the failure in the reader's language (the place as the parser gives it)", async () => {
    const h = createHandlers(freshDb(), { extensionOrigin: ORIGIN, language: () => 'vi' });
    await expect(importer(h).upload('[1, 2,')).rejects.toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/^tệp không phải JSON \(not valid JSON at line 1, column 7/),
    });
    expect(await h.importStatus({ job: 'gone' }, UI)).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('chưa có gì được nhập') },
    });
  });

  it('names the broken record of a valid JSON file, and writes nothing', async () => {
    const db = freshDb();
    const h = createHandlers(db, { extensionOrigin: ORIGIN });
    const data = JSON.parse(await backupOf(3));
    data.annotations[2].selectors = 'not a list';
    await expect(importer(h).upload(JSON.stringify(data))).rejects.toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('annotations[2].selectors'),
    });
    expect(await db.annotations.count()).toBe(0);
  });
});

describe('chunked import: the protocol refuses what is out of line', () => {
  it('refuses a part out of order and drops the session', async () => {
    const h = createHandlers(freshDb(), { extensionOrigin: ORIGIN });
    const session = await begin(h, 100);
    expect(await h.importPart({ session, index: 0, text: '{"a":' }, UI)).toMatchObject({ ok: true });
    expect(await h.importPart({ session, index: 2, text: '1}' }, UI)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: 'index: expected part 1, got 2' },
    });
    expect(await h.importPart({ session, index: 1, text: '1}' }, UI)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('refuses a part longer than the session allows, and more text than the file has bytes', async () => {
    const h = createHandlers(freshDb(), { extensionOrigin: ORIGIN });
    let session = await begin(h, 5000, 1024);
    expect(await h.importPart({ session, index: 0, text: 'x'.repeat(1025) }, UI)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringContaining('longer than') },
    });
    session = await begin(h, 10, 1024);
    expect(await h.importPart({ session, index: 0, text: 'x'.repeat(11) }, UI)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringContaining('10 bytes') },
    });
    // Over the hard cap, whatever the session: refused before it reaches the transfer.
    expect(
      validateUiMessage('importPart', { session, index: 0, text: 'x'.repeat(IMPORT_PART_CHARS + 1) }),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('answers an unknown, replaced or idle session with not-found and a message a person can act on', async () => {
    let clock = 1_000_000;
    const h = createHandlers(freshDb(), { extensionOrigin: ORIGIN, now: () => clock });
    expect(await h.importPart({ session: 'no-such-session', index: 0, text: 'x' }, UI)).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('Choose the file again') },
    });
    const first = await begin(h, 100);
    const second = await begin(h, 100);
    expect(await h.importPart({ session: first, index: 0, text: 'x' }, UI)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await h.importPart({ session: second, index: 0, text: '[' }, UI)).toMatchObject({ ok: true });
    clock += IMPORT_SESSION_IDLE_MS;
    expect(await h.importPart({ session: second, index: 1, text: ']' }, UI)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('refuses a commit that does not match what was received', async () => {
    const h = createHandlers(freshDb(), { extensionOrigin: ORIGIN });
    const session = await begin(h, 100);
    await h.importPart({ session, index: 0, text: '[]' }, UI);
    expect(await h.importCommit({ session, parts: 2, chars: 2, format: 'hypothesis' }, UI)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringContaining('received') },
    });
  });

  it('refuses a new import while one is being checked, and a status for a job it does not know', async () => {
    const h = createHandlers(freshDb(), { extensionOrigin: ORIGIN });
    const job = await commitWhole(h, await backupOf(2));
    expect(await h.importBegin({ bytes: 10 }, UI)).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    expect(await settle(h, job)).toMatchObject({ stage: 'done' });
    expect(await h.importBegin({ bytes: 10 }, UI)).toMatchObject({ ok: true });

    // A restarted worker (new handlers) knows no job: the panel is told nothing was written.
    const restarted = createHandlers(freshDb(), { extensionOrigin: ORIGIN });
    expect(await restarted.importStatus({ job: job }, UI)).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('nothing was imported') },
    });
  });

  it('tells the panel an import was lost when the worker restarted after the commit, or cannot be reached', async () => {
    const db = freshDb();
    const before = createHandlers(db, { extensionOrigin: ORIGIN });
    const after = createHandlers(db, { extensionOrigin: ORIGIN }); // the restarted worker
    const text = await backupOf(1);
    const lost = uploadImport(new Blob([text]), {
      // biome-ignore lint/suspicious/noExplicitAny: a test's direct line to the handlers.
      send: (type, data) => ((type === 'importStatus' ? after : before)[type] as any)(data, UI),
      pollMs: 1,
    });
    await expect(lost).rejects.toMatchObject({
      kind: 'lost',
      message: expect.stringContaining('Margin stopped before this import finished'),
    });
    const unreachable = uploadImport(new Blob([text]), {
      send: () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    });
    await expect(unreachable).rejects.toMatchObject({ kind: 'interrupted' });
  });

  it('validates every field of the import messages', () => {
    const bad: [Parameters<typeof validateUiMessage>[0], unknown][] = [
      ['importBegin', { bytes: -1 }],
      ['importBegin', { bytes: 10, partChars: 10 }],
      ['importBegin', null],
      ['importPart', { session: '../x', index: 0, text: '' }],
      ['importPart', { session: 'a', index: 1.5, text: '' }],
      ['importPart', { session: 'a', index: 0, text: 42 }],
      ['importCommit', { session: 'a', parts: 1, chars: 1, format: 'csv' }],
      ['importStatus', { job: '' }],
      ['importCancel', {}],
    ];
    for (const [type, data] of bad) {
      expect(validateUiMessage(type, data), `${type} ${JSON.stringify(data)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid' },
      });
    }
    expect(validateUiMessage('importPart', { session: 'a-1', index: 3, text: 'e\u0301' })).toEqual({
      ok: true,
      value: { session: 'a-1', index: 3, text: 'e\u0301' },
    });
  });
});

describe('chunked import: cancel and progress', () => {
  it('cancels while sending: the session is dropped and nothing is written', async () => {
    const db = freshDb();
    const h = createHandlers(db, { extensionOrigin: ORIGIN });
    const controller = new AbortController();
    const { upload, sent } = importer(h);
    const text = await backupOf(6);
    const running = upload(text, 1024, controller.signal);
    controller.abort();
    await expect(running).rejects.toMatchObject({ kind: 'cancelled' });
    expect(sent).toContain('importCancel');
    expect(sent).not.toContain('importCommit');
    expect(await db.annotations.count()).toBe(0);
  });

  it('cancels a committed job before it writes', async () => {
    const db = freshDb();
    const h = createHandlers(db, { extensionOrigin: ORIGIN });
    const job = await commitWhole(h, await backupOf(2));
    expect(await h.importCancel({ job }, UI)).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(await settle(h, job)).toEqual({ stage: 'cancelled' });
    expect(await db.annotations.count()).toBe(0);
    expect(await db.documents.count()).toBe(0);
  });

  it('reports checking, then annotations written from 0 to all, in order', async () => {
    const text = await backupOf(5);
    const db = freshDb();
    const seen: ImportProgress[] = [];
    await createImportService(db).importLibrary(text, 'margin-backup', {
      onProgress: (p) => seen.push(p),
    });
    expect(seen[0]).toEqual({ stage: 'checking' });
    expect(seen[1]).toEqual({ stage: 'writing', done: 0, total: 5 });
    expect(seen.at(-1)).toEqual({ stage: 'writing', done: 5, total: 5 });
    const done = seen.slice(1).map((p) => (p.stage === 'writing' ? p.done : -1));
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(await db.annotations.count()).toBe(5);
  });
});

describe('chunked import: a panel that opens later', () => {
  it('is shown an import whose panel was closed, running or ended, until some panel has read its end', async () => {
    const db = freshDb();
    const h = createHandlers(db, { extensionOrigin: ORIGIN });
    expect(await h.importLatest(undefined, UI)).toEqual({ ok: true, value: null });
    // The first panel commits, then closes without reading the end.
    const job = await commitWhole(h, await backupOf(3));
    const running = await h.importLatest(undefined, UI);
    expect(running).toMatchObject({ ok: true, value: { job } });
    // A new panel follows it to the end, as the first one would have.
    const sent: string[] = [];
    const result = await resumeImport({
      send: (type, data) => {
        sent.push(type);
        // biome-ignore lint/suspicious/noExplicitAny: a test's direct line to the handlers.
        return (h[type] as any)(data, UI);
      },
      pollMs: 1,
    });
    expect(result?.summary.annotations?.added).toBe(3);
    expect(sent[0]).toBe('importLatest');
    expect(sent.at(-1)).toBe('importStatus');
    // Its end has been read: the next panel has nothing to show.
    expect(await h.importLatest(undefined, UI)).toEqual({ ok: true, value: null });
    expect(await db.annotations.count()).toBe(3);
  });

  it('tells a panel opened after Chrome stopped the idle worker how its import ended', async () => {
    const db = freshDb();
    // storage.session, as the extension backs it: it outlives the worker.
    let stored: unknown = null;
    const keptImport: KeptResultStore = {
      load: async () => parseKeptResult(structuredClone(stored)),
      save: async (r) => {
        stored = structuredClone(r);
      },
    };
    const before = createHandlers(db, { extensionOrigin: ORIGIN, keptImport });
    const job = await commitWhole(before, await backupOf(3));
    // It ends with no panel reading it; then Chrome stops the worker.
    for (let i = 0; i < 400; i++) {
      const latest = await before.importLatest(undefined, UI);
      if (latest.ok && latest.value?.status.stage === 'done') break;
      await new Promise((r) => setTimeout(r, 5));
    }
    const after = createHandlers(db, { extensionOrigin: ORIGIN, keptImport });
    expect(await after.importLatest(undefined, UI)).toMatchObject({
      ok: true,
      value: { job, status: { stage: 'done' } },
    });
    const send = (type: string, data: unknown) =>
      // biome-ignore lint/suspicious/noExplicitAny: a test's direct line to the handlers.
      (after as any)[type](data, UI);
    const result = await resumeImport({ send, pollMs: 1 });
    expect(result?.summary.annotations?.added).toBe(3);
    // Read once: neither this worker nor a later one shows it again.
    expect(await after.importLatest(undefined, UI)).toEqual({ ok: true, value: null });
    const later = createHandlers(db, { extensionOrigin: ORIGIN, keptImport });
    expect(await later.importLatest(undefined, UI)).toEqual({ ok: true, value: null });
    // Without a store (or with nothing kept) a restarted worker has nothing to show.
    expect(await createHandlers(db, { extensionOrigin: ORIGIN }).importLatest(undefined, UI)).toEqual({
      ok: true,
      value: null,
    });
  });

  it('keeps a long result cut short, and reads back only what it kept', async () => {
    const saved: KeptResult[] = [];
    const many = Array.from({ length: 500 }, (_, i) => `annotations[${i}]: no quote`);
    const transfer = createImportTransfer(
      {
        importLibrary: async () => ({ summary: {}, skipped: many, warnings: ['w'], empty: true }),
      } as unknown as ImportService,
      { kept: { load: async () => null, save: async (r) => void saved.push(r) } },
    );
    const job = commitStub(transfer);
    for (let i = 0; i < 200 && saved.length < 2; i++) await new Promise((r) => setTimeout(r, 2));
    // Kept as running at the commit, then as ended.
    expect(saved[0]).toEqual({ job, seen: false });
    const status = saved[1]?.status;
    expect(saved[1]).toMatchObject({ job, seen: false });
    if (status?.stage !== 'done') throw new Error(`kept ${JSON.stringify(status)}`);
    expect(status.result.skipped).toHaveLength(201);
    expect(status.result.skipped.at(-1)).toBe('… (300 more)');
    expect(status.result.warnings).toEqual(['w']);
    // The panel of this worker still gets every line.
    const full = await transfer.status({ job });
    expect(full.stage === 'done' && full.result.skipped).toHaveLength(500);
    expect(parseKeptResult(structuredClone(saved[1]))).toEqual(saved[1]);
    expect(parseKeptResult({ job: 'j', seen: false })).toEqual({ job: 'j', seen: false });
    for (const junk of [
      null,
      'x',
      { job: 1 },
      { job: 'j', finishedAt: 1, seen: false, status: { stage: 'gone' } },
      { job: 'j', finishedAt: 1, seen: false, status: { stage: 'checking' } },
      { job: 'j', finishedAt: 1, seen: false, status: { stage: 'done' } },
      {
        job: 'j',
        finishedAt: 1,
        seen: false,
        status: { stage: 'done', result: { summary: {}, skipped: [1], warnings: [], empty: true } },
      },
      { job: 'j', finishedAt: 1, seen: false, status: { stage: 'failed', error: { code: 'x' } } },
      { job: 'j', seen: true },
    ])
      expect(parseKeptResult(junk)).toBeNull();
  });

  it('tells a worker started after one stopped mid-import that nothing was imported, not an older result', async () => {
    let stored: unknown = null;
    const kept: KeptResultStore = {
      load: async () => parseKeptResult(structuredClone(stored)),
      save: async (r) => {
        stored = structuredClone(r);
      },
    };
    const quick = { importLibrary: async () => ({ summary: {}, skipped: [], warnings: [], empty: true }) };
    // The first import ends at once; the second never does (the worker will stop while it runs).
    let calls = 0;
    const firstQuick = {
      importLibrary: () => (calls++ === 0 ? quick.importLibrary() : new Promise(() => undefined)),
    };
    const stub = (s: object) => s as unknown as ImportService;
    const worker = createImportTransfer(stub(firstQuick), { kept });
    const older = commitStub(worker);
    for (let i = 0; i < 200 && (await worker.latest())?.status.stage !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 2));
    }
    const running = commitStub(worker);
    // A panel reading the older end now does not overwrite what is kept of the newer job.
    await worker.status({ job: older });
    await new Promise((r) => setTimeout(r, 5));
    expect(parseKeptResult(stored)).toEqual({ job: running, seen: false });

    const restarted = createImportTransfer(stub(quick), { kept });
    const shown = await restarted.latest();
    expect(shown).toMatchObject({ job: running, status: { stage: 'failed' } });
    expect(shown?.status.stage === 'failed' && shown.status.error.message).toMatch(/nothing was imported/);
    expect(await restarted.status({ job: running })).toMatchObject({ stage: 'failed' });
    expect(await restarted.latest()).toBeNull();
    await new Promise((r) => setTimeout(r, 5));
    expect(await createImportTransfer(stub(quick), { kept }).latest()).toBeNull();
  });

  it('shows an import that ended with no panel open, with why nothing was imported', async () => {
    const db = freshDb();
    const h = createHandlers(db, { extensionOrigin: ORIGIN });
    const broken = '{"format": "margin-backup", "annotations": [';
    const session = await begin(h, broken.length, IMPORT_PART_CHARS);
    await h.importPart({ session, index: 0, text: broken }, UI);
    const commit = await h.importCommit(
      { session, parts: 1, chars: broken.length, format: 'margin-backup' },
      UI,
    );
    if (!commit.ok) throw new Error(commit.error.message);
    // Wait for the end without reading it through importStatus (nobody is watching).
    for (let i = 0; i < 200; i++) {
      const latest = await h.importLatest(undefined, UI);
      if (latest.ok && latest.value?.status.stage === 'failed') break;
      await new Promise((r) => setTimeout(r, 5));
    }
    const send = (type: string, data: unknown) =>
      // biome-ignore lint/suspicious/noExplicitAny: a test's direct line to the handlers.
      (h as any)[type](data, UI);
    await expect(resumeImport({ send, pollMs: 1 })).rejects.toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/not JSON/),
    });
    expect(await h.importLatest(undefined, UI)).toEqual({ ok: true, value: null });
    expect(await db.annotations.count()).toBe(0);
  });
});
