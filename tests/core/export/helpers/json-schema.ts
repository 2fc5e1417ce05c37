/**
 * A minimal JSON Schema draft-04 validator for exactly the keywords the W3C Web Annotation assertion schemas use
 * ($ref across files, type, enum, not, oneOf, anyOf, allOf, items, properties, patternProperties,
 * additionalProperties, required, minItems, maxItems, minimum/exclusiveMinimum, pattern, format, dependencies).
 * Written because no draft-04 validator is a declared dependency (ajv 8 needs `ajv-draft-04` for draft-04).
 * Its own correctness is checked against the W3C samples that must pass and must fail.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

type Schema = Record<string, unknown>;

/** Schemas by file name (their draft-04 `id`), as `$ref` names them ("annotations.json"). */
export class SchemaStore {
  private readonly byName = new Map<string, Schema>();

  /** Loads every `.json` schema under `dir`, keyed by its `id` (or file name). */
  constructor(readonly dir: string) {
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) {
          if (f !== 'samples') walk(p);
        } else if (f.endsWith('.json')) {
          const schema = JSON.parse(readFileSync(p, 'utf8')) as Schema;
          this.byName.set(typeof schema.id === 'string' ? schema.id : f, schema);
          this.byName.set(relative(dir, p), schema);
        }
      }
    };
    walk(dir);
  }

  /** The schema stored under a path relative to the store root ("annotations/3.1-…json"). */
  get(path: string): Schema {
    const s = this.byName.get(path);
    if (!s) throw new Error(`schema not found: ${path}`);
    return s;
  }

  /** Resolves `$ref` ("file.json#/definitions/x" or "#/definitions/x") against the current file. */
  resolve(ref: string, base: Schema): { schema: Schema; base: Schema } {
    const [file, pointer = ''] = ref.split('#');
    const root = file ? this.get(file) : base;
    let node: unknown = root;
    for (const part of pointer.split('/').filter(Boolean)) node = (node as Schema)[decodeURIComponent(part)];
    if (!node || typeof node !== 'object') throw new Error(`bad $ref ${ref}`);
    return { schema: node as Schema, base: root };
  }

  /** True when `value` is valid against `schema` (whose `$ref`s resolve relative to `base`). */
  valid(value: unknown, schema: Schema, base: Schema = schema): boolean {
    if (typeof schema.$ref === 'string') {
      const r = this.resolve(schema.$ref, base);
      return this.valid(value, r.schema, r.base);
    }
    const v = (s: unknown, x: unknown = value) => this.valid(x, s as Schema, base);
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((t) => typeMatches(t as string, value))) return false;
    }
    if (Array.isArray(schema.enum) && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
      return false;
    }
    if (schema.not !== undefined && v(schema.not)) return false;
    if (Array.isArray(schema.allOf) && !schema.allOf.every((s) => v(s))) return false;
    if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => v(s))) return false;
    if (Array.isArray(schema.oneOf) && schema.oneOf.filter((s) => v(s)).length !== 1) return false;
    if (Array.isArray(value)) {
      if (typeof schema.minItems === 'number' && value.length < schema.minItems) return false;
      if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return false;
      if (Array.isArray(schema.items)) {
        if (!schema.items.every((s, i) => i >= value.length || v(s, value[i]))) return false;
      } else if (
        schema.items &&
        typeof schema.items === 'object' &&
        !value.every((x) => v(schema.items, x))
      ) {
        return false;
      }
    }
    if (typeof value === 'number' && typeof schema.minimum === 'number') {
      if (schema.exclusiveMinimum === true ? value <= schema.minimum : value < schema.minimum) return false;
    }
    if (typeof value === 'string') {
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return false;
      if (typeof schema.format === 'string' && !formatMatches(schema.format, value)) return false;
    }
    if (value && typeof value === 'object' && !Array.isArray(value))
      return this.objectValid(value as Schema, schema, base);
    return true;
  }

  private objectValid(value: Schema, schema: Schema, base: Schema): boolean {
    const v = (s: unknown, x: unknown) => this.valid(x, s as Schema, base);
    if (Array.isArray(schema.required) && !schema.required.every((k) => (k as string) in value)) return false;
    const props = (schema.properties ?? {}) as Schema;
    const patterns = Object.entries((schema.patternProperties ?? {}) as Schema);
    for (const [k, x] of Object.entries(value)) {
      let matched = false;
      if (k in props) {
        matched = true;
        if (!v(props[k], x)) return false;
      }
      for (const [p, s] of patterns) {
        if (new RegExp(p, 'u').test(k)) {
          matched = true;
          if (!v(s, x)) return false;
        }
      }
      if (!matched && schema.additionalProperties !== undefined) {
        if (schema.additionalProperties === false) return false;
        if (typeof schema.additionalProperties === 'object' && !v(schema.additionalProperties, x))
          return false;
      }
    }
    for (const [k, dep] of Object.entries((schema.dependencies ?? {}) as Schema)) {
      if (!(k in value)) continue;
      if (Array.isArray(dep) ? !dep.every((d) => (d as string) in value) : !v(dep, value)) return false;
    }
    return true;
  }
}

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

/** RFC 3986 absolute URI (scheme, then no spaces or characters URIs never carry). */
const URI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i;
/** RFC 3339 date-time. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function formatMatches(format: string, value: string): boolean {
  if (format === 'uri') return URI.test(value);
  if (format === 'date-time') return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
  if (format === 'email') return /^[^\s@]+@[^\s@]+$/.test(value);
  return true;
}

/** The assertions a `.test` file lists, with each one's schema and whether it is a "must". */
export function assertionsOf(
  store: SchemaStore,
  testFile: string,
): { path: string; schema: Schema; must: boolean }[] {
  const test = JSON.parse(readFileSync(join(store.dir, testFile), 'utf8')) as { assertions: string[] };
  return test.assertions.map((path) => {
    const schema = store.get(path);
    return { path, schema, must: schema.assertionType === 'must' };
  });
}

/**
 * Runs an assertion as the W3C harness does: a schema whose `expectedResult` is "invalid" passes when the value
 * does not validate.
 */
export function passes(store: SchemaStore, schema: Schema, value: unknown): boolean {
  const ok = store.valid(value, schema);
  return schema.expectedResult === 'invalid' ? !ok : ok;
}
