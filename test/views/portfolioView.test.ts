import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { getPortfolioView } from '../../server/src/service/features/views/portfolioView';
import { checkWorkspace, planText } from '../helpers/workspace';

const ORG = ['xproj: 1', 'phases: [{id: prep, name: 准备}, {id: run, name: 执行}]', 'people:', '  - {id: boss, name: Boss}', ''].join('\n');
const A = planText('a', [
  'id: design, phase: prep, start: 2026-03-02, duration: 5d',
  'id: build, phase: run, duration: 10d, depends_on: [design]',
  'id: launch, name: 上线, milestone: true, depends_on: [build]',
]);
const B = planText('b', ['id: only, start: 2026-04-01, duration: 3d, status: done']);

describe('the portfolio view model', () => {
  it("puts the plan first, then the workspace's other plans by name, leaving out files without a project", () => {
    const ws = checkWorkspace({ 'org.xproj.yaml': ORG, 'a.xproj.yaml': A, 'b.xproj.yaml': B });
    const all = [...ws.analyses.values()];
    const m = getPortfolioView(ws.analyses.get('b.xproj.yaml')!, all);
    assert.deepEqual(
      m.plans.map((p) => p.name),
      ['Plan B', 'Plan A'],
    );
    const a = m.plans[1]!;
    assert.deepEqual([a.start, a.finish, a.late, a.critical, a.errors, a.unreliable], ['2026-03-02', '2026-03-20', false, 3, 0, false]);
    assert.deepEqual(a.phases, [
      { id: 'prep', name: '准备', start: '2026-03-02', end: '2026-03-06' },
      { id: 'run', name: '执行', start: '2026-03-09', end: '2026-03-20' },
    ]);
    assert.deepEqual(a.milestones, [{ id: 'launch', name: '上线', date: '2026-03-20', done: false }]);
    assert.equal(m.plans[0]!.critical, 0, 'a done task is not counted');
  });

  it('marks a plan whose finish passes its deadline late', () => {
    const late = planText('l', ['id: long, start: 2026-03-02, duration: 20d']).replace('start: 2026-03-02}', 'start: 2026-03-02, end: 2026-03-13}');
    const ws = checkWorkspace({ 'org.xproj.yaml': ORG, 'l.xproj.yaml': late });
    const row = getPortfolioView(ws.analyses.get('l.xproj.yaml')!, []).plans[0]!;
    assert.deepEqual([row.deadline, row.finish, row.late], ['2026-03-13', '2026-03-27', true]);
  });
});
