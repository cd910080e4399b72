import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { buildReport, renderReport } from '../../server/src/service';
import type { FundsReport } from '../../server/src/service';
import { check } from '../helpers/plan';

const PLAN = `xproj: 1
project: {id: p, name: P, owner: boss, manager: pm, start: 2026-03-02, status_date: 2026-03-20}
departments:
  - {id: ops, name: 运营部, head: head, liaison: head}
  - {id: finance, name: 财务部, head: cfo, liaison: cfo}
phases:
  - {id: build, name: 建设阶段}
people:
  - {id: boss, name: 老板, department: ops}
  - {id: pm, name: 经理, department: ops}
  - {id: head, name: 部长, department: ops}
  - {id: cfo, name: 财务总监, department: finance}
tasks:
  - id: w
    name: 工作包
    phase: build
    owner: pm
    department: ops
    subtasks:
      - {id: t1, owner: head, duration: 2d}
  - {id: t2, owner: pm, department: finance, duration: 1d}
budget:
  currency: CNY
  total: 250000
  approvals:
    - {up_to: 10000, approver: department-head}
    - {up_to: 100000, approver: finance}
    - {approver: owner}
  items:
    - {id: i1, name: 物料, amount: 5000, task: t1, approved_by: department-head, spent: 1000}
    - {id: i2, name: 场地, amount: 50000, task: t2}
    - {id: i3, name: 投放, amount: 200000, task: t1, approved_by: cfo, spent: 50000}
    - {id: i4, name: 杂项, amount: 20000, approved_by: head}
`;

function funds(text: string): FundsReport {
  return buildReport(check(text), { kind: 'funds', locale: 'en' }) as FundsReport;
}

describe('funds report', () => {
  const f = funds(PLAN);

  it('gives the contract fields: totals, items with their required level, pending ids', () => {
    assert.equal(f.kind, 'funds');
    assert.equal(f.currency, 'CNY');
    assert.equal(f.total, 250000);
    assert.equal(f.committed, 275000);
    assert.equal(f.spent, 51000);
    assert.deepEqual(
      f.items.map((i) => ({ id: i.id, amount: i.amount, approved_by: i.approved_by, spent: i.spent, level_required: i.level_required })),
      [
        { id: 'i1', amount: 5000, approved_by: 'department-head', spent: 1000, level_required: 'department-head' },
        { id: 'i2', amount: 50000, approved_by: null, spent: null, level_required: 'finance' },
        { id: 'i3', amount: 200000, approved_by: 'cfo', spent: 50000, level_required: 'owner' },
        { id: 'i4', amount: 20000, approved_by: 'head', spent: null, level_required: 'finance' },
      ],
    );
  });

  it('counts as pending exactly the items approval-missing reports', () => {
    // i2 has no approver; i3 needs the owner, and the head of finance reaches only finance; i4's head reaches department-head only.
    assert.deepEqual(f.pending, ['i2', 'i3', 'i4']);
    assert.deepEqual(
      f.items.map((i) => i.approval),
      ['ok', 'missing', 'too-low', 'too-low'],
    );
    const reported = check(PLAN)
      .problems.filter((p) => p.code === 'approval-missing')
      .map((p) => p.data?.['item']);
    assert.deepEqual(reported, f.pending);
  });

  it('gives remaining per item and against the total, and the reserve (negative: over budget)', () => {
    assert.deepEqual(
      f.items.map((i) => i.remaining),
      [4000, 50000, 150000, 20000],
    );
    assert.equal(f.remaining, 199000);
    assert.equal(f.reserve, -25000);
    assert.ok(
      f.notices.some((n) => n.kind === 'plan-problems'),
      'budget-exceeded and approval-missing are noticed',
    );
  });

  it('sums by phase (inherited from the summary) and by department, the unassigned last', () => {
    assert.deepEqual(f.by_phase, [
      { id: 'build', name: '建设阶段', amount: 205000, spent: 51000, items: 2 },
      { id: null, name: null, amount: 70000, spent: 0, items: 2 },
    ]);
    assert.deepEqual(f.by_department, [
      { id: 'ops', name: '运营部', amount: 205000, spent: 51000, items: 2 },
      { id: 'finance', name: '财务部', amount: 50000, spent: 0, items: 1 },
      { id: null, name: null, amount: 20000, spent: 0, items: 1 },
    ]);
  });

  it("names the person a role word stands for: the head of the department of the item's task", () => {
    assert.deepEqual([f.items[0]?.approver, f.items[0]?.approver_role], [{ id: 'head', name: '部长' }, 'department-head']);
    assert.deepEqual([f.items[2]?.approver, f.items[2]?.approver_role], [{ id: 'cfo', name: '财务总监' }, null]);
    assert.match(renderReport(f, 'markdown', 'en'), /\| 物料 \(i1\) \| 5,000 CNY \| department head \| department head: 部长 \(head\) \| ok \|/);
  });

  it('names approvers in Markdown, and flags what waits for approval', () => {
    const md = renderReport(f, 'markdown', 'zh-cn');
    assert.match(md, /\| 投放（i3） \| 200,000 CNY \| 项目总负责人 \| 财务总监（cfo） \| \*\*审批级别不足\*\* \|/);
    assert.match(md, /## 待审批的预算项\n\n- 场地（i2） — 50,000 CNY，未审批 → 财务部/);
  });

  it('is still produced for a plan without a budget, with a notice', () => {
    const none = funds('xproj: 1\nproject: {id: p, name: P, start: 2026-03-02, status_date: 2026-03-20}\n');
    assert.deepEqual([none.total, none.committed, none.spent, none.items, none.pending], [null, 0, 0, [], []]);
    assert.ok(none.notices.some((n) => n.kind === 'no-budget'));
    assert.match(renderReport(none, 'markdown', 'en'), /> The plan has no budget\./);
  });
});
