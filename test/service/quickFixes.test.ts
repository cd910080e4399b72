import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind } from 'vscode-languageserver-types';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { XprojCodeActions } from '../../server/src/service/features/codeActions';
import { toDiagnostics } from '../../server/src/service/features/diagnostics';
import { parseYaml } from '../../server/src/service/parser/yamlParser';
import { open } from '../helpers/plan';
import { lines } from './rules/responsibilityFixtures';
import { applyAction, newErrors } from './quickFixesHarness';

/** A plan that breaks most rules, in block and flow style, with comments and Chinese text. */
const MESSY = lines(
  '# 跨部门项目：演示用，问题很多',
  'xproj: 1',
  'project:',
  '  id: demo',
  '  name: 演示项目 # 名称',
  '  start: 2026-06-30',
  '  end: 2026-03-02',
  '  manager: pm',
  'departments:',
  '  - {id: pmo, name: 项目管理部, head: boss, liaison: pm}',
  '  - id: market',
  '    name: 市场部',
  '    head: wang-wu',
  'people:',
  '  - {id: boss, name: 张三, department: pmo}',
  '  - {id: pm, name: 李四, department: pmo}',
  '  - {id: wang-wu, name: 王五, department: market}',
  '  - {id: pm, name: 李四（重复）}',
  'tasks:',
  '  - id: a',
  '    name: 调研 # 第一步',
  '    department: market',
  '    duration: 5d',
  '    depends_on:',
  '      - c',
  '    raci:',
  '      R: [pm]',
  '      A:',
  '        - boss',
  '        - market',
  '      C: pm',
  '  - {id: b, owner: wang-wu, duration: 2d, depends_on: [a], status: don, raci: {A: boss}}',
  '  - id: d',
  '    owner: pm',
  '    start: 2026-03-02',
  '    end: 2026-03-03',
  '    depends_on: [{task: a, type: SS, lag: 1d}]',
  '  - {id: c, owner: pmm, depends_on: [{task: b, lag: 1d}], onwer: pm, raci: {R: [boss]}}',
  'risks:',
  '  - {id: r, title: 人员变动, likelihood: 4, impact: 4, next_review: 2026-03-01, affects: [a]}',
  'budget:',
  '  total: 100',
  '  approvals: [{up_to: 10, approver: department-head}, {approver: owner}]',
  '  items:',
  '    - {id: venue, amount: 50}',
);

function request(text: string | ReturnType<typeof open>, diagnostics: Diagnostic[], only?: string[]): CodeAction[] {
  const { analysis, document } = typeof text === 'string' ? open(text) : text;
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return new XprojCodeActions('en').doCodeActions(document, range, { diagnostics, only }, analysis);
}

describe('code actions: dispatch', () => {
  const { analysis, document } = open(MESSY);
  const diagnostics = toDiagnostics(document, analysis);

  it('answers each diagnostic in the order given, by its code', () => {
    const owner = diagnostics.find((d) => d.code === 'missing-owner' && document.getText(d.range) === 'a')!;
    const cycle = diagnostics.find((d) => d.code === 'dependency-cycle')!;
    const actions = request(MESSY, [cycle, owner], [CodeActionKind.QuickFix]);
    const codes = actions.map((a) => a.diagnostics?.[0]?.code);
    const split = codes.indexOf('missing-owner');
    assert.ok(split > 0, 'fixes for both');
    assert.deepEqual(codes, [...Array<string>(split).fill('dependency-cycle'), ...Array<string>(codes.length - split).fill('missing-owner')]);
    assert.ok(actions.some((a) => a.title === "Set owner to 'wang-wu'"));
  });

  it('reads the rule code, not the message', () => {
    const owner = diagnostics.find((d) => d.code === 'missing-owner')!;
    assert.ok(request(MESSY, [{ ...owner, message: '' }], [CodeActionKind.QuickFix]).length > 0);
    assert.deepEqual(request(MESSY, [{ ...owner, code: 'overallocation' }], [CodeActionKind.QuickFix]), []);
    assert.deepEqual(request(MESSY, [{ ...owner, code: 'constructor' }], [CodeActionKind.QuickFix]), []);
  });

  it("ignores other tools' diagnostics, and quick fixes when only source actions are asked for", () => {
    const owner = diagnostics.find((d) => d.code === 'missing-owner')!;
    assert.deepEqual(request(MESSY, [{ ...owner, source: 'yaml' }], [CodeActionKind.QuickFix]), []);
    assert.ok(request(MESSY, [owner], [CodeActionKind.Source]).every((a) => a.kind !== CodeActionKind.QuickFix));
    assert.ok(request(MESSY, [owner]).some((a) => a.kind === CodeActionKind.QuickFix));
  });

  it('offers nothing from an analysis of another version of the text', () => {
    const owner = diagnostics.find((d) => d.code === 'missing-owner')!;
    const edited = TextDocument.create(document.uri, 'xproj', 1, `${MESSY}# edited\n`);
    assert.deepEqual(new XprojCodeActions('en').doCodeActions(edited, owner.range, { diagnostics: [owner], only: [CodeActionKind.QuickFix] }, analysis), []);
  });
});

describe('code actions: every fix keeps the plan readable', () => {
  for (const eol of ['\n', '\r\n']) {
    it(`applies each fix of a messy plan to valid YAML without new errors (${JSON.stringify(eol)})`, () => {
      const text = MESSY.replace(/\n/g, eol);
      const opened = open(text);
      const { analysis, document } = opened;
      let count = 0;
      for (const diagnostic of toDiagnostics(document, analysis)) {
        for (const action of request(opened, [diagnostic], [CodeActionKind.QuickFix])) {
          const result = applyAction(document, action);
          const why = `${action.title} for ${diagnostic.message}:\n${result}`;
          assert.deepEqual(parseYaml(result).problems, [], why);
          if (eol === '\r\n') {
            assert.ok(!/(^|[^\r])\n/.test(result), `mixed line ends: ${why}`);
          }
          const after = open(result).analysis;
          assert.deepEqual(newErrors(analysis, after), [], why);
          count++;
        }
      }
      assert.ok(count >= 25, `only ${count} fixes`);
    });
  }

  it('never throws on a plan cut off anywhere, broken YAML included', () => {
    for (let end = 0; end <= MESSY.length; end += 7) {
      const opened = open(MESSY.slice(0, end));
      for (const action of request(opened, toDiagnostics(opened.document, opened.analysis), [CodeActionKind.QuickFix])) {
        applyAction(opened.document, action);
      }
    }
  });
});
