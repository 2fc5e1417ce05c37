import { type Library, SCHEMA_VERSION, TABLES } from './library';
import { checkTableRecord, recordKey } from './record-specs';
import { type Now, toIso } from './to-iso';
import { describe, isObject, Problems } from './validate';

/** Marks a file as a Margin backup, so another JSON file is told apart at once. */
export const BACKUP_FORMAT = 'margin-backup';

/** The outcome of parsing a file: the value, or every problem found (each naming where it is). */
export type ParseResult<T> = { ok: true; value: T; warnings: string[] } | { ok: false; errors: string[] };

/**
 * Serialises every table with the schema version and the export time, as one JSON document.
 * @param now - written as `exportedAt`.
 * @param pretty - indent with two spaces (larger file, readable).
 */
export function exportBackup(library: Library, now: Now, pretty = false): string {
  const backup = {
    format: BACKUP_FORMAT,
    schemaVersion: library.schemaVersion,
    exportedAt: toIso(now),
    documents: library.documents,
    annotations: library.annotations,
    entities: library.entities,
    mentions: library.mentions,
    tags: library.tags,
    settings: library.settings,
  };
  return JSON.stringify(backup, null, pretty ? 2 : undefined);
}

/** Turns JSON.parse's "at position N" into a line and column a person can find. */
export function jsonErrorMessage(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const m = message.match(/position (\d+)/);
  // "Unexpected end of JSON input" carries no position: the problem is at the very end (a cut-off file).
  const pos = m ? Number(m[1]) : /end of JSON input/.test(message) ? text.length : undefined;
  if (pos === undefined) return `not valid JSON: ${message}`;
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${message}`;
}

/**
 * Parses and validates a Margin JSON backup. Checks the format marker, schema version, that every table is an
 * array of well-formed records, that keys are unique and that annotations and mentions point at documents in
 * the file. Unknown fields on records are kept (lossless); unknown top-level keys give a warning.
 * Never throws: problems come back as messages such as `annotations[12].selectors: expected an array, got a string`.
 */
export function parseBackup(text: string): ParseResult<Library> {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, errors: [jsonErrorMessage(text, error)] };
  }
  if (!isObject(data)) return { ok: false, errors: [`file: expected a JSON object, got ${describe(data)}`] };
  if (data.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      errors: [
        `format: expected "${BACKUP_FORMAT}", got ${describe(data.format)}; this is not a Margin backup`,
      ],
    };
  }
  const version = data.schemaVersion;
  if (!Number.isInteger(version) || (version as number) < 1) {
    return { ok: false, errors: [`schemaVersion: expected a whole number ≥ 1, got ${describe(version)}`] };
  }
  if ((version as number) > SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [
        `schemaVersion: this backup is from a newer Margin (schema ${version}); this version reads up to ${SCHEMA_VERSION}`,
      ],
    };
  }
  const problems = new Problems();
  const warnings: string[] = [];
  const known = new Set<string>(['format', 'schemaVersion', 'exportedAt', ...TABLES]);
  for (const key of Object.keys(data)) if (!known.has(key)) warnings.push(`${key}: unknown field, ignored`);

  for (const table of TABLES) {
    const rows = data[table];
    if (rows === undefined) {
      problems.add(table, 'is missing (expected an array, possibly empty)');
      continue;
    }
    if (!Array.isArray(rows)) {
      problems.add(table, `expected an array, got ${describe(rows)}`);
      continue;
    }
    const seen = new Map<string, number>();
    for (let i = 0; i < rows.length; i++) {
      const path = `${table}[${i}]`;
      checkTableRecord(table, rows[i], path, problems);
      if (!isObject(rows[i])) continue;
      const key = recordKey(table, rows[i]);
      const first = seen.get(key);
      if (first !== undefined)
        problems.add(
          path,
          `duplicate key ${JSON.stringify(key.replace('\u0000', '+'))}, already used by ${table}[${first}]`,
        );
      else seen.set(key, i);
    }
  }
  if (problems.ok) checkReferences(data as unknown as Library, problems);
  if (!problems.ok) return { ok: false, errors: problems.list() };
  const library = { schemaVersion: version as number } as Library;
  for (const table of TABLES) (library as Record<string, unknown>)[table] = data[table];
  return { ok: true, value: library, warnings };
}

/** Annotations and mentions must point at a document of the same file, mentions at an entity. */
function checkReferences(library: Library, problems: Problems): void {
  const docs = new Set(library.documents.map((d) => d.id));
  const entities = new Set(library.entities.map((e) => e.key));
  library.annotations.forEach((a, i) => {
    if (!docs.has(a.documentId))
      problems.add(
        `annotations[${i}].documentId`,
        `no document with id ${JSON.stringify(a.documentId)} in this file`,
      );
  });
  library.mentions.forEach((m, i) => {
    if (!docs.has(m.documentId))
      problems.add(
        `mentions[${i}].documentId`,
        `no document with id ${JSON.stringify(m.documentId)} in this file`,
      );
    if (!entities.has(m.entityKey))
      problems.add(
        `mentions[${i}].entityKey`,
        `no entity with key ${JSON.stringify(m.entityKey)} in this file`,
      );
  });
}
