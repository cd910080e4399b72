import type { Locale } from '../../l10n/localize';
import { SchemaShapes } from '../../schema/schemaShapes';
import type { YamlPathSegment } from '../../utils/yamlPath';
import { code, paragraphs } from './markdown';
import type { HoverMessages } from './messages';
import { enumValueMeaning } from './valueMeanings';

type SchemaObject = Readonly<Record<string, unknown>>;

const MAX_DEPTH = 16;

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema node of a property as its parent declares it (which carries its description) and with `$ref`s followed. */
export interface SchemaProperty {
  readonly declared: SchemaObject;
  readonly resolved: SchemaObject;
}

/** Reads the JSON Schema's documentation for keys and values, found by their YAML path. */
export class SchemaDocs {
  private readonly shapes: SchemaShapes;

  constructor(private readonly root: object) {
    this.shapes = new SchemaShapes(root);
  }

  /**
   * The schema of the node at `path`: `tasks[3].subtasks[0].owner` goes root → `tasks` →
   * `items` → task → `subtasks` → `items` → task → `owner`, following `$ref`s and trying each
   * branch of an `anyOf` (a dependency is an id or a `{task, type, lag}` mapping).
   */
  at(path: readonly YamlPathSegment[]): SchemaProperty | undefined {
    let declared: SchemaObject | undefined = isObject(this.root) ? this.root : undefined;
    for (const segment of path) {
      if (!declared) {
        return undefined;
      }
      declared = this.child(declared, segment);
    }
    const resolved = declared && this.shapes.resolve(declared);
    return declared && resolved ? { declared, resolved } : undefined;
  }

  /** The description of a key, its allowed values and its default, as Markdown. */
  keyHover(path: readonly YamlPathSegment[], locale: Locale, m: HoverMessages): string | undefined {
    const property = this.at(path);
    if (!property) {
      return undefined;
    }
    const description = this.description(property, locale);
    const values = this.enumOf(property.declared);
    const fallback = property.declared['default'] ?? property.resolved['default'];
    return (
      paragraphs([
        description,
        values.length > 0 ? m.allowedValues(values.map((v) => code(String(v))).join(', ')) : undefined,
        fallback !== undefined ? m.defaultValue(code(JSON.stringify(fallback).replace(/^"|"$/g, ''))) : undefined,
      ]) || undefined
    );
  }

  /** What one value of an enumeration means; undefined when the node at `path` is no enumeration or the value is not one of it. */
  enumValueHover(path: readonly YamlPathSegment[], value: string, locale: Locale): string | undefined {
    const property = this.at(path);
    const values = property ? this.enumOf(property.declared) : [];
    if (!property || !values.includes(value)) {
      return undefined;
    }
    const meaning = enumValueMeaning(values, value, locale);
    if (meaning) {
      return paragraphs([`${code(value)} — **${meaning.label}**`, meaning.meaning]);
    }
    return paragraphs([code(value), this.description(property, locale)]);
  }

  private description(property: SchemaProperty, locale: Locale): string | undefined {
    const key = locale === 'zh-cn' ? 'x-description-zh-cn' : 'description';
    for (const s of [property.declared, property.resolved]) {
      const text = s[key] ?? s['description'];
      if (typeof text === 'string') {
        return text;
      }
    }
    return undefined;
  }

  /** The schema itself and, recursively, the branches of its `anyOf`/`oneOf`/`allOf`, with `$ref`s followed. */
  private variants(schema: SchemaObject, depth = 0, out: SchemaObject[] = []): SchemaObject[] {
    const s = this.shapes.resolve(schema);
    if (!s || depth > MAX_DEPTH) {
      return out;
    }
    out.push(s);
    for (const keyword of ['anyOf', 'oneOf', 'allOf']) {
      const branches = s[keyword];
      if (Array.isArray(branches)) {
        for (const b of branches) {
          if (isObject(b)) {
            this.variants(b, depth + 1, out);
          }
        }
      }
    }
    return out;
  }

  private child(schema: SchemaObject, segment: YamlPathSegment): SchemaObject | undefined {
    for (const v of this.variants(schema)) {
      if (typeof segment === 'number') {
        if (isObject(v['items'])) {
          return v['items'];
        }
      } else {
        const properties = v['properties'];
        if (isObject(properties) && Object.prototype.hasOwnProperty.call(properties, segment) && isObject(properties[segment])) {
          return properties[segment];
        }
      }
    }
    return undefined;
  }

  private enumOf(schema: SchemaObject): unknown[] {
    const values: unknown[] = [];
    for (const v of this.variants(schema)) {
      if (Array.isArray(v['enum'])) {
        values.push(...(v['enum'] as unknown[]));
      }
      if ('const' in v) {
        values.push(v['const']);
      }
    }
    return values;
  }
}
