/**
 * Entity recognition over JSON lines, per ../shared/eval/README.md:
 *
 *   npx tsx src/cli/entities.ts < IN.jsonl > OUT.jsonl
 *
 * Each input line is `{"id", "text", "reference_date"?, "lang"?}`; each output line is
 * `{"id", "entities": [...]}` in the same order, or `{"line": N, "error": "…"}` for a line that cannot be
 * read. Streams (one line in memory at a time) and exits 0 unless stdin itself fails.
 */
import { createInterface } from 'node:readline';
import { recognise } from '../core/entities/recognise.ts';
import type { Entity, RecogniseOptions } from '../core/entities/types.ts';

/** One output line for one input line (exported for tests). */
export function answerLine(line: string, lineNumber: number): string {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (error) {
    return JSON.stringify({ line: lineNumber, error: `not JSON: ${(error as Error).message}` });
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    return JSON.stringify({ line: lineNumber, error: 'not a JSON object' });
  }
  const { id, text, reference_date: referenceDate, lang } = row as Record<string, unknown>;
  if (typeof text !== 'string') {
    return JSON.stringify({
      line: lineNumber,
      ...(id !== undefined ? { id } : {}),
      error: 'no "text" string',
    });
  }
  const options: RecogniseOptions = {};
  if (typeof referenceDate === 'string' || typeof referenceDate === 'number') {
    options.referenceDate = String(referenceDate);
  }
  if (lang === 'vi' || lang === 'en') options.lang = lang;
  const entities = recognise(text, options).map(toOutput);
  return JSON.stringify({ id: id ?? null, entities });
}

function toOutput(e: Entity) {
  return {
    start: e.start,
    end: e.end,
    type: e.type,
    text: e.text,
    key: e.key,
    lang: e.lang,
    ...(e.titles ? { titles: e.titles } : {}),
    ...(e.value !== undefined ? { value: e.value } : {}),
  };
}

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of rl) {
    n++;
    let out: string;
    try {
      out = line.trim() ? answerLine(line, n) : JSON.stringify({ line: n, error: 'empty line' });
    } catch (error) {
      out = JSON.stringify({ line: n, error: String((error as Error)?.message ?? error) });
    }
    if (!process.stdout.write(`${out}\n`)) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
}

const isMain = process.argv[1] !== undefined && /entities\.(?:ts|js|mjs)$/.test(process.argv[1]);
if (isMain) {
  main().catch((error) => {
    process.stderr.write(`entities: cannot read input: ${String(error)}\n`);
    process.exitCode = 1;
  });
}
