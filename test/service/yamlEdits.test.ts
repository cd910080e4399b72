import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { parseYaml } from '../../server/src/service/parser/yamlParser';
import { YamlEditor, formatScalar, formatValue, isPlainSafe } from '../../server/src/service/utils/yamlEdits';

/** What an edit case gets: the editor and lookups by a piece of the source text. */
interface Nodes {
  readonly editor: YamlEditor;
  /** The map starting at the first occurrence of `needle`. */
  map(needle: string): YAMLMap<unknown, unknown>;
  /** The list under `key` of the map starting at `needle`. */
  seq(needle: string, key: string): YAMLSeq<unknown>;
  /** The scalar at the first occurrence of `needle`. */
  scalar(needle: string): Scalar;
}

/** Applies what `edit` returns to `text`, checks that the result is YAML without errors, and returns it. */
function apply(lines: readonly string[], edit: (n: Nodes) => TextEdit | TextEdit[] | undefined, eol = '\n'): string {
  const text = lines.join(eol);
  const parsed = parseYaml(text);
  assert.deepEqual(parsed.problems, [], 'the input must be clean YAML');
  const document = TextDocument.create('file:///t.yaml', 'yaml', 0, text);
  const editor = new YamlEditor(document, parsed.document!);
  const offset = (needle: string): number => {
    const i = text.indexOf(needle);
    assert.ok(i >= 0, `no '${needle}' in the text`);
    return i;
  };
  const nodes: Nodes = {
    editor,
    map: (needle) => editor.mapAt(offset(needle)) ?? assert.fail(`no map at '${needle}'`),
    seq: (needle, key) => {
      const value = editor.pair(nodes.map(needle), key)?.value;
      return isSeq(value) ? value : assert.fail(`no list '${key}'`);
    },
    scalar: (needle) => editor.scalarAt(offset(needle)) ?? assert.fail(`no scalar at '${needle}'`),
  };
  const edits = edit(nodes) ?? [];
  const result = TextDocument.applyEdits(document, Array.isArray(edits) ? edits : [edits]);
  assert.deepEqual(parseYaml(result).problems, [], `the result must be clean YAML:\n${result}`);
  return result;
}

function same(actual: string, expected: readonly string[], eol = '\n'): void {
  assert.equal(actual, expected.join(eol));
}

describe('yamlEdits: scalars as YAML source', () => {
  const cases: [string | number | boolean, string][] = [
    ['li-si', 'li-si'],
    ['张三', '张三'],
    ['2026-03-16', '2026-03-16'],
    ['待填写：应急预案', '待填写：应急预案'],
    ['TODO: fill in', '"TODO: fill in"'],
    ['true', '"true"'],
    ['10', '"10"'],
    ['1_000', '"1_000"'],
    ['0b101', '"0b101"'],
    ['null', '"null"'],
    ['', '""'],
    ['-x', '"-x"'],
    ['a, b', '"a, b"'],
    ['say "hi"', 'say "hi"'],
    ['"quoted"', '"\\"quoted\\""'],
    [10, '10'],
    [false, 'false'],
  ];
  for (const [value, written] of cases) {
    it(`writes ${JSON.stringify(value)} as ${written}`, () => {
      assert.equal(formatScalar(value), written);
    });
  }

  it('knows which strings read back unquoted', () => {
    assert.equal(isPlainSafe('crm-rollout'), true);
    assert.equal(isPlainSafe('a #b'), false);
    assert.equal(isPlainSafe('1.5'), false);
    assert.equal(isPlainSafe('trailing '), false);
  });

  it('writes lists and maps in flow style', () => {
    assert.equal(formatValue(['a', 'b c', 'd:e']), '[a, b c, "d:e"]');
    assert.equal(formatValue({ id: 'x', name: '新任务' }), '{id: x, name: 新任务}');
  });
});

