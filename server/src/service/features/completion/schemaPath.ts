import type { Locale } from '../../l10n/localize';
import { ITEM } from './contextTypes';
import type { PathSegment } from './contextTypes';
import { resolveLocalRef } from '../../schema/jsonPointer';

export type SchemaObject = Readonly<Record<string, unknown>>;

/** A schema node with `$ref`s followed, named after the definition it came from (or the key that led to it). */
export interface SchemaNode {
  readonly schema: SchemaObject;
  readonly name: string;
}

/** The schema at a path, with what completion needs to know about how it was reached. */
export interface SchemaTarget {
  readonly node: SchemaNode;
  /** The property schema as written at the last key (it carries that key's own description). */
  readonly raw?: SchemaObject;
  /** The mapping that holds the last key of the path (`task`, `raci`, `dependency`...), and that key. */
  readonly owner?: string;
  readonly key?: string;
}

/** How a property's value is written, for the snippet that inserts the key. */
export type ValueShape = 'object' | 'objectList' | 'list' | 'enum' | 'boolean' | 'range' | 'scalar';

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(s: SchemaObject, type: string): boolean {
  const t = s['type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

/** Reads the plan schema along YAML paths. */
export class SchemaPaths {
  constructor(private readonly root: object) {}

  /** Follows local `$ref`s; the node takes the name of the last definition it passes. */
  resolve(schema: unknown, name: string): SchemaNode | undefined {
    let s = schema;
    let n = name;
    for (let hops = 0; hops < 32 && isObject(s); hops++) {
      const ref = s['$ref'];
      if (typeof ref !== 'string') {
        return { schema: s, name: n };
      }
      n = ref.slice(ref.lastIndexOf('/') + 1);
      s = this.pointer(ref);
    }
    return undefined;
  }

  /** A definition of the schema by name (`task`, `risk`...). */
  definition(name: string): SchemaNode | undefined {
    return this.resolve({ $ref: `#/definitions/${name}` }, name);
  }

  /** The schema of one property of a mapping schema. */
  property(node: SchemaNode | undefined, key: string): SchemaNode | undefined {
    const props = node && this.objectBranch(node)?.schema['properties'];
    return isObject(props) ? this.resolve(props[key], key) : undefined;
  }

  /** The alternatives of an `anyOf`/`oneOf` (each resolved), or the node itself. */
  branches(node: SchemaNode, depth = 0): SchemaNode[] {
    const alternatives = node.schema['anyOf'] ?? node.schema['oneOf'];
    if (!Array.isArray(alternatives) || depth > 8) {
      return [node];
    }
    return alternatives.flatMap((a) => {
      const r = this.resolve(a, node.name);
      return r ? this.branches(r, depth + 1) : [];
    });
  }

  objectBranch(node: SchemaNode): SchemaNode | undefined {
    return this.branches(node).find((b) => hasType(b.schema, 'object') || isObject(b.schema['properties']));
  }

  arrayBranch(node: SchemaNode): SchemaNode | undefined {
    return this.branches(node).find((b) => hasType(b.schema, 'array'));
  }

  /** Whether a plain scalar (an id, a date, an enum word) fits. */
  acceptsScalar(node: SchemaNode): boolean {
    return this.branches(node).some((b) => {
      const s = b.schema;
      return !hasType(s, 'object') && !hasType(s, 'array') && !isObject(s['properties']);
    });
  }

  /** The schema at a path of keys and list items; undefined where the schema has no such place. */
  at(path: readonly PathSegment[]): SchemaTarget | undefined {
    let node = this.resolve(this.root, 'plan');
    let target: SchemaTarget | undefined = node && { node };
    for (const seg of path) {
      if (!node) {
        return undefined;
      }
      if (seg === ITEM) {
        const array = this.arrayBranch(node);
        node = array && this.resolve(array.schema['items'], array.name);
        target = node && { ...target, node };
      } else {
        const object = this.objectBranch(node);
        const properties = object?.schema['properties'];
        const raw = isObject(properties) ? properties[seg] : undefined;
        node = object && isObject(raw) ? this.resolve(raw, seg) : undefined;
        target = node && object && { node, raw: raw as SchemaObject, owner: object.name, key: seg };
      }
    }
    return target;
  }

  /** The properties of a mapping schema, in schema order, and the ones it requires. */
  properties(node: SchemaNode): { entries: [string, SchemaObject][]; required: ReadonlySet<string> } {
    const object = this.objectBranch(node);
    const props = object?.schema['properties'];
    const required = object?.schema['required'];
    return {
      entries: isObject(props) ? Object.entries(props).filter((e): e is [string, SchemaObject] => isObject(e[1])) : [],
      required: new Set(Array.isArray(required) ? required.filter((r): r is string => typeof r === 'string') : []),
    };
  }

  /** The enum (or const) values any branch allows. */
  enumValues(node: SchemaNode): unknown[] {
    const out: unknown[] = [];
    for (const b of this.branches(node)) {
      const e = b.schema['enum'];
      if (Array.isArray(e)) {
        out.push(...e);
      } else if ('const' in b.schema) {
        out.push(b.schema['const']);
      }
    }
    return out;
  }

  isDate(node: SchemaNode): boolean {
    return this.branches(node).some((b) => b.schema['format'] === 'date');
  }

  isBoolean(node: SchemaNode): boolean {
    return this.branches(node).some((b) => hasType(b.schema, 'boolean'));
  }

  /** Every whole number of an integer's `minimum`..`maximum`, when the range is short enough to list (likelihood, impact). */
  smallRange(node: SchemaNode, limit = 10): number[] | undefined {
    const s = this.branches(node).find((b) => hasType(b.schema, 'integer'))?.schema;
    const min = s?.['minimum'];
    const max = s?.['maximum'];
    if (typeof min !== 'number' || typeof max !== 'number' || max < min || max - min + 1 > limit) {
      return undefined;
    }
    return Array.from({ length: max - min + 1 }, (_, i) => min + i);
  }

  valueShape(node: SchemaNode): ValueShape {
    if (this.enumValues(node).length > 0) {
      return 'enum';
    }
    if (this.isBoolean(node)) {
      return 'boolean';
    }
    if (this.smallRange(node)) {
      return 'range';
    }
    if (this.acceptsScalar(node)) {
      // `A: li-si` or `R: [li-si, wang-wu]`: the single value is the simpler start.
      return 'scalar';
    }
    const array = this.arrayBranch(node);
    if (array) {
      const items = this.resolve(array.schema['items'], array.name);
      return items && !this.acceptsScalar(items) ? 'objectList' : 'list';
    }
    return this.objectBranch(node) && !this.acceptsScalar(node) ? 'object' : 'scalar';
  }

  /** A property's description in the user's language: its own, else its definition's. */
  description(raw: SchemaObject | undefined, node: SchemaNode | undefined, locale: Locale): string | undefined {
    const pick = (s: SchemaObject | undefined): string | undefined => {
      const text = s && (locale === 'zh-cn' ? (s['x-description-zh-cn'] ?? s['description']) : s['description']);
      return typeof text === 'string' ? text : undefined;
    };
    return pick(raw) ?? pick(node?.schema);
  }

  private pointer(ref: string): unknown {
    return resolveLocalRef(this.root, ref);
  }
}

/**
 * The short gloss a description gives one enum value: `` `done`（已完成） `` or `` `avoid` (规避) ``
 * or `` `FS` finish-to-start ``. Undefined when the description names the value bare.
 */
export function valueGloss(description: string | undefined, value: string): string | undefined {
  if (!description) {
    return undefined;
  }
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`\`${escaped}\`\\s*(?:（([^）]+)）|\\(([^)]+)\\)|([A-Za-z][\\w-]*-to-[\\w-]+|[\\u4e00-\\u9fff][\\u4e00-\\u9fff-]*))`).exec(description);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}
