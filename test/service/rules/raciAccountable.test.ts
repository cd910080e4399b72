import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../../helpers/plan';
import { plan, problemsOf, relatedOf } from './responsibilityFixtures';

describe('raci-no-accountable', () => {
  const CODE = 'raci-no-accountable';

  it('reports a RACI without A on the raci key, proposing the owner and the responsible people', () => {
    const a = check(plan('tasks:', '  - id: t', '    owner: pm', '    raci: {R: [wang-wu, market], C: [boss]}')); // 14
    const [f] = findings(a, CODE);
    assert.deepEqual([f!.covers, f!.line, f!.severity], ['raci', 14, 'warning']);
    assert.equal(f!.message, "The RACI of task 't' names no accountable (A).");
    assert.deepEqual(problemsOf(a, CODE)[0]!.data, { task: 't', candidates: ['pm', 'wang-wu'] });
  });

  it('leaves alone tasks with one A, and tasks without a RACI', () => {
    const a = check(plan('tasks:', '  - {id: t, owner: pm, raci: {R: [pm], A: pm}}', '  - {id: u, owner: pm}'));
    assert.deepEqual(spansOf(a, CODE), []);
  });
});

describe('raci-multiple-accountable', () => {
  const CODE = 'raci-multiple-accountable';

  it('reports each A after the first, related to the first', () => {
    const a = check(plan('tasks:', '  - id: t', '    owner: pm', '    raci: {R: [pm], A: [pm, boss, wang-wu]}')); // 14
    assert.deepEqual(spansOf(a, CODE), [
      ['boss', 14],
      ['wang-wu', 14],
    ]);
    const [p] = problemsOf(a, CODE);
    assert.equal(p!.severity, 'error');
    assert.equal(p!.message, "'boss' is a second accountable (A) on task 't': exactly one may be accountable.");
    assert.deepEqual(relatedOf(a, p!), [['plan.xproj.yaml', 'pm', 14]]);
    assert.deepEqual(p!.data, { task: 't', id: 'boss', first: 'pm' });
  });

  it('does not count the same person written twice', () => {
    const a = check(plan('tasks:', '  - {id: t, owner: pm, raci: {R: [pm], A: [pm, pm]}}'));
    assert.deepEqual(spansOf(a, CODE), []);
  });
});

describe('raci-accountable-not-person', () => {
  const CODE = 'raci-accountable-not-person';

  it("reports a department as A on the entry, naming the department's head", () => {
    const a = check(plan('tasks:', '  - {id: t, owner: pm, raci: {R: [pm], A: market}}')); // 12
    const [f] = findings(a, CODE);
    assert.deepEqual([f!.covers, f!.line, f!.severity], ['market', 12, 'warning']);
    assert.equal(f!.message, "The accountable (A) of task 't' is the department 'market', not a person. Its head is 'wang-wu'.");
    assert.deepEqual(problemsOf(a, CODE)[0]!.data, { task: 't', department: 'market', head: 'wang-wu' });
  });

  it('gives a null head for a department without one', () => {
    const headless = plan('tasks:', '  - {id: t, owner: pm, raci: {R: [pm], A: [pm, market]}}').replace('head: wang-wu, ', '');
    const a = check(headless);
    assert.deepEqual(spansOf(a, CODE), [['market', 12]]);
    assert.deepEqual(problemsOf(a, CODE)[0]!.data?.['head'], null);
  });

  it('leaves people and unknown ids alone', () => {
    const a = check(plan('tasks:', '  - {id: t, owner: pm, raci: {R: [market], A: boss}}', '  - {id: u, owner: pm, raci: {R: [pm], A: nobody}}'));
    assert.deepEqual(spansOf(a, CODE), []);
  });
});

describe('RACI accountable messages', () => {
  it('speak Chinese', () => {
    const a = check(plan('tasks:', '  - {id: 调研, owner: pm, raci: {R: [pm]}}', '  - {id: 设计, owner: pm, raci: {R: [pm], A: [market, boss]}}'), {
      locale: 'zh-cn',
    });
    assert.deepEqual(
      findings(a)
        .filter((f) => f.code.startsWith('raci-'))
        .map((f) => f.message),
      [
        '任务“调研”的 RACI 没有指定 A（问责人）。',
        '任务“设计”的 A（问责人）是部门“market”，而不是具体的人。该部门负责人是“wang-wu”。',
        '“boss”是任务“设计”的又一个 A（问责人）：A 只能有一个，否则会多头指挥。',
      ],
    );
  });
});
