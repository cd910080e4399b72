import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { effectiveLevel, toRuleCode } from '../../server/src/service/model/ruleCodes';
import { check, findings } from '../helpers/plan';

describe('rule levels', () => {
  it('maps camelCase settings keys to codes', () => {
    assert.equal(toRuleCode('missingOwner'), 'missing-owner');
    assert.equal(toRuleCode('missing-owner'), 'missing-owner');
    assert.equal(toRuleCode('raciMultipleAccountable'), 'raci-multiple-accountable');
    assert.equal(toRuleCode('nonsense'), undefined);
  });

  it('prefers the plan over settings over defaults', () => {
    const plan = new Map([['overdue' as const, 'off' as const]]);
    assert.equal(effectiveLevel('overdue', plan, { overdue: 'error' }), 'off');
    assert.equal(effectiveLevel('overallocation', plan, { overallocation: 'error' }), 'error');
    assert.equal(effectiveLevel('overallocation', plan, undefined), 'warning');
  });

  it("applies a plan's rules: block to its diagnostics", () => {
    const text = 'xproj: 1\nimports: [gone.xproj.yaml]\n';
    assert.equal(findings(check(text), 'import-error')[0]!.severity, 'error');
    assert.equal(findings(check(`${text}rules: {import-error: warning}\n`), 'import-error')[0]!.severity, 'warning');
    assert.deepEqual(findings(check(`${text}rules: {import-error: 'off'}\n`), 'import-error'), []);
  });

  it('applies settings levels', () => {
    const text = 'xproj: 1\nimports: [gone.xproj.yaml]\n';
    assert.equal(findings(check(text, { settings: { rules: { importError: 'info' } } }), 'import-error')[0]!.severity, 'info');
  });
});
