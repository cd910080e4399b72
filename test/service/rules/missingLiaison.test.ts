import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../../helpers/plan';
import { ORG, lines, problemsOf, relatedOf } from './responsibilityFixtures';

const CODE = 'missing-liaison';

/** A project with one department that has no liaison (`it`, line 4) and one that has. */
function withDepartments(...body: string[]): string {
  return lines(
    'xproj: 1',
    'project: {id: p, name: P, start: 2026-03-02, owner: boss, manager: boss}',
    'departments:',
    '  - {id: it, name: 信息技术部, head: boss}', // 4
    '  - {id: pmo, name: 项目管理部, head: boss, liaison: boss}',
    'people:',
    '  - {id: boss, department: pmo}',
    '  - {id: dev, department: it}',
    '  - {id: ops, department: it}',
    ...body,
  );
}

describe('missing-liaison', () => {
  it("reports a department named as a task's department on its own id, proposing its head and people", () => {
    const a = check(withDepartments('tasks:', '  - {id: setup, owner: boss, department: it}'));
    const [f] = findings(a, CODE);
    assert.deepEqual([f!.covers, f!.line, f!.severity], ['it', 4, 'warning']);
    assert.equal(f!.message, "Department 'it' takes part in tasks (setup) but has no liaison.");
    assert.deepEqual(problemsOf(a, CODE)[0]!.data, { department: 'it', candidates: ['boss', 'dev', 'ops'] });
  });

  it('reports a department named in any RACI letter, once, listing its tasks', () => {
    const a = check(
      withDepartments(
        'tasks:',
        '  - {id: a, owner: boss, raci: {R: [boss], A: boss, I: [it]}}',
        '  - {id: b, owner: boss, raci: {R: [boss], A: boss, C: [it]}}',
        '  - {id: c, owner: boss, raci: {R: [it], A: boss}}',
        '  - {id: d, owner: boss, department: it}',
      ),
    );
    assert.deepEqual(spansOf(a, CODE), [['it', 4]]);
    assert.equal(findings(a, CODE)[0]!.message, "Department 'it' takes part in tasks (a, b, c, …) but has no liaison.");
  });

  it("leaves alone departments with a liaison, or only named as people's or owners' departments", () => {
    const a = check(withDepartments('tasks:', '  - {id: a, owner: dev, department: pmo, assignees: [ops], raci: {R: [dev], A: boss, C: [pmo]}}'));
    assert.deepEqual(spansOf(a, CODE), []);
  });

  it('reports an imported department without liaison on its first use here, related to its definition', () => {
    const a = check(
      lines(
        'xproj: 1',
        'project: {id: p, name: P, start: 2026-03-02, owner: sun-ba, manager: sun-ba}',
        'imports: [org.xproj.yaml]',
        'tasks:',
        '  - {id: a, owner: sun-ba, raci: {R: [sun-ba], A: sun-ba, C: [finance]}}',
        '  - {id: b, owner: sun-ba, department: teaching}', // 6
        '  - {id: c, owner: sun-ba, department: teaching}',
      ),
      { files: { 'org.xproj.yaml': ORG } },
    );
    assert.deepEqual(spansOf(a, CODE), [['teaching', 6]]);
    const [p] = problemsOf(a, CODE);
    assert.deepEqual(relatedOf(a, p!), [['org.xproj.yaml', 'teaching', 4]]);
    assert.deepEqual(p!.data, { department: 'teaching', candidates: ['sun-ba', 'zhou-jiu'] });
  });

  it('speaks Chinese', () => {
    const a = check(withDepartments('tasks: [{id: 部署, owner: boss, department: it}]'), { locale: 'zh-cn' });
    assert.deepEqual(
      findings(a, CODE).map((f) => f.message),
      ['部门“it”参与了任务（部署），但没有对接人（liaison）。'],
    );
  });
});
