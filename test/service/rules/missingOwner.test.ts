import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../../helpers/plan';
import { lines, plan, problemsOf } from './responsibilityFixtures';

const CODE = 'missing-owner';

describe('missing-owner', () => {
  it('names the task by its name with its id, in both languages', () => {
    const text = plan('tasks:', '  - {id: ground-promotion, name: 宣传推广, department: market}');
    assert.equal(findings(check(text), CODE)[0]!.message, "Task '宣传推广' (ground-promotion) has no owner.");
    assert.equal(findings(check(text, { locale: 'zh-cn' }), CODE)[0]!.message, '任务“宣传推广”（ground-promotion）没有责任人。');
  });

  it("reports an unowned task on its id, proposing its department's head and liaison, then the manager", () => {
    const a = check(plan('tasks:', '  - {id: survey, department: market}')); // 12
    const [f] = findings(a, CODE);
    assert.deepEqual([f!.covers, f!.line, f!.severity], ['survey', 12, 'warning']);
    assert.equal(f!.message, "Task 'survey' has no owner.");
    assert.deepEqual(problemsOf(a, CODE)[0]!.data, {
      kind: 'task',
      id: 'survey',
      candidates: ['wang-wu', 'zhao-liu', 'pm'],
    });
  });

  it('reports a subtask when no ancestor has an owner either, and takes its department from the parent', () => {
    const a = check(
      plan(
        'tasks:', // 11
        '  - id: launch', // 12
        '    department: pmo',
        '    subtasks:',
        '      - id: prepare', // 15
        '        subtasks:',
        '          - {id: book-room}', // 17
      ),
    );
    assert.deepEqual(spansOf(a, CODE), [
      ['launch', 12],
      ['prepare', 15],
      ['book-room', 17],
    ]);
    assert.equal(findings(a, CODE)[2]!.message, "Task 'book-room' has no owner, and neither has any of its parent tasks.");
    assert.deepEqual(problemsOf(a, CODE)[2]!.data?.['candidates'], ['boss', 'pm']);
  });

  it('treats a task whose parent or grandparent has an owner as owned', () => {
    const a = check(
      plan(
        'tasks:',
        '  - id: launch',
        '    owner: boss',
        '    subtasks:',
        '      - id: prepare',
        '        subtasks: [{id: book-room}]',
        '  - {id: other, owner: somebody-unknown}',
      ),
    );
    assert.deepEqual(spansOf(a, CODE), []);
  });

  it('reports a risk without owner on its id, proposing the owners of the tasks it affects', () => {
    const a = check(
      plan(
        'tasks: [{id: t, owner: wang-wu}]', // 11
        'risks:',
        '  - {id: staff-turnover, affects: [t]}', // 13
        '  - {id: owned, owner: boss}',
      ),
    );
    assert.deepEqual(spansOf(a, CODE), [['staff-turnover', 13]]);
    assert.equal(findings(a, CODE)[0]!.message, "Risk 'staff-turnover' has no owner.");
    assert.deepEqual(problemsOf(a, CODE)[0]!.data, {
      kind: 'risk',
      id: 'staff-turnover',
      candidates: ['wang-wu', 'pm'],
    });
  });

  it('reports a project without owner and without manager, once per role, on the project key', () => {
    const a = check(
      lines(
        'xproj: 1',
        'project: {id: p, name: P, start: 2026-03-02, sponsor: market}', // 2
        'departments: [{id: market, head: wang-wu, liaison: wang-wu}]',
        'people: [{id: wang-wu}]',
      ),
    );
    assert.deepEqual(spansOf(a, CODE), [
      ['project', 2],
      ['project', 2],
    ]);
    assert.deepEqual(
      problemsOf(a, CODE).map((p) => p.data),
      [
        { kind: 'project', id: 'p', role: 'owner', candidates: ['wang-wu'] },
        { kind: 'project', id: 'p', role: 'manager', candidates: ['wang-wu'] },
      ],
    );
  });

  it('reports only the missing role, and nothing for a library without a project', () => {
    const a = check(lines('xproj: 1', 'project: {id: p, name: P, start: 2026-03-02, owner: a}', 'people: [{id: a}]'));
    assert.deepEqual(
      problemsOf(a, CODE).map((p) => p.data?.['role']),
      ['manager'],
    );
    assert.deepEqual(spansOf(check(lines('xproj: 1', 'people: [{id: a}]')), CODE), []);
  });

  it('speaks Chinese', () => {
    const a = check(
      lines('xproj: 1', 'project: {id: p, name: P, start: 2026-03-02, owner: a}', 'people: [{id: a}]', 'tasks: [{id: 调研}]', 'risks: [{id: 人员流失}]'),
      { locale: 'zh-cn' },
    );
    assert.deepEqual(
      findings(a, CODE).map((f) => f.message),
      ['项目没有项目经理（manager）。', '任务“调研”没有责任人。', '风险“人员流失”没有负责人。'],
    );
  });
});
