import { resolveLocalRef } from './jsonPointer';

/** The JSON type of a value as JSON Schema names it; whole numbers are `integer`. */
export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

export function jsonTypeOf(value: unknown): JsonType {
  if (value === null || value === undefined) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'array';
  }
  switch (typeof value) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(value) ? 'integer' : 'number';
    case 'string':
      return 'string';
    default:
      return 'object';
  }
}

/** Strings with a `pattern` in the schema, named so messages can say what is expected. */
export type PatternKind = 'id' | 'duration' | 'lag' | 'time' | 'currency' | 'email' | 'planPath';

/** The schema's patterns; a pattern not listed here gets a generic message quoting it. */
const PATTERN_KINDS: ReadonlyMap<string, PatternKind> = new Map<string, PatternKind>([
  ['^[\\p{L}\\p{M}\\p{N}_.-]+$', 'id'],
  ['^\\d+\\s*[dw]$', 'duration'],
  ['^-?\\d+\\s*[dw]$', 'lag'],
  ['^([01]\\d|2[0-3]):[0-5]\\d\\s*-\\s*([01]\\d|2[0-3]):[0-5]\\d$', 'time'],
  ['^[A-Z]{3}$', 'currency'],
  ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'email'],
  ['\\.xproj\\.ya?ml$', 'planPath'],
]);

export function patternKind(pattern: string): PatternKind | undefined {
  return PATTERN_KINDS.get(pattern);
}

/** What a schema asks for, in words: a noun, plus the keys of a small map. */
export type Noun = PatternKind | 'text' | 'date' | 'idList' | 'number' | 'integer' | 'boolean' | 'list' | 'map' | 'null' | 'value';

export interface Expected {
  readonly noun: Noun;
  /** The keys of a map with few keys, to tell `{task, type, lag}` from a plain id. */
  readonly keys?: readonly string[];
}

type SchemaObject = Readonly<Record<string, unknown>>;

const MAX_LISTED_KEYS = 4;

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(schema: SchemaObject): string[] | undefined {
  const t = schema['type'];
  return typeof t === 'string' ? [t] : Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : undefined;
}

/** Reads the shape of schema nodes that ajv errors point to, following local `$ref`s. */
export class SchemaShapes {
  constructor(private readonly root: object) {}

  /** The schema node, with local `#/...` references followed; undefined for what cannot be read. */
  resolve(schema: unknown): SchemaObject | undefined {
    let s = schema;
    for (let hops = 0; hops < 32 && isObject(s); hops++) {
      const ref = s['$ref'];
      if (typeof ref !== 'string') {
        return s;
      }
      s = this.pointer(ref);
    }
    return undefined;
  }

  /** Whether a value of this JSON type gets past the schema's type check (its other keywords aside). */
  accepts(schema: unknown, type: JsonType, depth = 0): boolean {
    const s = this.resolve(schema);
    if (!s || depth > 16) {
      return true;
    }
    const alternatives = s['anyOf'] ?? s['oneOf'];
    if (Array.isArray(alternatives)) {
      return alternatives.some((b) => this.accepts(b, type, depth + 1));
    }
    const types = typesOf(s);
    if (types) {
      return types.includes(type) || (type === 'integer' && types.includes('number'));
    }
    const values = Array.isArray(s['enum']) ? s['enum'] : 'const' in s ? [s['const']] : undefined;
    return (
      values === undefined ||
      values.some((v) => {
        const t = jsonTypeOf(v);
        return t === type || (t === 'integer' && type === 'number');
      })
    );
  }

  /** What the schema asks for, for "expected X or Y" messages. */
  describe(schema: unknown, depth = 0): Expected[] {
    const s = this.resolve(schema);
    if (!s || depth > 16) {
      return [{ noun: 'value' }];
    }
    const alternatives = s['anyOf'] ?? s['oneOf'];
    if (Array.isArray(alternatives)) {
      return dedupe(alternatives.flatMap((b) => this.describe(b, depth + 1)));
    }
    const types = typesOf(s);
    if (!types) {
      return [{ noun: 'value' }];
    }
    return dedupe(types.map((t) => this.describeType(s, t, depth)));
  }

  private describeType(s: SchemaObject, type: string, depth: number): Expected {
    switch (type) {
      case 'string': {
        const pattern = s['pattern'];
        const kind = typeof pattern === 'string' ? patternKind(pattern) : undefined;
        return { noun: s['format'] === 'date' ? 'date' : (kind ?? 'text') };
      }
      case 'array': {
        const items = this.describe(s['items'], depth + 1);
        return { noun: items.length === 1 && items[0]?.noun === 'id' ? 'idList' : 'list' };
      }
      case 'object': {
        const keys = isObject(s['properties']) ? Object.keys(s['properties']) : [];
        return keys.length > 0 && keys.length <= MAX_LISTED_KEYS ? { noun: 'map', keys } : { noun: 'map' };
      }
      case 'integer':
      case 'number':
      case 'boolean':
      case 'null':
        return { noun: type };
      default:
        return { noun: 'value' };
    }
  }

  private pointer(ref: string): unknown {
    return resolveLocalRef(this.root, ref);
  }
}

function dedupe(expected: Expected[]): Expected[] {
  const seen = new Set<string>();
  return expected.filter((e) => {
    const key = `${e.noun}:${e.keys?.join(',') ?? ''}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
