import type { TableName } from './library';
import { checkRecord, describe, isObject, type Problems, type RecordSpec } from './validate';

/** What each table's records must hold (DESIGN.md data model). Extra fields are kept as they are. */
export const RECORD_SPECS: Record<TableName, RecordSpec> = {
  documents: {
    id: 'nonEmptyString',
    urls: 'stringArray',
    title: 'string',
    siteName: 'string?',
    byline: 'string?',
    publishedAt: 'date?',
    lang: 'string?',
    excerpt: 'string?',
    textHash: 'string?',
    text: 'string?',
    firstVisitedAt: 'dateTime',
    lastVisitedAt: 'dateTime',
  },
  annotations: {
    id: 'nonEmptyString',
    documentId: 'nonEmptyString',
    quote: 'string',
    note: 'string',
    tags: 'stringArray',
    color: 'string',
    createdAt: 'dateTime',
    updatedAt: 'dateTime',
  },
  entities: {
    key: 'nonEmptyString',
    name: 'string',
    aliases: 'stringArray',
    count: 'count',
    firstSeenAt: 'dateTime',
    lastSeenAt: 'dateTime',
  },
  mentions: {
    entityKey: 'nonEmptyString',
    documentId: 'nonEmptyString',
    count: 'count',
    titles: 'stringArray',
    firstPosition: 'count',
    context: 'string',
  },
  tags: { name: 'nonEmptyString', color: 'string?', count: 'count', createdAt: 'dateTime' },
  settings: { key: 'nonEmptyString', value: 'json' },
};

const ENTITY_TYPES = new Set(['official', 'person', 'org', 'date']);
const ANCHORING = new Set(['anchored', 'fuzzy', 'orphan']);

/** Checks an annotation's selectors: an array of TextQuote / TextPosition selectors. */
function checkSelectors(value: unknown, path: string, problems: Problems): void {
  if (!Array.isArray(value)) {
    problems.add(path, `expected an array, got ${describe(value)}`);
    return;
  }
  value.forEach((s, i) => {
    const p = `${path}[${i}]`;
    if (!isObject(s)) {
      problems.add(p, `expected a selector object, got ${describe(s)}`);
    } else if (s.type === 'TextQuoteSelector') {
      checkRecord(s, { exact: 'string', prefix: 'string?', suffix: 'string?' }, p, problems);
    } else if (s.type === 'TextPositionSelector') {
      if (
        checkRecord(s, { start: 'count', end: 'count' }, p, problems) &&
        (s.start as number) > (s.end as number)
      ) {
        problems.add(`${p}.end`, `expected end ≥ start (${s.start}), got ${s.end}`);
      }
    } else {
      problems.add(
        `${p}.type`,
        `expected "TextQuoteSelector" or "TextPositionSelector", got ${describe(s.type)}`,
      );
    }
  });
}

/** Checks an entity's titles: objects with text and first/last seen times. */
function checkTitles(value: unknown, path: string, problems: Problems): void {
  if (!Array.isArray(value)) {
    problems.add(path, `expected an array, got ${describe(value)}`);
    return;
  }
  value.forEach((t, i) => {
    checkRecord(
      t,
      { text: 'string', firstSeenAt: 'dateTime', lastSeenAt: 'dateTime' },
      `${path}[${i}]`,
      problems,
    );
  });
}

/** Checks one record of `table` at `path`, including the nested parts a flat spec cannot say. */
export function checkTableRecord(table: TableName, value: unknown, path: string, problems: Problems): void {
  if (!checkRecord(value, RECORD_SPECS[table], path, problems) && !isObject(value)) return;
  const record = value as Record<string, unknown>;
  if (table === 'annotations') {
    checkSelectors(record.selectors, `${path}.selectors`, problems);
    if (record.anchoring !== undefined && !ANCHORING.has(record.anchoring as string)) {
      problems.add(
        `${path}.anchoring`,
        `expected "anchored", "fuzzy" or "orphan", got ${describe(record.anchoring)}`,
      );
    }
  } else if (table === 'entities') {
    if (!ENTITY_TYPES.has(record.type as string)) {
      problems.add(
        `${path}.type`,
        `expected "official", "person", "org" or "date", got ${describe(record.type)}`,
      );
    }
    checkTitles(record.titles, `${path}.titles`, problems);
  }
}

/** The primary key of a record of `table`, as a string (compound keys joined). */
export function recordKey(table: TableName, record: Record<string, unknown>): string {
  switch (table) {
    case 'documents':
    case 'annotations':
      return String(record.id);
    case 'entities':
      return String(record.key);
    case 'mentions':
      return `${String(record.entityKey)}\u0000${String(record.documentId)}`;
    case 'tags':
      return String(record.name);
    case 'settings':
      return String(record.key);
  }
}
