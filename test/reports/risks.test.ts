import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { buildReport, renderReport } from '../../server/src/service';
import type { RisksReport } from '../../server/src/service';
import { check } from '../helpers/plan';

const HEAD = `xproj: 1
project: {id: p, name: P, owner: boss, manager: pm, start: 2026-03-02, status_date: 2026-03-20, baseline: v1}
people:
  - {id: boss, name: 老板}
  - {id: pm, name: 经理}
tasks:
  - {id: t, owner: pm, duration: 1d}
`;

const PLAN = `${HEAD}risks:
  - {id: low, title: 小风险, likelihood: 1, impact: 2, owner: pm, next_review: 2026-04-01}
  - {id: high, title: 大风险, likelihood: 4, impact: 4, owner: boss, contingency: 备选方案, next_review: 2026-03-10}
  - {id: bare, title: 无预案, likelihood: 5, impact: 3, owner: pm, next_review: 2026-03-25}
  - {id: mid, title: 中风险, likelihood: 2, impact: 4, next_review: 2026-03-19}
  - {id: unrated, title: 未评估, owner: pm}
  - {id: gone, title: 已关闭, likelihood: 5, impact: 5, owner: pm, status: closed, next_review: 2026-03-01}
`;

const BASELINE = `${HEAD}risks:
  - {id: low, likelihood: 1, impact: 2, owner: pm}
  - {id: high, likelihood: 4, impact: 4, owner: boss}
  - {id: mid, likelihood: 2, impact: 4}
  - {id: gone, likelihood: 5, impact: 5, owner: pm}
`;

function risks(withBaseline: boolean): RisksReport {
  const analysis = check(PLAN, withBaseline ? { readBaseline: () => ({ text: BASELINE }) } : {});
  return buildReport(analysis, { kind: 'risks', locale: 'en' }) as RisksReport;
}

describe('risks report', () => {
  const r = risks(true);

  it('gives the register highest score first, with the contract fields', () => {
    assert.deepEqual(
      r.risks.map((k) => ({ id: k.id, score: k.score, level: k.level, owner: k.owner, next_review: k.next_review, review_overdue: k.review_overdue })),
      [
        { id: 'gone', score: 25, level: 'high', owner: 'pm', next_review: '2026-03-01', review_overdue: false },
        { id: 'high', score: 16, level: 'high', owner: 'boss', next_review: '2026-03-10', review_overdue: true },
        { id: 'bare', score: 15, level: 'high', owner: 'pm', next_review: '2026-03-25', review_overdue: false },
        { id: 'mid', score: 8, level: 'medium', owner: null, next_review: '2026-03-19', review_overdue: true },
        { id: 'low', score: 2, level: 'low', owner: 'pm', next_review: '2026-04-01', review_overdue: false },
        { id: 'unrated', score: null, level: 'unrated', owner: 'pm', next_review: null, review_overdue: false },
      ],
    );
  });

  it('lists overdue reviews and open high risks without a contingency plan', () => {
    assert.deepEqual(r.reviews_overdue, ['high', 'mid']);
    assert.deepEqual(r.high_without_contingency, ['bare']);
  });

  it('tells new and closed risks from the baseline, and cannot without one', () => {
    assert.deepEqual(r.new_since_review, ['bare', 'unrated']);
    assert.deepEqual(r.closed_since_review, ['gone']);
    const without = risks(false);
    assert.equal(without.new_since_review, null);
    assert.equal(without.closed_since_review, null);
    assert.ok(without.notices.some((n) => n.kind === 'no-baseline'));
  });

  it('says who owns what, by name, the unowned last', () => {
    assert.deepEqual(r.by_owner, [
      { owner: { id: 'pm', name: '经理' }, risks: ['gone', 'bare', 'low', 'unrated'] },
      { owner: { id: 'boss', name: '老板' }, risks: ['high'] },
      { owner: null, risks: ['mid'] },
    ]);
    const md = renderReport(r, 'markdown', 'en');
    assert.match(md, /\| 大风险 \(high\) \| 16 \| \*\*high\*\* \| 老板 \(boss\) \| — \| open \| \*\*2026-03-10 \(overdue\)\*\* \|/);
    assert.match(md, /- 经理 \(pm\): gone, bare, low, unrated/);
  });
});
