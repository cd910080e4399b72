import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { parseYaml } from '../../server/src/service/parser/yamlParser';
import { check, findings } from '../helpers/plan';
import type { Finding } from '../helpers/plan';
import { loadGenerator } from '../helpers/generator';

const syntax = (text: string, locale?: string): Finding[] => findings(check(text, { locale }), 'yaml-syntax');

describe('syntax problems: one for each run a single mistake causes', () => {
  let plan1000 = '';
  before(async () => {
    plan1000 = (await loadGenerator()).generatePlan({ tasks: 1000, seed: 1 });
  });

  it('folds the error tokens after the end of the document into the first', () => {
    assert.deepEqual(syntax(']\n'.repeat(5)), [
      {
        code: 'yaml-syntax',
        severity: 'error',
        line: 1,
        covers: ']',
        message:
          'YAML syntax: Unexpected flow-seq-end token in YAML document: "]". The 4 syntax problems after it, up to line 5, are folded into this one: they most likely follow from it.',
      },
    ]);
  });

  it('folds what a newline inside a flow mapping causes, down to the end of the file', () => {
    const text = ['xproj: 1', 'tasks:', '  - id: a', '    raci: {R: [p0', '1], A: p, C: [d]}', '  - id: b', '    name: x', ''].join('\n');
    assert.deepEqual(syntax(text), [
      {
        code: 'yaml-syntax',
        severity: 'error',
        line: 5,
        covers: '1',
        message:
          'YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]. The 10 syntax problems after it, up to line 7, are folded into this one: they most likely follow from it.',
      },
    ]);
  });

  it('folds everything inside a flow collection left open, however far apart', () => {
    const text = [
      'xproj: 1',
      'people:',
      '  - {id: a, name: A}',
      '[- {id: b, name: B}',
      '  - {id: c, name: C}',
      '  - {id: d, name: D}',
      'phases:',
      '  - {id: p1, name: P}',
      '  - {id: p2, name: P}',
      '  - {id: p3, name: P}',
      '  - {id: p4, name: P}',
      '',
    ].join('\n');
    const found = syntax(text);
    assert.deepEqual(
      found.map((f) => [f.line, f.covers]),
      [[4, '[']],
    );
    assert.equal(
      found[0]!.message,
      'YAML syntax: Implicit keys need to be on a single line. The 10 syntax problems after it, up to line 12, are folded into this one: they most likely follow from it.',
    );
  });

  it('keeps problems more than two lines apart apart', () => {
    const text = ['a: 1', 'a: 2', '', '', '', 'b: 1', 'b: 2', ''].join('\n');
    assert.deepEqual(
      syntax(text).map((f) => [f.line, f.message]),
      [
        [2, 'YAML syntax: Map keys must be unique'],
        [7, 'YAML syntax: Map keys must be unique'],
      ],
    );
  });

  it('folds problems on neighbouring lines, across one blank line', () => {
    const text = ['a: 1', 'a: 2', '', 'a: 3', ''].join('\n');
    assert.deepEqual(
      syntax(text).map((f) => [f.line, f.message]),
      [[2, 'YAML syntax: Map keys must be unique. The syntax problem after it, on line 4, is folded into this one: it most likely follows from it.']],
    );
  });

  it('says it in Chinese', () => {
    assert.deepEqual(
      syntax(']\n]\n]\n', 'zh-cn').map((f) => f.message),
      ['YAML 语法错误：意外的标记。其后直到第 3 行的 2 个语法问题已合并到这一条：它们很可能由此引起。'],
    );
  });

  it('gives a newline typed inside a RACI of a 1,000-task plan a handful of problems, not 69,000', () => {
    const at = plan1000.indexOf('raci: {R: [p000') + 'raci: {R: [p000'.length;
    const text = `${plan1000.slice(0, at)}\n${plan1000.slice(at)}`;
    const analysis = check(text);
    assert.deepEqual(
      findings(analysis, 'yaml-syntax').map((f) => [f.line, f.covers, f.message]),
      [
        [
          300,
          '4',
          'YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]. The 69,392 syntax problems after it, up to line 10,298, are folded into this one: they most likely follow from it.',
        ],
      ],
    );
    assert.ok(analysis.problems.length < 20, `${analysis.problems.length} problems`);
  });

  it('keeps one of the document errors, so a broken document still refuses to be stringified', () => {
    const parsed = parseYaml(['a: 1', 'a: 2', 'a: 3', 'a: 4', ''].join('\n'));
    assert.equal(parsed.problems.length, 1);
    assert.equal(parsed.document?.errors.length, 1);
    assert.throws(() => parsed.document!.toString());
  });
});

describe('documents after the first', () => {
  it('are one problem however many there are', () => {
    const found = findings(check(`xproj: 1\n${'---\n'.repeat(1000)}`), 'schema');
    assert.deepEqual(
      found.map((f) => [f.line, f.covers.length, f.message]),
      [[2, 4000, 'A plan holds one YAML document; the 1,000 documents after the first are ignored.']],
    );
  });

  it('keep the message of old for one', () => {
    assert.deepEqual(
      findings(check('xproj: 1\n---\na: 1\n'), 'schema').map((f) => [f.line, f.covers, f.message]),
      [[2, '---\na: 1\n', 'A plan holds one YAML document; everything after the first `---` is ignored.']],
    );
  });

  it('are counted in Chinese too', () => {
    assert.deepEqual(
      findings(check('xproj: 1\n---\na: 1\n---\nb: 2\n', { locale: 'zh-cn' }), 'schema').map((f) => f.message),
      ['一个计划只包含一个 YAML 文档；第一个文档之后的 2 个文档将被忽略。'],
    );
  });

  it('are not composed: 200,000 of them leave one document', () => {
    const parsed = parseYaml('---\n'.repeat(200_000));
    assert.deepEqual(parsed.extraDocuments, { span: { offset: 4, length: 799_996 }, count: 199_999 });
    assert.deepEqual(parsed.problems, []);
  });
});
