import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../../helpers/plan';
import { plan, problemsOf } from './responsibilityFixtures';

const CODE = 'raci-owner-mismatch';

describe('raci-owner-mismatch', () => {
  it("reports an owner who is neither R nor A on the owner's value", () => {
    const a = check(plan('tasks:', '  - id: t', '    owner: zhao-liu', '    raci: {R: [pm], A: boss, C: [zhao-liu]}')); // 13
    const [f] = findings(a, CODE);
    assert.deepEqual([f!.covers, f!.line, f!.severity], ['zhao-liu', 13, 'warning']);
    assert.equal(f!.message, "The owner 'zhao-liu' of task 't' is neither responsible (R) nor accountable (A) in its RACI.");
    assert.deepEqual(problemsOf(a, CODE)[0]!.data, { owner: 'zhao-liu', task: 't' });
  });

  it('accepts an owner who is R, or A only', () => {
    const a = check(plan('tasks:', '  - {id: r, owner: pm, raci: {R: [pm], A: boss}}', '  - {id: a, owner: boss, raci: {R: [pm], A: boss}}'));
    assert.deepEqual(spansOf(a, CODE), []);
  });

  it('reports an owner whose department, not the owner, is R', () => {
    const a = check(plan('tasks:', '  - {id: d, owner: wang-wu, raci: {R: [market], A: boss}}'));
    assert.deepEqual(spansOf(a, CODE), [['wang-wu', 12]]);
  });

  it('does not check inherited owners, unknown owners, or a RACI with neither R nor A', () => {
    const a = check(
      plan(
        'tasks:',
        '  - id: parent',
        '    owner: boss',
        '    raci: {R: [boss], A: boss}',
        '    subtasks: [{id: child, raci: {R: [pm], A: pm}}]',
        '  - {id: ghost, owner: nobody, raci: {R: [pm], A: pm}}',
        '  - {id: bare, owner: boss, raci: {C: [pm]}}',
      ),
    );
    assert.deepEqual(spansOf(a, CODE), []);
  });

  it('speaks Chinese', () => {
    const a = check(plan('tasks: [{id: 调研, owner: boss, raci: {R: [pm], A: pm}}]'), { locale: 'zh-cn' });
    assert.deepEqual(
      findings(a, CODE).map((f) => f.message),
      ['任务“调研”的责任人“boss”在其 RACI 中既不是 R（执行）也不是 A（问责）。'],
    );
  });
});
