import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runInProcess, tempTree } from './harness';
import type { JsonRow } from './harness';

/** One error (an unknown owner), two warnings (missing owners), and a range written backwards. */
const PLAN = [
  'xproj: 1',
  'project: {id: p, name: P, owner: a, manager: a, start: 2026-03-02, status_date: 2026-03-02}',
  'people: [{id: a, name: A}]',
  'tasks:',
  '  - {id: t1, owner: nobody, duration: 1d}',
  '  - {id: t2, duration: 1d}',
  '  - {id: t3, duration: 1d}',
  '  - {id: t4, owner: a, start: 2026-03-06, end: 2026-03-04}',
  '',
].join('\n');

const codes = (stdout: string): string[] => (JSON.parse(stdout) as JsonRow[]).map((r) => r.code);

describe('check: the conventions of ESLint', () => {
  it('--quiet lists and counts errors only', () => {
    const dir = tempTree({ 'p.xproj.yaml': PLAN });
    assert.deepEqual(codes(runInProcess(['check', '--format', 'json'], { cwd: dir }).stdout), [
      'unknown-reference',
      'missing-owner',
      'missing-owner',
      'date-order',
    ]);
    const quiet = runInProcess(['check', '--format', 'json', '--quiet'], { cwd: dir });
    assert.deepEqual([quiet.code, codes(quiet.stdout)], [1, ['unknown-reference', 'date-order']]);
    assert.match(runInProcess(['check', '--quiet'], { cwd: dir }).stdout, /2 errors, 0 warnings in 1 file/);
  });

  it('--max-warnings fails a run with more warnings than allowed, errors or not', () => {
    const dir = tempTree({ 'p.xproj.yaml': PLAN.replace('owner: nobody', 'owner: a').replace('start: 2026-03-06, end: 2026-03-04', 'duration: 1d') });
    assert.equal(runInProcess(['check'], { cwd: dir }).code, 0);
    assert.equal(runInProcess(['check', '--max-warnings', '2'], { cwd: dir }).code, 0);
    const over = runInProcess(['check', '--max-warnings', '1'], { cwd: dir });
    assert.deepEqual([over.code, over.stderr], [1, 'xproj: 2 warnings, more than --max-warnings 1 allows.\n']);
    assert.equal(runInProcess(['check', '--max-warnings', '1', '--quiet'], { cwd: dir }).code, 0);
    assert.equal(runInProcess(['check', '--max-warnings', 'many'], { cwd: dir }).code, 2);
  });

  it('--fix applies the safe fixes, writes the file back, and says what it changed', () => {
    const dir = tempTree({ 'p.xproj.yaml': PLAN });
    const r = runInProcess(['check', '--fix', '--format', 'json'], { cwd: dir });
    assert.equal(r.stderr, 'xproj: p.xproj.yaml: fixed 1 problem (date-order 1).\n');
    assert.deepEqual(codes(r.stdout), ['unknown-reference', 'missing-owner', 'missing-owner']);
    assert.match(readFileSync(join(dir, 'p.xproj.yaml'), 'utf8'), /\{id: t4, owner: a, start: 2026-03-04, end: 2026-03-06\}/);
    const again = runInProcess(['check', '--fix', '--format', 'json'], { cwd: dir });
    assert.equal(again.stderr, '');
  });

  it('schedule refuses a library file, which has no project, with exit 2', () => {
    const dir = tempTree({ 'org.xproj.yaml': 'xproj: 1\npeople: [{id: a, name: A}]\n' });
    const r = runInProcess(['schedule', 'org.xproj.yaml'], { cwd: dir });
    assert.deepEqual(
      [r.code, r.stdout, r.stderr],
      [2, '', 'xproj: org.xproj.yaml has no project: it is a library of departments, people and phases, with no schedule to print.\n'],
    );
  });

  it('points SARIF help at the published rules documentation', () => {
    const dir = tempTree({ 'p.xproj.yaml': PLAN });
    const sarif = JSON.parse(runInProcess(['check', '--format', 'sarif'], { cwd: dir }).stdout) as {
      runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } } }[];
    };
    const rule = sarif.runs[0]!.tool.driver.rules.find((x) => x.id === 'date-order')!;
    assert.equal(rule.helpUri, 'https://github.com/xproj/xproj/blob/HEAD/docs/rules.md#date-order');
  });
});
