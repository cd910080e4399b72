import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../../helpers/plan';

const ORG = [
  'xproj: 1',
  'project: {id: p, name: P, start: 2026-03-02, owner: boss, manager: pm, sponsor: market}',
  'departments:',
  '  - {id: finance, name: 财务部, head: cfo, liaison: cfo}',
  '  - {id: market, name: 市场部, head: mkt, liaison: mkt}',
  'people:',
  '  - {id: boss, name: 老板}',
  '  - {id: pm, name: 项目经理}',
  '  - {id: cfo, name: 财务总监, department: finance}',
  '  - {id: mkt, name: 市场总监, department: market}',
  '  - {id: clerk, name: 会计, department: finance}',
  'budget:',
  '  currency: CNY',
  '  total: 10000000',
]; // 14 lines

const LEVELS = [
  '  approvals:',
  '    - {up_to: 10000, approver: department-head}',
  '    - {up_to: 100000, approver: finance}',
  '    - {approver: owner}',
  '  items:',
]; // lines 15-19; items from line 20

function plan(levels: readonly string[], ...items: string[]): string {
  return [...ORG, ...levels, ...items.map((i) => `    - ${i}`)].join('\n');
}

function dataOf(text: string, covers: string): unknown {
  const a = check(text);
  return a.problems.find((p) => p.code === 'approval-missing' && a.text.slice(p.span.offset, p.span.offset + p.span.length) === covers)?.data;
}

describe('approval-missing', () => {
  it('reports an item without approved_by on its id, naming the level its amount needs', () => {
    const text = plan(LEVELS, '{id: i1, amount: 5000}', '{id: i2, amount: 20000}');
    const a = check(text);
    assert.deepEqual(spansOf(a, 'approval-missing'), [
      ['i1', 20],
      ['i2', 21],
    ]);
    const [f1, f2] = findings(a, 'approval-missing');
    assert.equal(f1!.severity, 'warning');
    assert.equal(f1!.message, "Budget item 'i1' (5,000 CNY) has no approver (approved_by); its amount needs approval by 'department-head'.");
    assert.match(f2!.message, /needs approval by 'finance'/);
    assert.deepEqual(dataOf(text, 'i2'), { item: 'i2', required: 'finance' });
  });

  it('reports approvals below the required level, on the approved_by value', () => {
    const text = plan(
      LEVELS,
      '{id: i1, amount: 10001, approved_by: department-head}', // 20
      '{id: i2, amount: 10001, approved_by: mkt}', // 21: a department head
      '{id: i3, amount: 100001, approved_by: cfo}', // 22: head of finance, below owner
      '{id: i4, amount: 100001, approved_by: finance}', // 23
    );
    const a = check(text);
    assert.deepEqual(spansOf(a, 'approval-missing'), [
      ['department-head', 20],
      ['mkt', 21],
      ['cfo', 22],
      ['finance', 23],
    ]);
    assert.equal(
      findings(a, 'approval-missing')[1]!.message,
      "Budget item 'i2' (10,001 CNY) needs approval by 'finance' or higher, but 'mkt' approves only at the 'department-head' level.",
    );
    assert.deepEqual(dataOf(text, 'cfo'), { item: 'i3', required: 'owner' });
  });

  it('accepts the level whose up_to equals the amount, higher levels, and people holding the role', () => {
    const a = check(
      plan(
        LEVELS,
        '{id: i1, amount: 10000, approved_by: department-head}',
        '{id: i2, amount: 100000, approved_by: cfo}',
        '{id: i3, amount: 100001, approved_by: boss}',
        '{id: i4, amount: 50000, approved_by: owner}',
        '{id: i5, amount: 50000, approved_by: finance}',
        '{id: i6, amount: 900, approved_by: market}',
        '{id: i7, amount: 900, approved_by: mkt}',
      ),
    );
    assert.deepEqual(spansOf(a, 'approval-missing'), []);
  });

  it('reports an approver that matches no level', () => {
    const a = check(plan(LEVELS, '{id: i1, amount: 500, approved_by: clerk}', '{id: i2, amount: 500, approved_by: pm}'));
    assert.deepEqual(spansOf(a, 'approval-missing'), [
      ['clerk', 20],
      ['pm', 21],
    ]);
    assert.equal(findings(a, 'approval-missing')[0]!.message, "'clerk' is not an approver in the approval levels ('department-head', 'finance', 'owner').");
  });

  it('orders levels by amount whatever order they are written in', () => {
    const reversed = [
      '  approvals:',
      '    - {approver: owner}',
      '    - {up_to: 100000, approver: finance}',
      '    - {up_to: 10000, approver: department-head}',
      '  items:',
    ];
    const a = check(plan(reversed, '{id: i1, amount: 5000, approved_by: finance}', '{id: i2, amount: 20000, approved_by: department-head}'));
    assert.deepEqual(spansOf(a, 'approval-missing'), [['department-head', 21]]);
  });

  it('matches a level that names a person by that person or their role word', () => {
    const levels = ['  approvals:', '    - {up_to: 1000, approver: department-head}', '    - {approver: boss}', '  items:'];
    const a = check(
      plan(levels, '{id: i1, amount: 5000, approved_by: owner}', '{id: i2, amount: 5000, approved_by: boss}', '{id: i3, amount: 5000, approved_by: mkt}'),
    );
    assert.deepEqual(spansOf(a, 'approval-missing'), [['mkt', 21]]);
  });

  it('without approval levels, reports only a missing approved_by', () => {
    const a = check(plan(['  items:'], '{id: i1, amount: 5000}', '{id: i2, amount: 9999999, approved_by: clerk}'));
    assert.deepEqual(spansOf(a, 'approval-missing'), [['i1', 16]]);
    assert.equal(findings(a, 'approval-missing')[0]!.message, "Budget item 'i1' has no approver (approved_by).");
    assert.deepEqual(dataOf(plan(['  items:'], '{id: i1, amount: 5000}'), 'i1'), { item: 'i1' });
  });

  it('speaks Chinese', () => {
    const a = check(plan(LEVELS, '{id: 场地, amount: 20000}', '{id: 餐饮, amount: 20000, approved_by: mkt}', '{id: 物料, amount: 20, approved_by: clerk}'), {
      locale: 'zh-cn',
    });
    assert.deepEqual(
      findings(a, 'approval-missing').map((f) => f.message),
      [
        '预算项“场地”（20,000 CNY）没有审批人（approved_by），按金额应由“finance”审批。',
        '预算项“餐饮”（20,000 CNY）应由“finance”或更高级别审批，而“mkt”的审批级别仅为“department-head”。',
        '“clerk”不在审批级别（“department-head”、“finance”、“owner”）之中，无权审批预算项。',
      ],
    );
  });
});