describe('yamlEdits: inserting and setting keys', () => {
  it('inserts into a block map after the preferred key, keeping its trailing comment', () => {
    const out = apply(['tasks:', '  - id: t', '    name: 启动会  # 首次', '    duration: 1d', ''], (n) =>
      n.editor.setKey(n.map('id: t'), 'owner', 'li-si', ['name', 'id']),
    );
    same(out, ['tasks:', '  - id: t', '    name: 启动会  # 首次', '    owner: li-si', '    duration: 1d', '']);
  });

  it('inserts after the last pair, past a nested block list at the same indentation', () => {
    const out = apply(['- id: t', '  subtasks:', '  - id: c', '    name: x'], (n) => n.editor.insertKey(n.map('id: t'), 'owner', 'pm'));
    same(out, ['- id: t', '  subtasks:', '  - id: c', '    name: x', '  owner: pm']);
  });

  it('inserts after a block scalar', () => {
    const out = apply(['id: t', 'notes: |', '  line one', '  line two', 'x: 1', ''], (n) => n.editor.insertKey(n.map('id: t'), 'owner', 'pm', ['notes']));
    same(out, ['id: t', 'notes: |', '  line one', '  line two', 'owner: pm', 'x: 1', '']);
  });

  it('inserts into flow maps, empty ones too', () => {
    const out = apply(['a: {id: t, name: x, duration: 1d}', 'b: {}', 'c: { }'], (n) => [
      n.editor.insertKey(n.map('{id: t'), 'owner', 'pm', ['name']),
      n.editor.insertKey(n.map('{}'), 'k', 'v'),
      n.editor.insertKey(n.map('{ }'), 'k', 'v'),
    ]);
    same(out, ['a: {id: t, name: x, owner: pm, duration: 1d}', 'b: {k: v}', 'c: {k: v }']);
  });

  it('replaces a value, fills an empty one and replaces a block list from the colon', () => {
    const out = apply(['status: in-progress # late', 'owner:', 'A:', '  - a', '  - b', 'z: 1'], (n) => {
      const root = n.map('status');
      return [n.editor.setKey(root, 'status', 'done'), n.editor.setKey(root, 'owner', 'pm'), n.editor.setKey(root, 'A', 'a')];
    });
    same(out, ['status: done # late', 'owner: pm', 'A: a', 'z: 1']);
  });

  it('quotes what must be quoted and keeps CRLF line endings', () => {
    const out = apply(['- id: r', '  title: 风险', ''], (n) => n.editor.insertKey(n.map('id: r'), 'contingency', 'TODO: fill in'), '\r\n');
    same(out, ['- id: r', '  title: 风险', '  contingency: "TODO: fill in"', ''], '\r\n');
  });
});

describe('yamlEdits: adding list items', () => {
  it('appends to a block list of scalars after its last item and its comment', () => {
    const out = apply(['deps:', '  - a', '  - b # why', 'next: 1'], (n) => n.editor.appendItem(n.seq('deps', 'deps'), 'c'));
    same(out, ['deps:', '  - a', '  - b # why', '  - c', 'next: 1']);
  });

  it('appends a mapping in the style of the items: block, or flow', () => {
    const block = apply(['people:', '- id: a', '  name: A', ''], (n) => n.editor.appendItem(n.seq('people', 'people'), { id: '王五', name: '王五' }));
    same(block, ['people:', '- id: a', '  name: A', '- id: 王五', '  name: 王五', '']);
    const flow = apply(['people:', '  - {id: a, name: A}', ''], (n) => n.editor.appendItem(n.seq('people', 'people'), { id: 'b', name: 'B' }));
    same(flow, ['people:', '  - {id: a, name: A}', '  - {id: b, name: B}', '']);
  });

  it('appends to flow lists, empty ones too', () => {
    const out = apply(['a: [x, y]', 'b: []'], (n) => [n.editor.appendItem(n.seq('a:', 'a'), 'z'), n.editor.appendItem(n.seq('a:', 'b'), 'z')]);
    same(out, ['a: [x, y, z]', 'b: [z]']);
  });

  it('turns a single value into a list, fills an empty one, and creates the key', () => {
    const out = apply(['raci: {R: pm, A: boss}', 'x:', '  C:', '  k: 1'], (n) => [
      n.editor.appendToList(n.map('{R'), 'R', 'li-si'),
      n.editor.appendToList(n.map('{R'), 'I', 'market'),
      n.editor.appendToList(n.map('C:'), 'C', 'a'),
    ]);
    same(out, ['raci: {R: [pm, li-si], A: boss, I: [market]}', 'x:', '  C: [a]', '  k: 1']);
  });

  it('creates a block list at the end of a block map when asked', () => {
    const out = apply(['xproj: 1', 'tasks: []', ''], (n) => n.editor.appendToList(n.map('xproj'), 'people', { id: 'a', name: 'A' }, true));
    same(out, ['xproj: 1', 'tasks: []', 'people:', '  - {id: a, name: A}', '']);
  });
});

