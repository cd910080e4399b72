import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind } from 'vscode-languageserver-types';
import type { DocumentSymbol, Range, SymbolInformation } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service';
import { MAX_WORKSPACE_SYMBOLS, XprojSymbols } from '../../server/src/service/features/documentSymbols';
import { parseIsoDate } from '../../common/dates';
import { open } from '../helpers/plan';

const ORG = `xproj: 1
people:
  - {id: wang, name: 王五}
`;

const PLAN = `xproj: 1
imports: [org.xproj.yaml]
project:
  id: crm
  name: 客户管理
  start: 2026-03-02
  end: 2026-05-29
departments:
  - {id: pmo, name: 项目办}
people:
  - id: li
    name: 李四
    department: pmo
phases:
  - {id: build, name: 建设, start: 2026-03-02, end: 2026-04-30}
tasks:
  - id: design
    name: 设计
    subtasks:
      - id: ui
        name: 界面设计
        duration: 3d
      - id: review
        name: 设计评审
        milestone: true
        depends_on: [ui]
  - id: launch
    duration: 1d
    depends_on: [design]
risks:
  - {id: r1, title: 人员变动, likelihood: 3, impact: 5}
budget:
  currency: CNY
  total: 1000
  items:
    - {id: venue, name: 场地, amount: 200}
meetings:
  - {id: weekly, name: 周例会, cadence: weekly}
changes:
  - {id: CR-1, summary: 延期, date: 2026-03-18, status: approved}
rules: {overdue: off}
`;

const symbols = new XprojSymbols('en');

type Shape = [string, SymbolKind, string | undefined, ...Shape[]];
const shape = (s: DocumentSymbol): Shape => [s.name, s.kind, s.detail, ...(s.children ?? []).map(shape)];

