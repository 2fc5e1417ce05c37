import { jsonErrorMessage, type ParseResult } from '@/src/core/export/backup';
import {
  type AnnotationRecord,
  type DocumentRecord,
  emptyLibrary,
  type HighlightColour,
  type Library,
  type Selector,
  type TextQuoteSelector,
} from '@/src/core/export/library';
import { checkRecord, describe, isObject, Problems, type RecordSpec } from '@/src/core/export/validate';
import { normaliseUrl } from '@/src/core/urls/normalise-url';
import { siteOf } from '@/src/core/urls/site-of';
import { stableId } from './stable-id';

/** Hypothesis quotes may lack prefix or suffix (at the edges of a page). */
const QUOTE_SPEC: RecordSpec = { exact: 'string', prefix: 'string?', suffix: 'string?' };
const POSITION_SPEC: RecordSpec = { start: 'count', end: 'count' };
const ROW_SPEC: RecordSpec = {
  id: 'nonEmptyString',
  uri: 'string',
  created: 'dateTime',
  updated: 'dateTime',
  text: 'string?',
  tags: 'stringArray?',
};

/** Options for {@link parseHypothesisExport}. */
export type HypothesisImportOptions = {
  /** Colour given to imported highlights (Hypothesis has none). Default "yellow". */
  colour?: HighlightColour;
};

/** The annotations array of any shape Hypothesis produces, or a message saying what the file is instead. */
function annotationsOf(data: unknown): { rows: unknown[]; path: string } | string {
  if (Array.isArray(data)) return { rows: data, path: '' };
  if (isObject(data)) {
    if (Array.isArray(data.annotations)) return { rows: data.annotations, path: 'annotations' };
    if (Array.isArray(data.rows)) return { rows: data.rows, path: 'rows' };
    if ('annotations' in data) return `annotations: expected an array, got ${describe(data.annotations)}`;
    if ('rows' in data) return `rows: expected an array, got ${describe(data.rows)}`;
  }
  return `file: expected a Hypothesis export (an object with "annotations", an API result with "rows", or an array), got ${describe(data)}`;
}

/** Hypothesis's `document.title` is an array in the API and a string in newer clients. */
function titleOf(doc: unknown): string | undefined {
  if (!isObject(doc)) return undefined;
  const t = Array.isArray(doc.title) ? doc.title.find((x) => typeof x === 'string') : doc.title;
  return typeof t === 'string' && t.trim() ? t.trim().normalize('NFC') : undefined;
}

const nfc = (s: string) => s.normalize('NFC');

/** Checks a target's selectors and keeps the text ones. */
function selectorsOf(
  target: Record<string, unknown>,
  path: string,
  problems: Problems,
): Selector[] | undefined {
  const raw = target.selector;
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.add(`${path}.selector`, `expected an array, got ${describe(raw)}`);
    return undefined;
  }
  const out: Selector[] = [];
  raw.forEach((s, j) => {
    const p = `${path}.selector[${j}]`;
    if (!isObject(s) || typeof s.type !== 'string') {
      problems.add(p, `expected a selector object with a "type", got ${describe(s)}`);
    } else if (s.type === 'TextQuoteSelector') {
      if (checkRecord(s, QUOTE_SPEC, p, problems)) {
        out.push({
          type: 'TextQuoteSelector',
          exact: nfc(s.exact as string),
          prefix: nfc((s.prefix as string | undefined) ?? ''),
          suffix: nfc((s.suffix as string | undefined) ?? ''),
        });
      }
    } else if (s.type === 'TextPositionSelector') {
      if (checkRecord(s, POSITION_SPEC, p, problems)) {
        out.push({ type: 'TextPositionSelector', start: s.start as number, end: s.end as number });
      }
    }
  });
  return out;
}

/**
 * Converts a Hypothesis JSON export (the client's "Export annotations" file, an API search result, or a bare
 * array) into Margin documents and annotations, ready for `planImport`. Ids are derived from Hypothesis's, so
 * importing the same file twice adds nothing. The quote goes into `selectors` (TextQuote); Hypothesis's own
 * selectors, made over the page body, are kept as `bodySelectors`. Annotations anchor when their pages are visited.
 * Replies, page notes (no quoted passage) and non-web documents (PDF URNs) are skipped with a warning each.
 * Structural problems fail the whole file with messages naming the place (`annotations[3].created: …`).
 */
export function parseHypothesisExport(
  text: string,
  options: HypothesisImportOptions = {},
): ParseResult<Library> {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, errors: [jsonErrorMessage(text, error)] };
  }
  const found = annotationsOf(data);
  if (typeof found === 'string') return { ok: false, errors: [found] };
  const problems = new Problems();
  const warnings: string[] = [];
  const docs = new Map<string, DocumentRecord>();
  const annotations: AnnotationRecord[] = [];
  for (let i = 0; i < found.rows.length; i++) {
    const row = found.rows[i];
    const path = found.path ? `${found.path}[${i}]` : `[${i}]`;
    if (!checkRecord(row, ROW_SPEC, path, problems)) continue;
    const a = row as Record<string, unknown>;
    if (!Array.isArray(a.target) || a.target.length === 0 || !isObject(a.target[0])) {
      problems.add(`${path}.target`, `expected an array holding a target object, got ${describe(a.target)}`);
      continue;
    }
    const selectors = selectorsOf(a.target[0], `${path}.target[0]`, problems);
    if (!selectors) continue;
    if (Array.isArray(a.references) && a.references.length > 0) {
      warnings.push(`${path}: a reply, skipped`);
      continue;
    }
    const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
    if (!quote?.exact.trim()) {
      warnings.push(`${path}: a page note without a quoted passage, skipped`);
      continue;
    }
    const url = normaliseUrl(a.uri as string);
    if (!url) {
      warnings.push(`${path}.uri: ${describe(a.uri)} is not a web page (http or https), skipped`);
      continue;
    }
    const created = Date.parse(a.created as string);
    const updated = Date.parse(a.updated as string);
    let doc = docs.get(url);
    if (!doc) {
      const title = titleOf(a.document) ?? url;
      doc = {
        id: stableId(`hypothesis-document:${url}`),
        urls: [url],
        url,
        site: siteOf(url),
        title,
        firstVisitedAt: created,
        lastVisitedAt: updated,
      };
      docs.set(url, doc);
    }
    doc.firstVisitedAt = Math.min(doc.firstVisitedAt, created);
    doc.lastVisitedAt = Math.max(doc.lastVisitedAt, updated);
    const note = nfc((a.text as string | undefined) ?? '');
    const tags = [
      ...new Set(((a.tags as string[] | undefined) ?? []).map((t) => nfc(t.trim())).filter(Boolean)),
    ];
    annotations.push({
      id: stableId(`hypothesis:${a.id as string}`),
      documentId: doc.id,
      selectors: [quote],
      bodySelectors: selectors,
      quote: quote.exact,
      note,
      tags,
      colour: options.colour ?? 'yellow',
      entityKeys: [],
      createdAt: created,
      updatedAt: Math.max(created, updated),
    });
  }
  if (!problems.ok) return { ok: false, errors: problems.list() };
  return { ok: true, value: { ...emptyLibrary(), documents: [...docs.values()], annotations }, warnings };
}
