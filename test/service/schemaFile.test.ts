import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import schema from '../../schemas/xproj.schema.json';
import { RULE_CODES } from '../../server/src/service/model/ruleCodes';
import { patternKind, SchemaShapes } from '../../server/src/service/schema/schemaShapes';
import type { JsonType } from '../../server/src/service/schema/schemaShapes';
import { SchemaValidation } from '../../server/src/service/schema/schemaValidation';

type SchemaNode = Readonly<Record<string, unknown>>;

const ANNOTATIONS = new Set(['description', 'x-description-zh-cn', 'examples', 'default', 'title', '$comment']);
const JSON_TYPES: readonly JsonType[] = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];

/** Every schema node of the file with its JSON pointer. */
function nodes(node: unknown, pointer = '#'): [string, SchemaNode][] {
  if (typeof node !== 'object' || node === null) {
    return [];
  }
  if (Array.isArray(node)) {
    return node.flatMap((n, i) => nodes(n, `${pointer}/${i}`));
  }
  const out: [string, SchemaNode][] = [[pointer, node as SchemaNode]];
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'examples' && key !== 'enum' && key !== 'default' && key !== 'const') {
      out.push(...nodes(value, `${pointer}/${key}`));
    }
  }
  return out;
}

const ALL = nodes(schema);

describe('the schema file', () => {
  it('compiles in ajv strict mode', () => {
    assert.doesNotThrow(() => new SchemaValidation(structuredClone(schema)));
  });

  it('is draft-07 with an $id and a title', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.ok(schema.$id.length > 0);
    assert.ok(schema.title.length > 0);
  });

  it('documents every property and definition in English and Chinese', () => {
    const undocumented: string[] = [];
    for (const [pointer, node] of ALL) {
      const props = node['properties'];
      const entries = typeof props === 'object' && props !== null && !pointer.endsWith('/properties') ? Object.entries(props) : [];
      const defs = pointer === '#' ? Object.entries(schema.definitions) : [];
      for (const [key, value] of [...entries, ...defs]) {
        const v = value as SchemaNode;
        if (typeof v['description'] !== 'string' || !/\p{sc=Han}/u.test(String(v['x-description-zh-cn'] ?? ''))) {
          undocumented.push(`${pointer}/${key}`);
        }
      }
    }
    assert.deepEqual(undocumented, []);
  });

  it('closes every map: unknown keys are errors', () => {
    const open = ALL.filter(([, n]) => n['type'] === 'object' && n['additionalProperties'] !== false).map(([p]) => p);
    assert.deepEqual(open, []);
  });

  it('has one level for each rule code, and nothing else, under rules', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties), [...RULE_CODES]);
  });

  it('names every pattern, so messages can say what is expected', () => {
    const unnamed = ALL.filter(([, n]) => typeof n['pattern'] === 'string' && !patternKind(n['pattern'])).map(([p]) => p);
    assert.deepEqual(unnamed, []);
  });

  it('keeps each anyOf pure, with alternatives of distinct types', () => {
    // The error mapping picks the alternative by the value's type; overlapping types would make it guess.
    const shapes = new SchemaShapes(schema);
    for (const [pointer, node] of ALL) {
      const branches = node['anyOf'];
      if (!Array.isArray(branches)) {
        continue;
      }
      assert.deepEqual(
        Object.keys(node).filter((k) => k !== 'anyOf' && !ANNOTATIONS.has(k)),
        [],
        `${pointer} has keywords beside anyOf`,
      );
      for (const type of JSON_TYPES) {
        const taking = branches.filter((b) => shapes.accepts(b, type));
        assert.ok(taking.length <= 1, `${pointer}: ${taking.length} alternatives take a ${type}`);
      }
    }
  });

  it('puts no oneOf, allOf or if/then in the schema, which the mapping does not collapse', () => {
    const used = ALL.filter(([, n]) => ['oneOf', 'allOf', 'if', 'not'].some((k) => k in n)).map(([p]) => p);
    assert.deepEqual(used, []);
  });
});