function within(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

describe('document symbols', () => {
  const { analysis, document } = open(PLAN, { files: { 'org.xproj.yaml': ORG } });
  const tree = symbols.findDocumentSymbols(document, analysis);

  it('outlines every section in document order, with the WBS nested', () => {
    assert.deepEqual(tree.map(shape), [
      ['imports', SymbolKind.Array, undefined, ['org.xproj.yaml', SymbolKind.File, undefined]],
      ['客户管理 (crm)', SymbolKind.Package, '2026-03-02 → 2026-05-29'],
      ['departments', SymbolKind.Array, undefined, ['项目办 (pmo)', SymbolKind.Class, undefined]],
      ['people', SymbolKind.Array, undefined, ['李四 (li)', SymbolKind.Variable, 'pmo']],
      ['phases', SymbolKind.Array, undefined, ['建设 (build)', SymbolKind.EnumMember, '2026-03-02 → 2026-04-30']],
      [
        'tasks',
        SymbolKind.Array,
        undefined,
        [
          '设计 (design)',
          SymbolKind.Module,
          '2026-03-02 → 2026-03-04',
          ['界面设计 (ui)', SymbolKind.Function, '2026-03-02 → 2026-03-04'],
          ['设计评审 (review)', SymbolKind.Event, '2026-03-04'],
        ],
        ['launch', SymbolKind.Function, '2026-03-05 → 2026-03-05'],
      ],
      ['risks', SymbolKind.Array, undefined, ['人员变动 (r1)', SymbolKind.Constant, 'score 15 (3×5)']],
      ['budget', SymbolKind.Object, '1000 CNY', ['场地 (venue)', SymbolKind.Number, '200 CNY']],
      ['meetings', SymbolKind.Array, undefined, ['周例会 (weekly)', SymbolKind.Interface, 'weekly']],
      ['changes', SymbolKind.Array, undefined, ['延期 (CR-1)', SymbolKind.Struct, '2026-03-18 · approved']],
    ]);
  });

  it('spans whole mappings and selects ids', () => {
    const tasks = tree.find((s) => s.name === 'tasks')!;
    const design = tasks.children![0]!;
    const text = (r: Range): string => document.getText(r);
    assert.equal(text(tasks.selectionRange), 'tasks');
    assert.match(text(tasks.range), /^tasks:\n {2}- id: design\n[\s\S]*depends_on: \[design\]$/);
    assert.equal(text(design.selectionRange), 'design');
    assert.equal(text(design.range), PLAN.slice(PLAN.indexOf('id: design'), PLAN.indexOf('\n  - id: launch')));
    assert.equal(text(design.children![1]!.range), 'id: review\n        name: 设计评审\n        milestone: true\n        depends_on: [ui]');
    const li = tree.find((s) => s.name === 'people')!.children![0]!;
    assert.equal(text(li.range), 'id: li\n    name: 李四\n    department: pmo');
    assert.equal(text(tree[1]!.selectionRange), 'crm');
    assert.equal(text(tree.find((s) => s.name === 'phases')!.children![0]!.range), '{id: build, name: 建设, start: 2026-03-02, end: 2026-04-30}');
  });

  it('keeps every selection range inside its range and every child inside its parent', () => {
    const check = (s: DocumentSymbol): void => {
      assert.ok(within(s.selectionRange, s.range), s.name);
      for (const c of s.children ?? []) {
        assert.ok(within(c.range, s.range), `${c.name} in ${s.name}`);
        check(c);
      }
    };
    tree.forEach(check);
  });

  it('speaks Chinese in details, and gives nothing for a document that is not a mapping', () => {
    const zh = new XprojSymbols('zh-cn').findDocumentSymbols(document, analysis);
    assert.equal(zh.find((s) => s.name === 'risks')!.children![0]!.detail, '评分 15（3×5）');
    const list = open('- a\n- b\n');
    assert.deepEqual(symbols.findDocumentSymbols(list.document, list.analysis), []);
  });
});

describe('workspace symbols', () => {
  const OTHER = 'xproj: 1\nimports: [org.xproj.yaml]\nproject: {id: other, start: 2026-03-02}\ntasks:\n  - {id: kickoff, name: 启动会, owner: wang}\n';
  const files = new Map([
    ['file:///ws/org.xproj.yaml', ORG],
    ['file:///ws/plan.xproj.yaml', PLAN],
    ['file:///ws/other.xproj.yaml', OTHER],
  ]);
  const service = getLanguageService({ readFile: (u) => files.get(u), today: () => parseIsoDate('2026-03-20')! });
  const analyses = ['file:///ws/plan.xproj.yaml', 'file:///ws/other.xproj.yaml'].map((uri) => {
    const document = TextDocument.create(uri, 'xproj', 0, files.get(uri)!);
    return { document, analysis: service.analyze(document) };
  });
  const show = (found: SymbolInformation[]): string[] =>
    found.map((s) => `${s.name} [${s.containerName}] ${s.location.uri.split('/').pop()}:${s.location.range.start.line + 1}`);

  it('matches names as ordered characters, Chinese included', () => {
    assert.deepEqual(show(symbols.findWorkspaceSymbols('设评', analyses)), ['设计评审 (review) [设计 (design)] plan.xproj.yaml:23']);
    assert.deepEqual(show(symbols.findWorkspaceSymbols('启动', analyses)), ['启动会 (kickoff) [other] other.xproj.yaml:5']);
  });

  it('matches ids ignoring case, with exact and prefix matches first', () => {
    assert.deepEqual(show(symbols.findWorkspaceSymbols('KICK', analyses)), ['启动会 (kickoff) [other] other.xproj.yaml:5']);
    assert.deepEqual(
      symbols.findWorkspaceSymbols('ui', analyses).map((s) => s.name),
      ['界面设计 (ui)', '建设 (build)'],
    );
  });

  it('lists imported entities once, from their own file, with the id as location', () => {
    const found = symbols.findWorkspaceSymbols('wang', analyses);
    assert.deepEqual(show(found), ['王五 (wang) [org.xproj.yaml] org.xproj.yaml:3']);
    assert.deepEqual(found[0]!.location.range, { start: { line: 2, character: 9 }, end: { line: 2, character: 13 } });
    assert.equal(found[0]!.kind, SymbolKind.Variable);
  });

  it('returns at most the limit, best first, on 20k tasks', () => {
    const lines = ['xproj: 1', 'project: {id: big, start: 2026-03-02}', 'tasks:'];
    for (let i = 0; i < 20_000; i++) {
      lines.push(`  - {id: task-${i}, name: 任务${i}, duration: 1d}`);
    }
    const big = open(lines.join('\n') + '\n');
    const searcher = new XprojSymbols('en');
    assert.equal(searcher.findWorkspaceSymbols('', [big]).length, MAX_WORKSPACE_SYMBOLS);
    assert.equal(searcher.findWorkspaceSymbols('zzz', [big]).length, 0);
    assert.equal(searcher.findWorkspaceSymbols('TASK-19999', [big])[0]!.name, '任务19999 (task-19999)');
  });
});
