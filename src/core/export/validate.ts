/**
 * A small path-aware validator for plain JSON records: each problem is reported as
 * `<path>: expected <what>, got <what>` (e.g. `annotations[12].selectors: expected an array, got a string`).
 * Hand-written rather than a schema library because it runs over 100,000 records per import and must name
 * the exact place in the file.
 */

/** Collects error messages up to a limit, so a broken file does not produce a million lines. */
export class Problems {
  readonly errors: string[] = [];
  truncated = 0;
  constructor(readonly limit = 50) {}
  add(path: string, message: string): void {
    if (this.errors.length < this.limit) this.errors.push(`${path}: ${message}`);
    else this.truncated++;
  }
  get ok(): boolean {
    return this.errors.length === 0;
  }
  /** The messages, with a last line counting those left out. */
  list(): string[] {
    return this.truncated ? [...this.errors, `… and ${this.truncated} more problems`] : [...this.errors];
  }
}

/** Describes a JSON value for messages: "a string", "an array", "null", "the number 3". */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'string')
    return value.length > 40 ? 'a string' : `the string ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const ISO_PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Field kinds a record spec can ask for. A trailing `?` makes the field optional. */
export type FieldKind =
  | 'string'
  | 'nonEmptyString'
  | 'count'
  | 'epochMs'
  | 'dateTime'
  | 'date'
  | 'stringArray'
  | 'json';

/** A record spec: field name → kind (optional with `?`). Fields not listed are kept unchecked. */
export type RecordSpec = Record<string, FieldKind | `${FieldKind}?`>;

/** Checks one field value against a kind; returns the "expected …" text when it fails. */
export function checkKind(kind: FieldKind, value: unknown): string | undefined {
  switch (kind) {
    case 'string':
      return typeof value === 'string' ? undefined : 'a string';
    case 'nonEmptyString':
      return typeof value === 'string' && value !== '' ? undefined : 'a non-empty string';
    case 'count':
      return Number.isInteger(value) && (value as number) >= 0 ? undefined : 'a whole number ≥ 0';
    case 'epochMs':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'a time in epoch milliseconds';
    case 'dateTime':
      return typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : 'an ISO 8601 date-time (2024-04-24T08:30:00Z)';
    case 'date':
      return typeof value === 'string' && (ISO_PARTIAL_DATE.test(value) || ISO_DATE_TIME.test(value))
        ? undefined
        : 'an ISO 8601 date (2024, 2024-04, 2024-04-24 or a date-time)';
    case 'stringArray':
      if (!Array.isArray(value)) return 'an array';
      return value.every((v) => typeof v === 'string') ? undefined : 'an array of strings';
    case 'json':
      return undefined;
  }
}

type CompiledField = { field: string; kind: FieldKind; optional: boolean };
const compiled = new WeakMap<RecordSpec, CompiledField[]>();

/** Parses a spec once (it is checked against every record of a 100,000-row table). */
function compile(spec: RecordSpec): CompiledField[] {
  let fields = compiled.get(spec);
  if (!fields) {
    fields = Object.entries(spec).map(([field, raw]) => {
      const optional = raw.endsWith('?');
      return { field, kind: (optional ? raw.slice(0, -1) : raw) as FieldKind, optional };
    });
    compiled.set(spec, fields);
  }
  return fields;
}

/**
 * Checks `value` against `spec`, reporting each problem under `path`. Returns true when the record is an
 * object and every listed field passed.
 */
export function checkRecord(value: unknown, spec: RecordSpec, path: string, problems: Problems): boolean {
  if (!isObject(value)) {
    problems.add(path, `expected an object, got ${describe(value)}`);
    return false;
  }
  let ok = true;
  for (const { field, kind, optional } of compile(spec)) {
    const v = value[field];
    if (v === undefined) {
      if (!optional) {
        problems.add(`${path}.${field}`, 'is missing');
        ok = false;
      }
      continue;
    }
    const expected = checkKind(kind, v);
    if (expected) {
      problems.add(`${path}.${field}`, `expected ${expected}, got ${describe(v)}`);
      ok = false;
    }
  }
  return ok;
}
