import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { buildReport } from '../../server/src/service';
import type { WeeklyReport } from '../../server/src/service';
import { check } from '../helpers/plan';

/** Status date Friday 2026-03-20: the period is 03-13..03-19, next 03-20..03-26. */
const PLAN = `xproj: 1
project:
  id: p
  name: P
  owner: boss
  manager: pm
  start: 2026-03-02
  status_date: 2026-03-20
  escalation: [department, manager, owner]
departments:
  - {id: ops, name: 运营部, head: head, liaison: head}
people:
  - {id: boss, name: 老板, department: ops}
  - {id: pm, name: 经理, department: ops}
  - {id: head, name: 部长, department: ops}
  - {id: dev, name: 开发, department: ops}
tasks:
  - {id: a, name: A, owner: dev, department: ops, start: 2026-03-16, duration: 2d, status: done}
  - {id: b, owner: dev, department: ops, start: 2026-03-09, duration: 1d, status: done}
  - {id: c, owner: dev, department: ops, start: 2026-03-23, duration: 2d}
  - {id: d, owner: head, department: ops, start: 2026-03-16, duration: 2d, status: in-progress, progress: 50}
  - {id: e, owner: dev, department: ops, start: 2026-03-19, duration: 5d, status: blocked}
  - {id: f, owner: dev, department: ops, start: 2026-03-20, duration: 1d}
  - {id: g, owner: dev, department: ops, start: 2026-03-12, duration: 1d, status: cancelled}
  - {id: m1, name: M1, owner: pm, milestone: true, start: 2026-04-10}
  - {id: m2, owner: pm, milestone: true, start: 2026-04-20}
risks:
  - {id: r1, title: R1, likelihood: 3, impact: 5, owner: pm, contingency: x, next_review: 2026-03-26}
  - {id: r2, likelihood: 1, impact: 1, owner: pm, next_review: 2026-03-27}
  - {id: r3, likelihood: 1, impact: 1, owner: pm, next_review: 2026-03-01, status: closed}
  - {id: r4, likelihood: 2, impact: 2, owner: pm, next_review: 2026-03-10}
changes:
  - {id: CR-1, summary: x, status: requested}
  - {id: CR-2, summary: y, status: approved, approved_by: boss}
  - {id: CR-3, summary: z, status: rejected}
  - {id: CR-4, summary: w}
  - {id: CR-5, summary: v, approved_by: boss}
  - {id: CR-6, summary: u, status: implemented, approved_by: boss}
  - {id: CR-7, summary: t, status: proposed}
`;

function weekly(text: string, today?: string): WeeklyReport {
  return buildReport(check(text, today ? { today } : {}), { kind: 'weekly', locale: 'en' }) as WeeklyReport;
}

describe('weekly report', () => {
  const w = weekly(PLAN);

  it('covers the seven days before the status date and the seven from it', () => {
    assert.deepEqual(w.period, { from: '2026-03-13', to: '2026-03-19' });
    assert.deepEqual(w.next, { from: '2026-03-20', to: '2026-03-26' });
    assert.equal(w.status_date, '2026-03-20');
    assert.equal(w.status_date_source, 'plan');
  });

  it('lists done, due, overdue and blocked tasks exactly', () => {
    // b ended before the period; g is cancelled, not done; c, e and f end within next.
    assert.deepEqual(w.done, ['a']);
    assert.deepEqual(w.due, ['c', 'e', 'f']);
    assert.deepEqual(w.overdue, ['d']);
    assert.deepEqual(w.blocked, ['e']);
  });

  it("escalates each overdue or blocked task to the path's first step that is not its owner", () => {
    // d is owned by the head of ops, so it skips the department step and goes to the manager.
    assert.deepEqual(
      w.escalations.map((e) => [e.task, e.to, e.step, e.to_name]),
      [
        ['d', 'pm', 'manager', '经理'],
        ['e', 'head', 'department', '部长'],
      ],
    );
  });

  it('shows milestones of the next four weeks with planned, forecast and baseline dates', () => {
    assert.deepEqual(w.milestones, [{ id: 'm1', planned: '2026-04-10', forecast: '2026-04-10', baseline: null }]);
  });

  it('lists open risks reviewed by the end of next, and changes not yet decided', () => {
    assert.deepEqual(w.risks_due, ['r1', 'r4']);
    assert.deepEqual(w.changes_pending, ['CR-1', 'CR-4', 'CR-7']);
  });

  it('measures earned value in working days when no budget item names a task', () => {
    // PV: a 2 + b 1 + d 2 + e 1 (of 5) = 6; EV: a 2 + b 1 + d 1 = 4; cancelled g counts for nothing.
    assert.deepEqual(w.earned_value, { pv: 6, ev: 4, spi: 0.67, ac: null, cpi: null, unit: 'working-days', bac: 13 });
  });

  it('measures earned value in money, with AC and CPI, where items name tasks and record spent', () => {
    const costed = weekly(
      `${PLAN}budget:\n  currency: CNY\n  total: 10000\n  items:\n    - {id: i1, amount: 1000, task: a, spent: 800, approved_by: boss}\n    - {id: i2, amount: 3000, task: e, spent: 500, approved_by: boss}\n`,
    );
    // PV 1000 + 3000 × 1/5; EV 1000 (a done, e at 0%); AC 800 + 500.
    assert.deepEqual(costed.earned_value, { pv: 1600, ev: 1000, spi: 0.63, ac: 1300, cpi: 0.77, unit: 'CNY', bac: 4000 });
  });

  it('names the people of every listed task and gives the forecast beside the plan', () => {
    assert.deepEqual(w.tasks['d']?.owner, { id: 'head', name: '部长' });
    assert.deepEqual(w.tasks['d']?.department, { id: 'ops', name: '运营部' });
    // e is blocked: its five days are done from the status date on.
    assert.equal(w.tasks['e']?.planned_end, '2026-03-25');
    assert.equal(w.tasks['e']?.forecast_end, '2026-03-26');
  });

  it('gives the critical path as open tasks, and no change without a baseline', () => {
    assert.equal(w.critical_path.added, null);
    assert.equal(w.critical_path.removed, null);
    assert.ok(w.critical_path.open.includes('m2'));
  });

  it('uses today, and says so, when the plan has no status date', () => {
    const undated = weekly(PLAN.replace('  status_date: 2026-03-20\n', ''), '2026-03-27');
    assert.equal(undated.status_date, '2026-03-27');
    assert.equal(undated.status_date_source, 'today');
    assert.ok(undated.notices.some((n) => n.kind === 'no-status-date'));
    assert.deepEqual(undated.period, { from: '2026-03-20', to: '2026-03-26' });
  });

  it('has no weekly meeting section content without one, and the agenda with one', () => {
    assert.equal(w.meeting, null);
    const met = weekly(`${PLAN}meetings:\n  - {id: wk, name: 周例会, cadence: weekly, day: mon, time: "10:00-11:00", chair: pm, description: 进展与阻塞}\n`);
    assert.deepEqual(met.meeting, {
      id: 'wk',
      name: '周例会',
      agenda: '进展与阻塞',
      date: '2026-03-23',
      time: '10:00-11:00',
      form: null,
      chair: { id: 'pm', name: '经理' },
    });
  });
});
