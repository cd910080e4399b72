import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { runInProcess } from './harness';
import type { JsonRow } from './harness';

function codes(argv: readonly string[]): { code: number; found: string[] } {
  const r = runInProcess([...argv, '--format', 'json']);
  return { code: r.code, found: (JSON.parse(r.stdout) as JsonRow[]).map((p) => `${p.severity} ${p.code}`) };
}

// These depend on semantic rules and the scheduler (the rules' own tests live in test/service/rules).
describe('check with rule results (needs the rules and the scheduler)', () => {
  it('exits 1 on an error-level rule (dependency-cycle)', () => {
    const r = codes(['check', 'dependency-cycle.xproj.yaml']);
    assert.equal(r.code, 1);
    assert.ok(r.found.includes('error dependency-cycle'), r.found.join());
  });

  it('exits 0 when there are only warnings (missing-owner)', () => {
    const r = codes(['check', 'warnings-only.xproj.yaml']);
    assert.equal(r.code, 0);
    assert.deepEqual(r.found, ['warning missing-owner']);
  });

  it('passes --status-date to the status rules, over the plan status_date', () => {
    assert.deepEqual(codes(['check', 'valid.xproj.yaml']).found, []);
    const late = codes(['check', 'valid.xproj.yaml', '--status-date', '2026-03-20']);
    assert.equal(late.code, 0);
    assert.ok(late.found.length > 0 && late.found.every((f) => f === 'warning overdue'), late.found.join());
  });
});
