// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseFile, decodePage, parseArgs } from '@/src/cli/analyze';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(root, 'tests/fixtures/article', name);
const tmp = mkdtempSync(join(tmpdir(), 'margin-analyze-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('analyze CLI', () => {
  it('prints one JSON line per file, gz included, and goes on after a bad file', async () => {
    const gz = join(tmp, 'vnexpress-1.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(fixture('vnexpress-1.html'))));
    const missing = join(tmp, 'missing.html');
    const run = promisify(execFile);
    const result = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/analyze.ts',
        gz,
        missing,
        fixture('nld-1.html'),
        '--url',
        'https://example.org/a',
      ],
      { cwd: root, maxBuffer: 1 << 24 },
    ).catch((error: { stdout: string; code: number }) => error);
    expect(result).toMatchObject({ code: 1 });
    const lines = (result as { stdout: string }).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([gz, missing, fixture('nld-1.html')]);

    const [first, bad, third] = lines;
    expect(Object.keys(first.article).sort()).toEqual(
      ['byline', 'lang', 'publishedTime', 'siteName', 'text', 'title', 'url'].sort(),
    );
    expect(first.article).toMatchObject({
      title: 'Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non',
      byline: 'Lê Phương',
      publishedTime: '2025-10-22T19:25:52+07:00',
      lang: 'vi',
      url: 'https://example.org/a',
    });
    expect(bad.error).toMatch(/ENOENT/);
    expect(third.article.title).toBe(
      'Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định thuế mới',
    );

    // Entity offsets index article.text; dates carry ISO values resolved against the article's year.
    for (const { article, entities } of [first, third]) {
      expect(entities.length).toBeGreaterThan(0);
      for (const e of entities) expect(article.text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(first.entities).toContainEqual(expect.objectContaining({ type: 'date', value: '2025-10-22' }));
  }, 60_000);

  it('uses the page canonical URL when no --url is given; null article for a page without one', () => {
    const page = analyseFile(fixture('baodautu-1.html'));
    expect(page).toMatchObject({
      article: {
        url: 'https://baodautu.vn/xu-phat-giam-doc-tai-chinh-tap-doan-tien-son-thanh-hoa-vi-thao-tung-co-phieu-d538952.html',
      },
    });
    const empty = join(tmp, 'empty.html');
    writeFileSync(empty, '<html><body><nav><a href="/">Trang chủ</a></nav></body></html>');
    expect(analyseFile(empty)).toEqual({ file: empty, article: null, entities: [] });
  });

  it('decodes the charset a page declares', () => {
    const latin1 = Buffer.from('<meta charset="iso-8859-1"><p>café</p>', 'latin1');
    expect(decodePage(latin1)).toContain('café');
    expect(decodePage(Buffer.from('<p>Nguyễn</p>', 'utf8'))).toContain('Nguyễn');
  });

  it.each([
    [['a.html', '--url', 'https://x.vn/'], { files: ['a.html'], url: 'https://x.vn/' }],
    [
      ['--url=https://x.vn/b', 'a.html', 'b.html.gz'],
      { files: ['a.html', 'b.html.gz'], url: 'https://x.vn/b' },
    ],
  ])('parseArgs %j', (argv, expected) => expect(parseArgs(argv)).toEqual(expected));

  it.each([[[]], [['a.html', '--url']], [['a.html', '--url', 'not a url']], [['--bogus', 'a.html']]])(
    'parseArgs rejects %j',
    (argv) => expect(() => parseArgs(argv)).toThrow(),
  );
});
