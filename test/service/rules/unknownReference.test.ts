import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../../helpers/plan';
import { ORG, lines, plan, problemsOf } from './responsibilityFixtures';

const CODE = 'unknown-reference';

describe('unknown-reference', () => {
  it('reports an unknown owner on its value and suggests the closest person', () => {
    const a = check(plan('tasks:', '  - {id: t, owner: pn}')); // 12
    const [f] = findings(a, CODE);
    assert.deepEqual([f!.covers, f!.line, f!.severity], ['pn', 12, 'error']);
    assert.equal(f!.message, "Unknown person 'pn' in 'owner'. Did you mean 'pm'?");
    assert.deepEqual(problemsOf(a, CODE)[0]!.data, {
      id: 'pn',
      field: 'owner',
      accepts: ['person'],
      suggestions: ['pm'],
    });
  });

  it('suggests the id of a person or department written by name', () => {
    const a = check(plan('tasks:', '  - {id: t, owner: 李四, department: 市场部}'));
    assert.deepEqual(spansOf(a, CODE), [
      ['李四', 12],
      ['市场部', 12],
    ]);
    assert.deepEqual(
      problemsOf(a, CODE).map((p) => p.data?.['suggestions']),
      [['pm'], ['market']],
    );
  });

  it('names what each field expects', () => {
    const a = check(
      plan(
        'tasks:', // 11
        '  - id: t',
        '    owner: pm',
        '    phase: planing', // 14
        '    depends_on: [nope, {task: nada}]', // 15
        '    raci: {R: [nobody], A: pm}', // 16
        'risks: [{id: r, owner: pm, affects: [tt]}]', // 17
        'meetings: [{id: m, chair: pm, participants: [al]}]', // 18
      ),
    );
    assert.deepEqual(
      findings(a, CODE).map((f) => [f.covers, f.line, f.message]),
      [
        ['planing', 14, "Unknown phase 'planing' in 'phase'."],
        ['nope', 15, "Unknown task 'nope' in 'depends_on'."],
        ['nada', 15, "Unknown task 'nada' in 'depends_on'."],
        ['nobody', 16, "Unknown person or department 'nobody' in 'raci.R'."],
        ['tt', 17, "Unknown task 'tt' in 'affects'. Did you mean 't'?"],
        ['al', 18, "Unknown person or department 'al' in 'participants'. Allowed words: all. Did you mean 'all'?"],
      ],
    );
  });

  it("lists the field's own role words for approvers and escalation", () => {
    const a = check(
      lines(
        'xproj: 1',
        'project: {id: p, name: P, start: 2026-03-02, owner: a, manager: a, escalation: [departmnet, manager, owner]}', // 2
        'people: [{id: a}]',
        'budget:',
        '  approvals: [{up_to: 100, approver: department-head}, {approver: onwer}]', // 5
        '  items: [{id: b, amount: 1, approved_by: finanse}]', // 6
        'changes: [{id: c, approved_by: sponsor}]',
      ),
    );
    assert.deepEqual(
      findings(a, CODE).map((f) => [f.covers, f.line, f.message]),
      [
        [
          'departmnet',
          2,
          "Unknown role word, person or department 'departmnet' in 'escalation'. Allowed words: department, manager, owner, sponsor, committee. Did you mean 'department'?",
        ],
        [
          'onwer',
          5,
          "Unknown role word, person or department 'onwer' in 'approver'. Allowed words: department-head, finance, manager, owner, sponsor. Did you mean 'owner'?",
        ],
        [
          'finanse',
          6,
          "Unknown role word, person or department 'finanse' in 'approved_by'. Allowed words: department-head, finance, manager, owner, sponsor. Did you mean 'finance'?",
        ],
      ],
    );
    assert.deepEqual(problemsOf(a, CODE)[2]!.data?.['accepts'], ['role', 'person', 'department']);
  });

  it('accepts role words, departments as approvers, `all` and ids of every accepted kind', () => {
    const a = check(
      plan(
        'phases: [{id: plan}]',
        'tasks:',
        '  - {id: t, owner: pm, phase: plan, department: market, raci: {R: [market], A: pm, C: [pmo]}}',
        '  - {id: u, owner: pm, depends_on: [t]}',
        'budget:',
        '  approvals: [{up_to: 100, approver: department-head}, {up_to: 200, approver: pmo}, {approver: owner}]',
        '  items: [{id: b, amount: 1, task: t, approved_by: wang-wu}]',
        'meetings: [{id: m, chair: pm, participants: [all, market, boss]}]',
        'changes: [{id: c, requested_by: market, approved_by: sponsor, affects: [u]}]',
      ),
    );
    assert.deepEqual(spansOf(a, CODE), []);
  });

  it('resolves imported people and departments, and suggests them', () => {
    const a = check(plan('imports: [org.xproj.yaml]', 'tasks:', '  - {id: t, owner: sun-ba, department: teaching, raci: {R: [qianqi], A: sun-ba}}'), {
      files: { 'org.xproj.yaml': ORG },
    });
    assert.deepEqual(spansOf(a, CODE), [['qianqi', 13]]);
    assert.deepEqual(problemsOf(a, CODE)[0]!.data?.['suggestions'], ['qian-qi']);
  });

  it('makes no suggestion when nothing is close', () => {
    const a = check(plan('tasks:', '  - {id: t, owner: somebody-else}'));
    assert.deepEqual(spansOf(a, CODE), [['somebody-else', 12]]);
    assert.equal(findings(a, CODE)[0]!.message, "Unknown person 'somebody-else' in 'owner'.");
    assert.deepEqual(problemsOf(a, CODE)[0]!.data?.['suggestions'], []);
  });

  it('reports every broken reference of a large plan, suggesting for the first ones', () => {
    const tasks = Array.from({ length: 1500 }, (_, i) => `  - {id: task-${i}, owner: pm, depends_on: [tsak-${i + 1}]}`);
    const a = check(plan('tasks:', ...tasks));
    const problems = problemsOf(a, CODE);
    assert.equal(problems.length, 1500);
    assert.deepEqual(problems[0]!.data?.['suggestions'], ['task-1']);
  });

  it('speaks Chinese', () => {
    const a = check(plan('tasks:', '  - {id: t, owner: pn, raci: {R: [市场], A: pm}}'), { locale: 'zh-cn' });
    assert.deepEqual(
      findings(a, CODE).map((f) => f.message),
      ['“owner”中引用的人员“pn”不存在。是否指“pm”？', '“raci.R”中引用的人员或部门“市场”不存在。是否指“market”？'],
    );
  });
});
