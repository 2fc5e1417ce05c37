import { HIGHLIGHT_COLOURS, type TableName } from './library';
import { checkRecord, describe, isObject, type Problems, type RecordSpec } from './validate';

/** What each table's records must hold (DESIGN.md data model). Extra fields are kept as they are. */
export const RECORD_SPECS: Record<TableName, RecordSpec> = {
  documents: {
    id: 'nonEmptyString',
    urls: 'stringArray',
    url: 'string',
    site: 'string',
    siteName: 'string?',
    title: 'string',
    byline: 'string?',
    publishedAt: 'date?',
    lang: 'string?',
    excerpt: 'string?',
    textHash: 'string?',
    text: 'string?',
    firstVisitedAt: 'epochMs',
    lastVisitedAt: 'epochMs',
    // Schema v1 backups carry derived search words; the import drops them.
    terms: 'stringArray?',
  },
  annotations: {
    id: 'nonEmptyString',
    documentId: 'nonEmptyString',
    quote: 'string',
    note: 'string',
    tags: 'stringArray',
    entityKeys: 'stringArray',
    textHash: 'string?',
    createdAt: 'epochMs',
    updatedAt: 'epochMs',
    anchorCheckedAt: 'epochMs?',
    // Schema v1 backups carry derived search words; the import drops them.
    terms: 'stringArray?',
  },
  entities: {
    key: 'nonEmptyString',
    name: 'string',
    aliases: 'stringArray',
    documentCount: 'count',
    mentionCount: 'count',
    firstSeenAt: 'epochMs',
    lastSeenAt: 'epochMs',
    trackedAt: 'epochMs?',
  },
  mentions: {
    entityKey: 'nonEmptyString',
    documentId: 'nonEmptyString',
    site: 'string',
    name: 'string',
    count: 'count',
    titles: 'stringArray',
    firstPosition: 'count',
    context: 'string',
    seenAt: 'epochMs',
  },
  tags: { name: 'nonEmptyString', colour: 'string?', count: 'count', createdAt: 'epochMs' },
  settings: { key: 'nonEmptyString', value: 'json' },
};

/** Nested record specs, hoisted so each is compiled once. */
export const QUOTE_SPEC: RecordSpec = { exact: 'string', prefix: 'string', suffix: 'string' };
export const POSITION_SPEC: RecordSpec = { start: 'count', end: 'count' };
const TITLE_SPEC: RecordSpec = {
  text: 'string',
  firstSeenAt: 'epochMs',
  lastSeenAt: 'epochMs',
  documentCount: 'count',
};

const ENTITY_TYPES = ['official', 'person', 'org'];
const ANCHOR_STATES = ['anchored', 'fuzzy', 'orphan'];

/** Checks that `value` is one of `allowed`, reporting the list when it is not. */
function checkEnum(
  value: unknown,
  allowed: readonly string[],
  path: string,
  problems: Problems,
  optional = false,
): void {
  if (optional && value === undefined) return;
  if (typeof value !== 'string' || !allowed.includes(value)) {
    problems.add(
      path,
      `expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${describe(value)}`,
    );
  }
}

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
      checkRecord(s, QUOTE_SPEC, p, problems);
    } else if (s.type === 'TextPositionSelector') {
      if (checkRecord(s, POSITION_SPEC, p, problems) && (s.start as number) > (s.end as number)) {
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
    checkRecord(t, TITLE_SPEC, `${path}[${i}]`, problems);
  });
}

/** Checks one record of `table` at `path`, including the nested parts a flat spec cannot say. */
export function checkTableRecord(table: TableName, value: unknown, path: string, problems: Problems): void {
  if (!checkRecord(value, RECORD_SPECS[table], path, problems) && !isObject(value)) return;
  const record = value as Record<string, unknown>;
  if (table === 'annotations') {
    checkSelectors(record.selectors, `${path}.selectors`, problems);
    if (record.bodySelectors !== undefined)
      checkSelectors(record.bodySelectors, `${path}.bodySelectors`, problems);
    checkEnum(record.colour, HIGHLIGHT_COLOURS, `${path}.colour`, problems);
    checkEnum(record.anchorState, ANCHOR_STATES, `${path}.anchorState`, problems, true);
  } else if (table === 'entities') {
    checkEnum(record.type, ENTITY_TYPES, `${path}.type`, problems);
    checkTitles(record.titles, `${path}.titles`, problems);
  } else if (table === 'mentions') {
    checkEnum(record.type, ENTITY_TYPES, `${path}.type`, problems);
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
