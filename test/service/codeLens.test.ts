import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { CodeLens } from 'vscode-languageserver-types';
import { CODE_LENS_COMMANDS, XprojCodeLens } from '../../server/src/service/features/codeLens';
import { TEST_URI, open } from '../helpers/plan';

// 2026-03-02 is a Monday. a: Mon-Wed; b and c wait for a; m waits for b and c.
const PLAN = [
  'xproj: 1', // 0
  'project:', // 1
  '  id: p',
  '  name: P',
  '  start: 2026-03-02',
  '  owner: boss',
  '  manager: boss',
  '  status_date: 2026-03-10',
  'people: [{id: boss, name: Boss}]',
  'tasks:',
  '  - id: a', // 10: 03-02..03-04, done
  '    owner: boss',
  '    duration: 3d',
  '    status: done',
  '  - id: b', // 14: 03-05..03-06, overdue
  '    owner: boss',
  '    depends_on: [a]',
  '    duration: 2d',
  '  - id: c', // 18: 03-05, one day of slack, blocked and overdue
  '    owner: boss',
  '    depends_on: [a]',
  '    duration: 1d',
  '    status: blocked',
  '  - {id: m, owner: boss, milestone: true, depends_on: [b, c]}', // 23: 03-06, overdue
  '',
].join('\n');

function lenses(text: string, locale: 'en' | 'zh-cn' = 'en'): CodeLens[] {
  const { analysis, document } = open(text);
  const service = new XprojCodeLens(locale);
  return service.getCodeLenses(document, analysis).map((lens) => service.resolveCodeLens(document, analysis, lens));
}

const summary = (l: CodeLens): [number, number, string] => [l.range.start.line, l.range.start.character, l.command!.title];

describe('code lens', () => {
  it('puts the project summary on the project key and the task facts on each id line', () => {
    assert.deepEqual(lenses(PLAN).map(summary), [
      // The plan has a status date, and work behind it: the forecast comes beside the planned dates.
      [1, 0, 'finish 2026-03-06 · forecast 03-11 · +3d · 3 on the critical path · 1 blocked · 3 overdue'],
      [10, 8, '2 dependents · critical'],
      [14, 8, '1 dependent · critical · forecast 03-11 · +3d'],
      [18, 8, '1 dependent · slack 1d · forecast 03-10 · +3d'],
      [23, 9, 'critical · forecast 03-11 · +3d'],
    ]);
  });

  it('speaks Chinese for zh-cn', () => {
    assert.deepEqual(
      lenses(PLAN, 'zh-cn').map((l) => l.command!.title),
      [
        '完成 2026-03-06 · 预测 03-11 · +3d · 关键路径上 3 个任务 · 阻塞 1 个 · 逾期 3 个',
        '2 个后续任务 · 关键路径',
        '1 个后续任务 · 关键路径 · 预测 03-11 · +3d',
        '1 个后续任务 · 浮动 1 天 · 预测 03-10 · +3d',
        '关键路径 · 预测 03-11 · +3d',
      ],
    );
  });

  it('opens the Gantt from the project lens and peeks the depends_on entries from a task lens', () => {
    const [project, a, , , m] = lenses(PLAN);
    assert.deepEqual(project!.command, { title: project!.command!.title, command: CODE_LENS_COMMANDS.showGantt, arguments: [TEST_URI] });
    assert.equal(a!.command!.command, 'xproj.showDependents');
    const [uri, position, locations] = a!.command!.arguments!;
    assert.equal(uri, TEST_URI);
    assert.deepEqual(position, { line: 10, character: 8 });
    assert.deepEqual(locations, [
      { uri: TEST_URI, range: { start: { line: 16, character: 17 }, end: { line: 16, character: 18 } } },
      { uri: TEST_URI, range: { start: { line: 20, character: 17 }, end: { line: 20, character: 18 } } },
    ]);
    assert.deepEqual(m!.command!.arguments![2], []);
  });

  it('counts a task that names the same dependency twice once, and marks tasks on a cycle', () => {
    const text = [
      'xproj: 1',
      'project: {id: p, name: P, start: 2026-03-02, owner: boss, manager: boss}',
      'people: [{id: boss}]',
      'tasks:',
      '  - {id: x, owner: boss, duration: 1d, depends_on: [y]}',
      '  - {id: y, owner: boss, duration: 1d, depends_on: [x, x]}',
    ].join('\n');
    assert.deepEqual(lenses(text).slice(1).map(summary), [
      [4, 9, '1 dependent · on a dependency cycle'],
      [5, 9, '1 dependent · on a dependency cycle'],
    ]);
    assert.equal((lenses(text)[1]!.command!.arguments![2] as unknown[]).length, 2);
  });

  it('leaves out counts that are zero, and has no project lens without a project', () => {
    const text = 'xproj: 1\nproject: {id: p, name: P, start: 2026-04-06}\ntasks:\n  - {id: t, duration: 2d}\n';
    assert.deepEqual(lenses(text).map(summary), [
      [1, 0, 'finish 2026-04-07 · 1 on the critical path'],
      [3, 9, 'critical'],
    ]);
    assert.deepEqual(lenses('xproj: 1\npeople: [{id: a}]\n'), []);
  });

  it('gives every task its lens on a large plan, the same each time it is asked', () => {
    const lines = ['xproj: 1', 'project: {id: p, name: P, start: 2026-03-02}', 'tasks:'];
    for (let i = 0; i < 5000; i++) {
      lines.push(`  - {id: t${i}, duration: 1d${i > 0 ? `, depends_on: [t${i - 1}]` : ''}}`);
    }
    const { analysis, document } = open(lines.join('\n'));
    const provider = new XprojCodeLens('en');
    const first = provider.getCodeLenses(document, analysis);
    assert.equal(first.length, 5001);
    assert.deepEqual(provider.getCodeLenses(document, analysis), first);
  });
});
