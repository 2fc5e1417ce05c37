/**
 * Analyse saved pages in Node with the same extraction and recognition as the content script:
 *
 *   npx tsx src/cli/analyze.ts PAGE.html [PAGE2.html.gz …] [--url URL]
 *
 * Prints one JSON line per file, in order:
 *   `{"file", "article": {"title","byline","siteName","publishedTime","lang","url","text"} | null, "entities": [...]}`
 * with entity offsets (UTF-16) into `article.text`; or `{"file", "error"}` for a file that cannot be read,
 * after which the run goes on. Exit status: 0, 1 if any file failed, 2 on a usage error.
 *
 * linkedom parses the pages: it keeps everything a browser would (happy-dom's parser drops content after
 * some inline SVG). `--url` gives the address the page was saved from; without it the page's canonical link,
 * else the file's own URL, stands in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../core/article/extract-article.ts';
import { recogniseArticle } from '../core/article/recognise-article.ts';
import type { Entity } from '../core/entities/types.ts';

/** The `article` object of an output line. */
export type AnalysedArticle = {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  url: string;
  text: string;
};

/** One output line. */
export type AnalyseResult =
  | { file: string; article: AnalysedArticle | null; entities: Entity[] }
  | { file: string; error: string };

/** Decodes page bytes: the charset the page declares in its first 2 KB, else UTF-8. */
export function decodePage(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (label) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // Unknown label: fall through to UTF-8, what nearly every page is.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function canonicalOf(doc: Document): string | null {
  const href = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href')?.trim();
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Extracts and recognises one page.
 * @param html the page source.
 * @param opts.url the page's address, if known; else its canonical link, else `opts.fallbackUrl`.
 * @returns the article (null when the page has none) and its entities; throws only on unparsable input.
 */
export function analyseHtml(
  html: string,
  opts: { url?: string; fallbackUrl: string },
): { article: AnalysedArticle | null; entities: Entity[] } {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const url = opts.url ?? canonicalOf(doc) ?? opts.fallbackUrl;
  const extracted = extractArticle(doc, { url });
  if (!extracted) return { article: null, entities: [] };
  const { title, byline, siteName, publishedTime, lang, text } = extracted;
  return {
    article: { title, byline, siteName, publishedTime, lang, url: extracted.url, text },
    entities: recogniseArticle(extracted),
  };
}

/** Reads, decompresses (`.gz`) and analyses one file; errors become an `{file, error}` result. */
export function analyseFile(file: string, url?: string): AnalyseResult {
  try {
    const raw = readFileSync(file);
    const bytes = file.endsWith('.gz') ? gunzipSync(raw) : raw;
    const fallbackUrl = pathToFileURL(resolve(file.replace(/\.gz$/, ''))).href;
    return { file, ...analyseHtml(decodePage(bytes), { url, fallbackUrl }) };
  } catch (error) {
    return { file, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Parses `FILE… [--url URL]`; throws a usage message on bad arguments. */
export function parseArgs(argv: string[]): { files: string[]; url?: string } {
  const files: string[] = [];
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (!value) throw new Error('--url needs a value');
      try {
        url = new URL(value).href;
      } catch {
        throw new Error(`--url is not a URL: ${value}`);
      }
    } else if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${arg}`);
    } else files.push(arg);
  }
  if (files.length === 0) throw new Error('no file given');
  return { files, url };
}

function main(argv: string[]): number {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(
      `analyze: ${(error as Error).message}\nusage: analyze PAGE.html [PAGE2.html.gz …] [--url URL]\n`,
    );
    return 2;
  }
  let failed = false;
  for (const file of args.files) {
    const result = analyseFile(file, args.url);
    if ('error' in result) failed = true;
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  return failed ? 1 : 0;
}

const invokedPath = process.argv[1] ? pathToFileURL(resolve(process.argv[1])).href : '';
if (import.meta.url === invokedPath) process.exitCode = main(process.argv.slice(2));
