import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../../helpers/plan';

const HEAD = ['xproj: 1', 'project: {id: p, name: P, start: 2026-03-02, owner: a, manager: a}', 'people: [{id: a, name: A}]', 'risks:'];

describe('risk-no-contingency', () => {
  it('reports high risks that are not closed and have no contingency plan', () => {
    const a = check(
      [
        ...HEAD,
        '  - {id: r15, title: T, likelihood: 3, impact: 5, owner: a}', // 5: exactly 15 is high
        '  - {id: r-occurred, likelihood: 5, impact: 5, owner: a, status: occurred, contingency: ""}', // 6
        '  - {id: r-blank, likelihood: 4, impact: 4, owner: a, status: open, contingency: "  "}', // 7
      ].join('\n'),
    );
    assert.deepEqual(spansOf(a, 'risk-no-contingency'), [
      ['r15', 5],
      ['r-occurred', 6],
      ['r-blank', 7],
    ]);
    const f = findings(a, 'risk-no-contingency')[0]!;
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, "High risk 'r15' (score 15, high from 15) has no contingency plan.");
    assert.deepEqual(a.problems.find((p) => p.code === 'risk-no-contingency')?.data, { risk: 'r15' });
  });

  it('ignores risks below 15, closed risks, risks with a plan and unscored risks', () => {
    const a = check(
      [
        ...HEAD,
        '  - {id: r12, likelihood: 3, impact: 4, owner: a}',
        '  - {id: r-closed, likelihood: 5, impact: 5, owner: a, status: closed}',
        '  - {id: r-planned, likelihood: 5, impact: 5, owner: a, contingency: 备岗人员名单}',
        '  - {id: r-unscored, likelihood: 5, owner: a}',
      ].join('\n'),
    );
    assert.deepEqual(spansOf(a, 'risk-no-contingency'), []);
  });

  it('speaks Chinese', () => {
    const a = check([...HEAD, '  - {id: 人员流失, likelihood: 4, impact: 4, owner: a}'].join('\n'), { locale: 'zh-cn' });
    assert.deepEqual(
      findings(a, 'risk-no-contingency').map((f) => f.message),
      ['高风险“人员流失”（评分 16，15 分及以上为高风险）没有应急预案。'],
    );
  });
});
