import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runInProcess } from './harness';

const REPO = join(__dirname, '..', '..');

describe('examples: the practice plan keeps the mistakes its header lists', () => {
  it('reports each of the nine rules once per mistake, and the healthy examples stay clean', () => {
    const r = runInProcess(['check', 'examples/practice', '--format', 'json'], { cwd: REPO });
    assert.equal(r.code, 1);
    const codes = (JSON.parse(r.stdout) as { code: string }[]).map((p) => p.code);
    assert.deepEqual([...new Set(codes)].sort(), [
      'approval-missing',
      'dependency-cycle',
      'missing-owner',
      'overallocation',
      'overdue',
      'raci-multiple-accountable',
      'raci-owner-mismatch',
      'risk-no-contingency',
      'unknown-reference',
    ]);
    const clean = runInProcess(['check', 'examples/enrolment', 'examples/templates', '--format', 'json'], { cwd: REPO });
    assert.deepEqual([clean.code, JSON.parse(clean.stdout)], [0, []]);
  });
});
