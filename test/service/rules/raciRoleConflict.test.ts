import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../../helpers/plan';
import { plan, problemsOf, relatedOf } from './responsibilityFixtures';

const CODE = 'raci-role-conflict';

describe('raci-role-conflict', () => {
  it('reports the later of two letters for one person, related to the earlier', () => {
    const a = check(
      plan(
        'tasks:', // 11
        '  - id: t',
        '    owner: pm',
        '    raci:',
        '      R: [pm, wang-wu]', // 15
        '      A: pm',
        '      C: [wang-wu]', // 17
      ),
    );
    const [f] = findings(a, CODE);
    assert.deepEqual([f!.covers, f!.line, f!.severity], ['wang-wu', 17, 'warning']);
    assert.equal(f!.message, "'wang-wu' is both responsible (R) and consulted (C) on task 't'; give each a single role.");
    const [p] = problemsOf(a, CODE);
    assert.deepEqual(relatedOf(a, p!), [['plan.xproj.yaml', 'wang-wu', 15]]);
    assert.deepEqual(p!.data, { task: 't', id: 'wang-wu', letters: ['R', 'C'] });
  });

  it('goes by position in the text, and covers departments and C with I', () => {
    const a = check(
      plan(
        'tasks:', // 11
        '  - id: t',
        '    owner: pm',
        '    raci:',
        '      I: [market, boss]', // 15
        '      C: [boss]', // 16
        '      A: pm',
        '      R: [market]', // 18
      ),
    );
    assert.deepEqual(spansOf(a, CODE), [
      ['boss', 16],
      ['market', 18],
    ]);
    assert.deepEqual(
      problemsOf(a, CODE).map((p) => p.data?.['letters']),
      [
        ['I', 'C'],
        ['I', 'R'],
      ],
    );
  });

  it('allows A together with R, different ids, and unknown ids (left to unknown-reference)', () => {
    const a = check(
      plan(
        'tasks:',
        '  - {id: t, owner: pm, raci: {R: [pm], A: pm, C: [boss], I: [market]}}',
        '  - {id: u, owner: pm, raci: {A: pm, R: [pm, pm]}}',
        '  - {id: v, owner: pm, raci: {R: [pm], A: pm, C: [ghost], I: [ghost]}}',
      ),
    );
    assert.deepEqual(spansOf(a, CODE), []);
  });

  it('speaks Chinese', () => {
    const a = check(plan('tasks: [{id: 调研, owner: pm, raci: {R: [pm], A: pm, I: [pm]}}]'), { locale: 'zh-cn' });
    assert.deepEqual(
      findings(a, CODE).map((f) => f.message),
      ['“pm”在任务“调研”中同时是 R（执行）和 I（知会），每方只应担任一个角色。'],
    );
  });
});
