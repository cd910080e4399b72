import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../../helpers/plan';

const HEAD = [
  'xproj: 1',
  'project: {id: p, name: P, start: 2026-03-02, status_date: 2026-03-20, owner: a, manager: a}',
  'people: [{id: a, name: A}]',
  'risks:',
];

const PLAN = [
  ...HEAD,
  '  - {id: r-yesterday, owner: a, status: open, next_review: 2026-03-19}', // 5
  '  - {id: r-old, owner: a, next_review: 2026-03-01}', // 6: no status means open
  '  - {id: r-today, owner: a, status: open, next_review: 2026-03-20}', // 7
  '  - {id: r-closed, owner: a, status: closed, next_review: 2026-01-01}', // 8
  '  - {id: r-occurred, owner: a, status: occurred, next_review: 2026-01-01}', // 9
  '  - {id: r-none, owner: a}', // 10
].join('\n');

describe('risk-review-overdue', () => {
  it('reports open risks whose next review is before the status date, on the date', () => {
    const a = check(PLAN);
    assert.deepEqual(spansOf(a, 'risk-review-overdue'), [
      ['2026-03-19', 5],
      ['2026-03-01', 6],
    ]);
    const [first, second] = findings(a, 'risk-review-overdue');
    assert.equal(first!.severity, 'warning');
    assert.equal(first!.message, "Risk 'r-yesterday' was due for review on 2026-03-19, 1 day before the status date (2026-03-20).");
    assert.match(second!.message, /19 days before/);
    assert.deepEqual(a.problems.find((p) => p.code === 'risk-review-overdue')?.data, { risk: 'r-yesterday', nextReview: '2026-03-19' });
  });

  it('takes the status date from the settings over the plan', () => {
    const a = check(PLAN, { settings: { statusDate: '2026-03-10' } });
    assert.deepEqual(spansOf(a, 'risk-review-overdue'), [['2026-03-01', 6]]);
  });

  it('uses today when the plan has no status date', () => {
    const a = check(PLAN.replace('status_date: 2026-03-20, ', ''), { today: '2026-03-02' });
    assert.deepEqual(spansOf(a, 'risk-review-overdue'), [['2026-03-01', 6]]);
  });

  it('speaks Chinese', () => {
    const a = check(PLAN, { locale: 'zh-cn' });
    assert.equal(findings(a, 'risk-review-overdue')[0]!.message, '风险“r-yesterday”应于 2026-03-19 复查，至状态日期（2026-03-20）已超期 1 天。');
  });
});
