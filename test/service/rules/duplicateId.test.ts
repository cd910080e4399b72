import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../../helpers/plan';
import { ORG, lines, plan, problemsOf, relatedOf } from './responsibilityFixtures';

const CODE = 'duplicate-id';

describe('duplicate-id', () => {
  it('reports a second task with the same id on its id value, related to the first', () => {
    const a = check(
      plan(
        'tasks:', // 11
        '  - id: design', // 12
        '    owner: pm',
        '    subtasks:',
        '      - {id: design, owner: pm}', // 15
      ),
    );
    assert.deepEqual(spansOf(a, CODE), [['design', 15]]);
    const [p] = problemsOf(a, CODE);
    assert.equal(p!.severity, 'error');
    assert.deepEqual(p!.data, { kind: 'task', id: 'design' });
    assert.deepEqual(relatedOf(a, p!), [['plan.xproj.yaml', 'design', 12]]);
    assert.match(p!.message, /task id 'design'/);
  });

  it('reports every definition after the first, for each kind', () => {
    const a = check(
      lines(
        'xproj: 1', // 1
        'project: {id: p, name: P, start: 2026-03-02, owner: a, manager: a}',
        'departments: [{id: d, liaison: a}, {id: d, liaison: a}]', // 3
        'people: [{id: a}, {id: a}, {id: a}]', // 4
        'phases: [{id: ph}, {id: ph}]', // 5
        'tasks: [{id: t, owner: a}, {id: t, owner: a}]', // 6
        'risks: [{id: r, owner: a}, {id: r, owner: a}]', // 7
        'budget: {items: [{id: b, amount: 1, approved_by: owner}, {id: b, amount: 1, approved_by: owner}]}', // 8
        'meetings: [{id: m, chair: a}, {id: m, chair: a}]', // 9
        'changes: [{id: c, approved_by: a}, {id: c, approved_by: a}]', // 10
      ),
    );
    assert.deepEqual(spansOf(a, CODE), [
      ['d', 3],
      ['a', 4],
      ['a', 4],
      ['ph', 5],
      ['t', 6],
      ['r', 7],
      ['b', 8],
      ['m', 9],
      ['c', 10],
    ]);
    assert.deepEqual(
      problemsOf(a, CODE).map((p) => p.data?.['kind']),
      ['department', 'person', 'person', 'phase', 'task', 'risk', 'budgetItem', 'meeting', 'change'],
    );
    // The two later `a`s are the 2nd and 3rd definitions, not the first.
    const firstA = a.text.indexOf('{id: a}') + 5;
    assert.ok(
      problemsOf(a, CODE)
        .filter((p) => p.data?.['kind'] === 'person')
        .every((p) => p.span.offset > firstA),
    );
  });

  it('accepts the same id used for things of different kinds', () => {
    const a = check(plan('phases: [{id: pm}]', 'tasks: [{id: pm, owner: pm}]', 'risks: [{id: pm, owner: pm}]', 'meetings: [{id: pm, chair: pm}]'));
    assert.deepEqual(spansOf(a, CODE), []);
  });

  it('reports a local definition that repeats an imported one on the local one', () => {
    const a = check(
      lines(
        'xproj: 1',
        'project: {id: p, name: P, start: 2026-03-02, owner: sun-ba, manager: sun-ba}',
        'imports: [org.xproj.yaml]',
        'phases: [{id: qian-qi}]', // a phase, not the imported person
        'people:',
        '  - {id: sun-ba, name: 孙八}', // 6
      ),
      { files: { 'org.xproj.yaml': ORG } },
    );
    assert.deepEqual(spansOf(a, CODE), [['sun-ba', 6]]);
    const [p] = problemsOf(a, CODE);
    assert.deepEqual(relatedOf(a, p!), [['org.xproj.yaml', 'sun-ba', 7]]);
    assert.match(p!.message, /already defined in 'org\.xproj\.yaml'/);
    assert.deepEqual(p!.data, { kind: 'person', id: 'sun-ba' });
  });

  it('reports two imported files that define the same id on the later import', () => {
    const other = lines('xproj: 1', 'people:', '  - {id: qian-qi, name: 另一个钱七}');
    const a = check(plan('imports:', '  - org.xproj.yaml', '  - other.xproj.yaml'), {
      files: { 'org.xproj.yaml': ORG, 'other.xproj.yaml': other },
    });
    assert.deepEqual(spansOf(a, CODE), [['other.xproj.yaml', 13]]);
    const [p] = problemsOf(a, CODE);
    assert.deepEqual(relatedOf(a, p!), [
      ['org.xproj.yaml', 'qian-qi', 6],
      ['other.xproj.yaml', 'qian-qi', 3],
    ]);
  });

  it("leaves a duplicate inside an imported file to that file's own check", () => {
    const org = lines('xproj: 1', 'people: [{id: x}, {id: x}]');
    const a = check(plan('imports: [org.xproj.yaml]'), { files: { 'org.xproj.yaml': org } });
    assert.deepEqual(spansOf(a, CODE), []);
  });

  it('speaks Chinese', () => {
    const a = check(plan('tasks: [{id: t, owner: pm}, {id: t, owner: pm}]'), { locale: 'zh-cn' });
    assert.deepEqual(
      findings(a, CODE).map((f) => f.message),
      ['任务 ID“t”重复：本计划中已有同名定义。'],
    );
    assert.deepEqual(
      problemsOf(a, CODE)[0]!.related?.map((r) => r.message),
      ['“t”首次定义于此。'],
    );
  });
});
