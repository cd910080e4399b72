import type { ErrorObject } from 'ajv';
import { suggestKey } from './didYouMean';
import { jsonTypeOf } from './schemaShapes';
import type { Expected, JsonType, SchemaShapes } from './schemaShapes';

/** A decoded JSON pointer: map keys and list indexes, as strings. */
export type Path = readonly string[];

export interface Bound {
  readonly limit: number;
  readonly exclusive: boolean;
}

/** One schema problem, in the terms users think in; ajv's keywords are gone by this point. */
export type Issue = { readonly path: Path } & (
  | { readonly kind: 'unknown-key'; readonly key: string; readonly allowed: readonly string[]; readonly suggestion?: string }
  | { readonly kind: 'missing-keys'; readonly keys: readonly string[] }
  | { readonly kind: 'wrong-type'; readonly expected: readonly Expected[]; readonly actual: JsonType; readonly value: unknown }
  | { readonly kind: 'not-allowed'; readonly value: unknown; readonly allowed: readonly unknown[]; readonly suggestion?: string }
  | { readonly kind: 'bad-date'; readonly value: string }
  | { readonly kind: 'bad-format'; readonly format: string; readonly value: string }
  | { readonly kind: 'bad-pattern'; readonly pattern: string; readonly value: string }
  | { readonly kind: 'out-of-range'; readonly value: number; readonly min?: Bound; readonly max?: Bound }
  | { readonly kind: 'duplicate-item'; readonly value: unknown }
  | { readonly kind: 'too-short'; readonly limit: number; readonly unit: 'chars' | 'items' }
  | { readonly kind: 'invalid'; readonly keyword: string }
);

/** Decodes an ajv `instancePath` (a JSON pointer: `~1` is `/`, `~0` is `~`). */
export function decodePointer(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Turns ajv's errors (from `allErrors` + `verbose`) into issues: alternatives collapsed, missing keys merged. */
export function toIssues(errors: readonly ErrorObject[], shapes: SchemaShapes): Issue[] {
  const { rest, issues } = collapseAlternatives(errors, shapes);
  const missing = new Map<string, string[]>();
  for (const e of rest) {
    if (e.keyword === 'required') {
      const keys = missing.get(e.instancePath) ?? [];
      keys.push(String(e.params['missingProperty']));
      missing.set(e.instancePath, keys);
    } else {
      issues.push(toIssue(e, shapes));
    }
  }
  // A key that is missing because it was misspelt is already reported as the unknown key.
  const suggested = new Set<string>();
  for (const i of issues) {
    if (i.kind === 'unknown-key' && i.suggestion !== undefined) {
      suggested.add(`${JSON.stringify(i.path)}\n${i.suggestion}`);
    }
  }
  for (const [pointer, keys] of missing) {
    const path = decodePointer(pointer);
    const left = keys.filter((k) => !suggested.has(`${JSON.stringify(path)}\n${k}`));
    if (left.length > 0) {
      issues.push({ kind: 'missing-keys', path, keys: left });
    }
  }
  return issues;
}

/**
 * An `anyOf` fails with the errors of every branch. Keep only the branch that takes the value's
 * type (a string where an id or a map is allowed: the id's errors); when none does, one
 * "expected X or Y" replaces them all. Branches are told apart by type, which the schema keeps
 * distinct in every `anyOf` (checked by the schema file's tests).
 */
function collapseAlternatives(errors: readonly ErrorObject[], shapes: SchemaShapes): { rest: ErrorObject[]; issues: Issue[] } {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const list = byPath.get(e.instancePath) ?? [];
    list.push(e);
    byPath.set(e.instancePath, list);
  }
  const dropped = new Set<ErrorObject>();
  const issues: Issue[] = [];
  for (const e of errors) {
    if ((e.keyword !== 'anyOf' && e.keyword !== 'oneOf') || dropped.has(e)) {
      continue;
    }
    if (e.keyword === 'oneOf' && e.params['passingSchemas'] != null) {
      continue;
    }
    const path = decodePointer(e.instancePath);
    dropped.add(e);
    const actual = jsonTypeOf(e.data);
    const branches: unknown[] = Array.isArray(e.schema) ? e.schema : [];
    const siblings = byPath.get(e.instancePath) ?? [];
    if (branches.some((b) => shapes.accepts(b, actual))) {
      siblings.filter((s) => s.keyword === 'type').forEach((s) => dropped.add(s));
    } else {
      siblings.filter((s) => s.keyword !== 'anyOf' && s.keyword !== 'oneOf').forEach((s) => dropped.add(s));
      issues.push({ kind: 'wrong-type', path, expected: shapes.describe({ anyOf: branches }), actual, value: e.data });
    }
  }
  return { rest: errors.filter((e) => !dropped.has(e)), issues };
}

function bounds(schema: Readonly<Record<string, unknown>> | undefined): { min?: Bound; max?: Bound } {
  const num = (key: string): number | undefined => (typeof schema?.[key] === 'number' ? (schema[key] as number) : undefined);
  const min = num('exclusiveMinimum') ?? num('minimum');
  const max = num('exclusiveMaximum') ?? num('maximum');
  return {
    min: min === undefined ? undefined : { limit: min, exclusive: num('exclusiveMinimum') !== undefined },
    max: max === undefined ? undefined : { limit: max, exclusive: num('exclusiveMaximum') !== undefined },
  };
}

function toIssue(e: ErrorObject, shapes: SchemaShapes): Issue {
  const path = decodePointer(e.instancePath);
  const parent = shapes.resolve(e.parentSchema);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params['additionalProperty']);
      const properties = parent?.['properties'];
      const allowed = typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
      return { kind: 'unknown-key', path, key, allowed, suggestion: suggestKey(key, allowed) };
    }
    case 'type':
      return { kind: 'wrong-type', path, expected: shapes.describe(e.parentSchema), actual: jsonTypeOf(e.data), value: e.data };
    case 'enum':
    case 'const': {
      const allowed: unknown[] = e.keyword === 'enum' ? [...(e.params['allowedValues'] as unknown[])] : [e.params['allowedValue']];
      const words = allowed.filter((v): v is string => typeof v === 'string');
      const suggestion = typeof e.data === 'string' ? suggestKey(e.data, words) : undefined;
      return { kind: 'not-allowed', path, value: e.data, allowed, suggestion };
    }
    case 'format': {
      const format = String(e.params['format']);
      return format === 'date' ? { kind: 'bad-date', path, value: String(e.data) } : { kind: 'bad-format', path, format, value: String(e.data) };
    }
    case 'pattern':
      return { kind: 'bad-pattern', path, pattern: String(e.params['pattern']), value: String(e.data) };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { kind: 'out-of-range', path, value: Number(e.data), ...bounds(parent) };
    case 'uniqueItems': {
      const later = String(Math.max(Number(e.params['i']), Number(e.params['j'])));
      return { kind: 'duplicate-item', path: [...path, later], value: (e.data as unknown[])[Number(later)] };
    }
    case 'minLength':
    case 'minItems':
      return { kind: 'too-short', path, limit: Number(e.params['limit']), unit: e.keyword === 'minLength' ? 'chars' : 'items' };
    default:
      return { kind: 'invalid', path, keyword: e.keyword };
  }
}