describe('yamlEdits: removing list items and keys', () => {
  const flow = ['d: [a, b, c]'];
  const flowCases: [number, string][] = [
    [0, 'd: [b, c]'],
    [1, 'd: [a, c]'],
    [2, 'd: [a, b]'],
  ];
  for (const [index, expected] of flowCases) {
    it(`removes flow item ${index} with its comma`, () => {
      same(
        apply(flow, (n) => n.editor.removeItem(n.seq('d', 'd'), index)),
        [expected],
      );
    });
  }

  it('leaves [] when the only item goes, flow or block', () => {
    same(
      apply(['d: [{task: a, lag: 1d}]'], (n) => n.editor.removeItem(n.seq('d', 'd'), 0)),
      ['d: []'],
    );
    same(
      apply(['t:', '  d:', '    - a # only', '  e: 1'], (n) => n.editor.removeItem(n.seq('d:', 'd'), 0)),
      ['t:', '  d: []', '  e: 1'],
    );
  });

  const block = ['d:', '  - a', '  # about b', '  - task: b', '    type: SS', '  - c', 'e: 1'];
  const blockCases: [number, string[]][] = [
    [0, ['d:', '  # about b', '  - task: b', '    type: SS', '  - c', 'e: 1']],
    [1, ['d:', '  - a', '  # about b', '  - c', 'e: 1']],
    [2, ['d:', '  - a', '  # about b', '  - task: b', '    type: SS', 'e: 1']],
  ];
  for (const [index, expected] of blockCases) {
    it(`removes block item ${index} with its lines, keeping comments of the others`, () => {
      same(
        apply(block, (n) => n.editor.removeItem(n.seq('d', 'd'), index)),
        expected,
      );
    });
  }

  it('empties a collection that is itself a list item in place', () => {
    same(
      apply(['- - a', '- b'], (n) => {
        const inner = n.editor
          .pathAt(2)
          .map((s) => s.node)
          .find((node) => isSeq(node) && node !== n.editor.pathAt(0)[0]!.node);
        return isSeq(inner) ? n.editor.removeItem(inner, 0) : undefined;
      }),
      ['- []', '- b'],
    );
    same(
      apply(['- C: x', '- b'], (n) => n.editor.removeKey(n.map('C:'), 'C')),
      ['- {}', '- b'],
    );
  });

  it('removes the last item of a list at the end of the text', () => {
    same(
      apply(['d:', '- a', '- b'], (n) => n.editor.removeItem(n.seq('d', 'd'), 1)),
      ['d:', '- a', ''],
    );
  });

  it('removes keys from block maps, the first one after a dash too', () => {
    const text = ['- start: 2026-03-02 # fixed', '  id: t', '  end: 2026-03-05', '  x: 1'];
    same(
      apply(text, (n) => n.editor.removeKey(n.map('start'), 'start')),
      ['- id: t', '  end: 2026-03-05', '  x: 1'],
    );
    same(
      apply(text, (n) => n.editor.removeKey(n.map('start'), 'end')),
      ['- start: 2026-03-02 # fixed', '  id: t', '  x: 1'],
    );
  });

  it('removes keys from flow maps, and leaves {} for the only one', () => {
    same(
      apply(['a: {x: 1, y: 2}'], (n) => n.editor.removeKey(n.map('{x'), 'x')),
      ['a: {y: 2}'],
    );
    same(
      apply(['a: {x: 1, y: 2}'], (n) => n.editor.removeKey(n.map('{x'), 'y')),
      ['a: {x: 1}'],
    );
    same(
      apply(['raci:', '  C: x', 'z: 1'], (n) => n.editor.removeKey(n.map('C:'), 'C')),
      ['raci: {}', 'z: 1'],
    );
    assert.equal(
      apply(['a: {x: 1}'], (n) => n.editor.removeKey(n.map('{x'), 'nope')),
      'a: {x: 1}',
    );
  });
});

describe('yamlEdits: renaming and swapping scalars', () => {
  it('keeps the quote style of the renamed scalar', () => {
    const out = apply(["a: 'it''s'", 'b: "x"', 'c: 张三', 'd: y'], (n) => [
      n.editor.renameScalar(n.scalar("'it"), "it's 2"),
      n.editor.renameScalar(n.scalar('"x"'), '李"四'),
      n.editor.renameScalar(n.scalar('张三'), '张三-2'),
      n.editor.renameScalar(n.scalar('y'), 'needs: quotes'),
    ]);
    same(out, ["a: 'it''s 2'", 'b: "李\\"四"', 'c: 张三-2', 'd: "needs: quotes"']);
  });

  it('renames keys', () => {
    const out = apply(['{onwer: x}'], (n) => {
      const key = n.map('{').items[0]!.key;
      return isScalar(key) ? n.editor.renameScalar(key, 'owner') : undefined;
    });
    same(out, ['{owner: x}']);
  });

  it('swaps two values, quotes and all', () => {
    const out = apply(["{start: '2026-03-05', end: 2026-03-02}"], (n) => {
      const map = n.map('{');
      return n.editor.swap(map.get('start', true), map.get('end', true));
    });
    same(out, ["{start: 2026-03-02, end: '2026-03-05'}"]);
  });

  it('finds the path to a node and the map an entity starts at', () => {
    const text = ['tasks:', '  - {id: t, raci: {A: [a, b]}}'];
    apply(text, (n) => {
      const path = n.editor.pathAt(text.join('\n').indexOf('b]'));
      assert.deepEqual(
        path.map((s) => (isMap(s.node) ? 'map' : isSeq(s.node) ? 'seq' : String((s.node as Scalar).value))),
        ['map', 'seq', 'map', 'map', 'seq', 'b'],
      );
      assert.equal(n.editor.mapAt(text.join('\n').indexOf('id:')), undefined);
      return undefined;
    });
  });
});
