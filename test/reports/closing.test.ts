import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { buildReport, renderReport } from '../../server/src/service';
import type { ClosingReport, WeeklyReport } from '../../server/src/service';
import { check } from '../helpers/plan';

const PLAN = `xproj: 1
project:
  id: p
  name: P
  owner: boss
  manager: pm
  start: 2026-03-02
  end: 2026-03-31
  status_date: 2026-03-20
  baseline: v1
  goals:
    - {text: 报名 600 人, measure: 已缴费人数, deadline: 2026-06-10}
    - 开放日到场 200 户
  success_criteria: [目标全部达成, 交付物通过验收]
people:
  - {id: boss, name: 老板}
  - {id: pm, name: 经理}
tasks:
  - {id: a, name: 设计, owner: pm, start: 2026-03-02, duration: 5d, status: done, deliverables: [{name: 方案, acceptance: 评审通过}, 纪要]}
  - {id: b, name: 实施, owner: pm, depends_on: [a], duration: 10d, status: in-progress, progress: 50, deliverables: [系统]}
  - {id: c, name: 废弃, owner: pm, duration: 1d, status: cancelled, deliverables: [旧稿]}
  - {id: go, name: 上线, owner: boss, milestone: true, depends_on: [b]}
budget:
  currency: CNY
  total: 1000
  items:
    - {id: i, amount: 800, task: b, approved_by: boss, spent: 300}
changes:
  - {id: CR-1, date: 2026-03-10, summary: 延长实施, requested_by: pm, approved_by: boss, status: approved, affects: [b]}
`;

/** The baseline: implementation was 8 days, so it and the go-live were two working days earlier. */
const BASELINE = PLAN.replace('duration: 10d, status: in-progress', 'duration: 8d, status: in-progress').replace('total: 1000', 'total: 900');

describe('closing report', () => {
  const analysis = check(PLAN, { readBaseline: () => ({ text: BASELINE }) });
  const r = buildReport(analysis, { kind: 'closing', locale: 'en' }) as ClosingReport;

  it('gives the goals with their measures, and the success criteria', () => {
    assert.deepEqual(r.goals, [
      { text: '报名 600 人', measure: '已缴费人数', deadline: '2026-06-10' },
      { text: '开放日到场 200 户', measure: null, deadline: null },
    ]);
    assert.deepEqual(r.success_criteria, ['目标全部达成', '交付物通过验收']);
  });

  it('lists every deliverable with its acceptance standard and whether its task delivered it', () => {
    assert.deepEqual(
      r.deliverables.map((d) => [d.name, d.acceptance, d.task, d.delivered]),
      [
        ['方案', '评审通过', 'a', true],
        ['纪要', null, 'a', true],
        ['系统', null, 'b', false],
        ['旧稿', null, 'c', false],
      ],
    );
  });

  it('compares the schedule and the cost with the baseline', () => {
    // b: 03-09..03-20 planned; forecast from the status date: 5 days left, 03-20..03-26.
    assert.deepEqual(
      { ...r.schedule, tasks_open: [...r.schedule.tasks_open] },
      {
        start: '2026-03-02',
        planned_finish: '2026-03-20',
        forecast_finish: '2026-03-26',
        baseline_finish: '2026-03-18',
        target_end: '2026-03-31',
        delta: 6,
        tasks: 4,
        tasks_done: 1,
        tasks_cancelled: 1,
        tasks_open: ['b', 'go'],
      },
    );
    assert.deepEqual(r.milestones, [{ id: 'go', name: '上线', planned: '2026-03-20', forecast: '2026-03-26', baseline: '2026-03-18', delta: 6 }]);
    assert.deepEqual(r.cost, { currency: 'CNY', total: 1000, committed: 800, spent: 300, baseline_total: 900 });
  });

  it('lists the changes, and leaves headed sections for lessons learned and proposals', () => {
    assert.deepEqual(r.changes, [
      {
        id: 'CR-1',
        date: '2026-03-10',
        summary: '延长实施',
        status: 'approved',
        requested_by: { id: 'pm', name: '经理' },
        approved_by: { id: 'boss', name: '老板' },
        affects: ['b'],
      },
    ]);
    const md = renderReport(r, 'markdown', 'zh-cn');
    assert.match(md, /## 经验教训\n\n\*哪些做得好/);
    assert.match(md, /## 协同改进建议\n\n\*下一个跨部门项目/);
    assert.match(md, /\| 2026-03-02 \| 2026-03-31 \| 2026-03-20 \| 2026-03-26 \| 2026-03-18 \| 延后 6 个工作日 \|/);
  });

  it("shows the baseline's milestone dates and the critical path's change in the weekly report", () => {
    const w = buildReport(analysis, { kind: 'weekly', locale: 'en' }) as WeeklyReport;
    assert.deepEqual(w.milestones, [{ id: 'go', planned: '2026-03-20', forecast: '2026-03-26', baseline: '2026-03-18' }]);
    assert.deepEqual(w.critical_path.added, []);
    assert.deepEqual(w.critical_path.removed, []);
    assert.deepEqual(w.critical_path.finish, { planned: '2026-03-20', forecast: '2026-03-26', baseline: '2026-03-18' });
  });
});
