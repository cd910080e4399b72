import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../../helpers/plan';
import { plan, problemsOf } from './responsibilityFixtures';

const CODE = 'raci-no-responsible';

describe('raci-no-responsible', () => {
  it('reports a RACI without R on the raci key, proposing the owner and the assignees', () => {
    const a = check(
      plan(
        'tasks:', // 11
        '  - id: t',
        '    owner: pm',
        '    assignees: [wang-wu, {person: zhao-liu, load: 0.5}]',
        '    raci:', // 15
        '      A: pm',
        '      C: [market]',
      ),
    );
    const [f] = findings(a, CODE);
    assert.deepEqual([f!.covers, f!.line, f!.severity], ['raci', 15, 'warning']);
    assert.equal(f!.message, "The RACI of task 't' names no responsible (R): nobody is set to do the work.");
    assert.deepEqual(problemsOf(a, CODE)[0]!.data, { task: 't', candidates: ['pm', 'wang-wu', 'zhao-liu'] });
  });

  it('reports an empty R list too', () => {
    const a = check(plan('tasks:', '  - {id: t, owner: pm, raci: {R: [], A: pm}}'));
    assert.deepEqual(spansOf(a, CODE), [['raci', 12]]);
  });

  it('accepts a person or a department as R, and tasks without a RACI', () => {
    const a = check(
      plan('tasks:', '  - {id: t, owner: pm, raci: {R: pm, A: pm}}', '  - {id: u, owner: pm, raci: {R: [market], A: pm}}', '  - {id: v, owner: pm}'),
    );
    assert.deepEqual(spansOf(a, CODE), []);
  });

  it('speaks Chinese', () => {
    const a = check(plan('tasks: [{id: 调研, owner: pm, raci: {A: pm}}]'), { locale: 'zh-cn' });
    assert.deepEqual(
      findings(a, CODE).map((f) => f.message),
      ['任务“调研”的 RACI 没有指定 R（执行人）：没有人负责具体执行。'],
    );
  });
});
