import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import { parseYaml } from '../../server/src/service/parser/yamlParser';
import { formatYamlPath, yamlPathAt } from '../../server/src/service/utils/yamlPath';
import type { YamlPathHit } from '../../server/src/service/utils/yamlPath';
import { withCursor } from '../helpers/plan';

function at(marked: string): YamlPathHit {
  const { text, offset } = withCursor(marked);
  const doc = parseYaml(text).document;
  assert.ok(doc, 'the text parses into a document');
  return yamlPathAt(doc, offset);
}

/** `path position` in one string, for compact tables. */
function where(marked: string): string {
  const hit = at(marked);
  return `${formatYamlPath(hit.path)} ${hit.position}`;
}

const BLOCK = 'a: 1\nb:\n  c: x # note\n  d:\n  e: [p, q]\n';

describe('yamlPathAt', () => {
  const table: [string, string, string][] = [
    // [case, marked text, expected "path position"]
    ['start of a top-level key', '|a: 1\nb: 2\n', 'a key'],
    ['end of a key (cursor just after it)', 'a|: 1\n', 'a key'],
    ['a value', 'a: |1\nb: 2\n', 'a value'],
    ['the end of a value', 'a: 1|\nb: 2\n', 'a value'],
    ['a nested key', BLOCK.replace('  c:', '  |c:'), 'b.c key'],
    ['a trailing comment', BLOCK.replace('# no', '# n|o'), 'b inside'],
    ['the empty value after `d:`', BLOCK.replace('d:', 'd:|'), 'b.d value'],
    ['a flow sequence item', BLOCK.replace('q]', '|q]'), 'b.e[1] value'],
    ['the comma between flow items', BLOCK.replace('p,', 'p|,').replace('p|,', 'p,|'), 'b.e inside'],
    ['a block sequence dash', 'tasks:\n  |- id: a\n', 'tasks inside'],
    ['indentation before a nested key', 'b:\n |  c: x\n', 'b inside'],
    ['right after the colon of a nested block', 'a: 1\nb:|\n  c: x\n', 'b inside'],
    ['the gap before a scalar value', 'a:| 1\n', ' inside'],
    ['a block sequence item', 'xs:\n  - one\n  - tw|o\n', 'xs[1] value'],
    ['an empty block sequence item', 'xs:\n  - a\n  -|\n  - c\n', 'xs[1] value'],
    ['the dash of a sequence item', 'xs:\n  - a\n  |- c\n', 'xs inside'],
    ['a comment line before the first key', '# he|ader\nxproj: 1\n', ' inside'],
    ['past the end of the document', 'xproj: 1\n\n|', ' inside'],
    ['a quoted key', '"quoted key": |1\n', 'quoted key value'],
    ['a number key, as text', '1: |x\n', '1 value'],
    ['an alias value (not followed)', 'a: &x 1\nb: *|x\n', 'b value'],
    ['a flow mapping key', 'm: {id: a, na|me: b}\n', 'm.name key'],
    ['the empty value in a flow mapping', 'm: {id: a, b: |}\n', 'm.b value'],
  ];
  for (const [name, marked, expected] of table) {
    it(name, () => assert.equal(where(marked), expected));
  }

  it('finds keys and values of nested subtasks', () => {
    const text = [
      'tasks:',
      '  - id: a',
      '  - id: b',
      '    subtasks:',
      '      - id: c',
      '        ow|ner: li-si',
      '        depends_on: [a, {task: b, type: SS}]',
    ].join('\n');
    assert.equal(where(text), 'tasks[1].subtasks[0].owner key');
    assert.equal(where(text.replace('ow|ner', 'owner').replace('li-si', 'li|-si')), 'tasks[1].subtasks[0].owner value');
    assert.equal(where(text.replace('ow|ner', 'owner').replace('SS', 'S|S')), 'tasks[1].subtasks[0].depends_on[1].type value');
    assert.equal(where(text.replace('ow|ner', 'owner').replace('{task', '{ta|sk')), 'tasks[1].subtasks[0].depends_on[1].task key');
  });

  it('works in flow style throughout', () => {
    const text = '{tasks: [{id: a, raci: {R: [x, y|], A: z}}]}';
    assert.equal(where(text), 'tasks[0].raci.R[1] value');
    assert.equal(where(text.replace('y|]', 'y]').replace('A:', '|A:')), 'tasks[0].raci.A key');
  });

  it('returns the node, its pair and its ancestors', () => {
    const key = at('people:\n  - {id: li, na|me: 李四}\n');
    assert.equal(key.position, 'key');
    assert.ok(isScalar(key.node) && key.node.value === 'name');
    assert.ok(key.pair && isScalar(key.pair.value) && key.pair.value.value === '李四');
    assert.deepEqual(
      key.ancestors.map((a) => (isMap(a) ? 'map' : isSeq(a) ? 'seq' : '?')),
      ['map', 'seq', 'map'],
    );
    const item = at('xs: [a, |b]\n');
    assert.equal(item.pair, undefined);
    assert.ok(isScalar(item.node) && item.node.value === 'b');
    const alias = at('a: &x 1\nb: *|x\n');
    assert.ok(isAlias(alias.node));
    const inside = at('b:\n  c: x # n|ote\n');
    assert.ok(isMap(inside.node));
    assert.equal(inside.ancestors.length, 1, 'the collection itself is not among its ancestors');
  });

  it('copes with incomplete documents', () => {
    assert.equal(where('tasks:\n  - id: a\n    own|'), 'tasks[0].own key');
    assert.equal(where('tasks:\n  - id: a\n    owner: |\n'), 'tasks[0].owner value');
    assert.equal(where('people: [{id: a, na|me'), 'people[0].name key');
    assert.equal(where('tasks:\n  - id: [a\n  - id: |b\n').endsWith('value'), true);
  });

  it('handles empty and scalar documents', () => {
    const empty = at('|');
    assert.deepEqual([empty.path, empty.position, empty.node], [[], 'inside', null]);
    const comment = at('# only a comment|\n');
    assert.deepEqual([comment.path, comment.position, comment.node], [[], 'inside', null]);
    const scalar = at('just te|xt');
    assert.deepEqual([scalar.path, scalar.position], [[], 'value']);
  });

  it('finds an item in a long list by binary search', () => {
    const items = Array.from({ length: 5000 }, (_, i) => `  - {id: t${i}, name: task ${i}}`);
    items[3777] = '  - {id: t3777, na|me: task 3777}';
    assert.equal(where(`tasks:\n${items.join('\n')}\n`), 'tasks[3777].name key');
  });

  it('formats paths as users read them', () => {
    assert.equal(formatYamlPath([]), '');
    assert.equal(formatYamlPath(['tasks', 3, 'subtasks', 0, 'owner']), 'tasks[3].subtasks[0].owner');
    assert.equal(formatYamlPath([0, 'a']), '[0].a');
  });
});
