// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  documentToMarkdown,
  libraryToMarkdown,
  markdownFileName,
  markdownFiles,
} from '@/src/core/export/markdown';
import { escapeMarkdown, obsidianTag } from '@/src/core/export/markdown-text';
import { yamlString } from '@/src/core/export/yaml';
import { annotation, DOC, sampleLibrary } from './helpers/sample-library';

const NOW = '2026-01-02T03:04:05.000Z';

/** Reads back a double-quoted YAML scalar as YAML 1.2 defines it (enough for what yamlString writes). */
const readYaml = (s: string) => JSON.parse(s.replace(/\\u([0-9a-f]{4})/g, (_m, h) => `\\u${h}`));

describe('documentToMarkdown', () => {
  const lib = sampleLibrary();
  const md = documentToMarkdown(DOC, lib.annotations, NOW);
  const [front, ...rest] = md.split('\n---\n');

  it('starts with Obsidian front matter: quoted title, site, author, bare date, url, tags', () => {
    expect(front).toBe(
      [
        '---',
        'title: "Phó Cục trưởng: \\"Kiểm tra\\" sẽ tiếp tục"',
        'site: "VnExpress"',
        'author: "Nguyễn Văn An, Trần Thị Bình"',
        'date: 2024-04-24',
        'url: "https://vnexpress.net/pho-cuc-truong-4741234.html"',
        'tags:',
        '  - "nguồn-tin"',
        '  - "chính-trị"',
        `exported: ${NOW}`,
      ].join('\n'),
    );
  });

  it('lists quotes in reading order as blockquotes with a text-fragment link, then notes and tags', () => {
    const body = rest.join('\n---\n');
    const quotes = [...body.matchAll(/^> (?!\[)(.*)$/gm)].map((m) => m[1]);
    expect(quotes).toEqual([
      'bài viết',
      'Nguyễn Văn Định',
      'việc "kiểm tra" sẽ tiếp tục - theo kế hoạch &amp; lộ trình',
    ]);
    expect(body).toContain(
      '> [↗ open passage](https://vnexpress.net/pho-cuc-truong-4741234.html#:~:text=n%E1%BB%99i%20b%E1%BB%99-,Nguy%E1%BB%85n%20V%C4%83n%20%C4%90%E1%BB%8Bnh,-cho%20bi%E1%BA%BFt%2C)',
    );
    expect(body).toContain('Người phát ngôn chính\n\n#nguồn-tin #chính-trị');
  });

  it('neutralises markup in page text and notes, and refuses non-web links', () => {
    const evil = {
      ...DOC,
      title: '# <img src=x onerror=alert(1)> [link](javascript:alert(1))',
      url: 'javascript:alert(1)',
      urls: [],
    };
    const a = annotation('e', 'bài viết', {
      quote: '<script>alert(1)</script> *bold*',
      note: '<b>hi</b> **kept**',
    });
    const out = documentToMarkdown(evil, [a], NOW);
    const [front, body] = out.split('\n---\n\n');
    // In the front matter the title is a quoted YAML string (shown as text); the URL is left out.
    expect(front).toContain('title: "# <img src=x onerror=alert(1)> [link](javascript:alert(1))"');
    expect(front).not.toContain('url:');
    // Escaped (`\<`, `\]`) is shown as text; only unescaped markup would render.
    expect(body).not.toMatch(/(?<!\\)<(script|img|b>)|(?<!\\)\]\(javascript/);
    expect(out).toContain('# \\# \\<img src=x onerror=alert(1)\\> \\[link\\](javascript:alert(1))');
    expect(out).toContain('&lt;b>hi&lt;/b> **kept**');
    expect(out).not.toContain('open passage');
  });
});

describe('libraryToMarkdown', () => {
  it('has a section per annotated article with its annotations', () => {
    const lib = sampleLibrary();
    const other = { ...DOC, id: 'd2', title: 'Other', url: 'https://e.com/x', urls: ['https://e.com/x'] };
    const md = libraryToMarkdown(
      {
        documents: [...lib.documents, other, { ...other, id: 'unused' }],
        annotations: [
          ...lib.annotations,
          annotation('z', 'Kết thúc', { documentId: 'd2', createdAt: Date.parse('2030-01-01') }),
        ],
      },
      NOW,
    );
    expect(md).toMatch(
      /^---\ntitle: "Margin export"\nexported: 2026-01-02T03:04:05.000Z\narticles: 2\nannotations: 4\n---\n/,
    );
    expect([...md.matchAll(/^## (.*)$/gm)].map((m) => m[1])).toEqual([
      'Other',
      'Phó Cục trưởng: "Kiểm tra" sẽ tiếp tục',
    ]);
  });
});

describe('helpers', () => {
  it.each([
    'plain',
    'yes',
    'a: b # c',
    '- item',
    '"quoted" \\ back',
    'line\nbreak\ttab',
    '\u0007bell',
    'Tiếng Việt 😀',
  ])('yamlString(%j) reads back verbatim', (s) => {
    expect(readYaml(yamlString(s))).toBe(s);
  });

  it.each([
    ['nguồn tin', 'nguồn-tin'],
    ['#already', 'already'],
    ['a/b_c-d', 'a/b_c-d'],
    ['2024', undefined],
    ['🔥', undefined],
    ['C++ & Go!', 'C-Go'],
  ])('obsidianTag(%j) is %j', (tag, out) => {
    expect(obsidianTag(tag)).toBe(out);
  });

  it('escapes list and heading markers only at line start', () => {
    expect(escapeMarkdown('1. one\n- two\n# three\na-b 1.5')).toBe('1\\. one\n\\- two\n\\# three\na-b 1.5');
  });

  it('makes a safe file name', () => {
    expect(markdownFileName({ ...DOC, title: 'a/b: c? "d" <e> | #f ^[g]' })).toBe(
      'a b c d e f g .md'.replace(' .md', '.md'),
    );
    expect(markdownFileName({ ...DOC, title: '...' })).toBe('Untitled.md');
  });
});

describe('markdownFiles', () => {
  it('gives one note per annotated article, with unique names', () => {
    const lib = sampleLibrary();
    const twin = { ...DOC, id: 'twin' };
    const files = markdownFiles(
      {
        documents: [...lib.documents, twin],
        annotations: [...lib.annotations, annotation('t', 'bài viết', { documentId: 'twin' })],
      },
      NOW,
    );
    expect(files.map((f) => f.name).sort()).toEqual([
      'Phó Cục trưởng Kiểm tra sẽ tiếp tục 2.md',
      'Phó Cục trưởng Kiểm tra sẽ tiếp tục.md',
    ]);
    expect(files[0]!.content).toMatch(/^---\ntitle: /);
  });
});
