import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../../helpers/plan';

function budget(total: string, ...amounts: string[]): string {
  return [
    'xproj: 1',
    'project: {id: p, name: P, start: 2026-03-02, owner: a, manager: a}',
    'people: [{id: a, name: A}]',
    'budget:',
    '  currency: CNY',
    `  total: ${total}`, // 6
    '  items:',
    ...amounts.map((amount, i) => `    - {id: i${i + 1}, amount: ${amount}, approved_by: a}`),
  ].join('\n');
}

describe('budget-exceeded', () => {
  it('reports items that add up past the total, on the total', () => {
    const a = check(budget('500000', '300000', '200001'));
    assert.deepEqual(spansOf(a, 'budget-exceeded'), [['500000', 6]]);
    const f = findings(a, 'budget-exceeded')[0]!;
    assert.equal(f.severity, 'error');
    assert.equal(f.message, 'The budget items add up to 500,001 CNY, 1 CNY more than the total of 500,000 CNY.');
    const p = a.problems.find((x) => x.code === 'budget-exceeded')!;
    assert.deepEqual(
      p.related?.map((r) => r.message),
      ["'i1': 300,000 CNY", "'i2': 200,001 CNY"],
    );
  });

  it('accepts items that add up to exactly the total, float noise included', () => {
    assert.deepEqual(spansOf(check(budget('500000', '300000', '200000')), 'budget-exceeded'), []);
    assert.deepEqual(spansOf(check(budget('0.3', '0.1', '0.2')), 'budget-exceeded'), []);
  });

  it('says nothing without a total', () => {
    const a = check(budget('500000', '900000').replace('  total: 500000\n', ''));
    assert.deepEqual(spansOf(a, 'budget-exceeded'), []);
  });

  it('speaks Chinese', () => {
    const a = check(budget('100', '60', '60.5'), { locale: 'zh-cn' });
    assert.equal(findings(a, 'budget-exceeded')[0]!.message, '预算项合计 120.5 CNY，超出总预算 100 CNY，超支 20.5 CNY。');
  });
});
