import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { checkPlans, workersFor } from '../../server/src/cli/parallelCheck';
import { FIXTURES, runBin, runInProcess, tempTree } from './harness';
import { loadGenerator } from '../helpers/generator';

describe('check: many files in parallel', () => {
  let folder: string;
  let paths: string[];
  before(async () => {
    const { generatePlan } = await loadGenerator();
    const files: Record<string, string> = {
      'a/first.xproj.yaml': generatePlan({ tasks: 250, seed: 1 }),
      'a/second.xproj.yaml': generatePlan({ tasks: 250, seed: 2 }).replace('duration: 3d', 'duration: [3d'),
      'b/third.xproj.yaml': generatePlan({ tasks: 250, seed: 3 }).replace(/owner: p00001\b/g, 'owner: nobody'),
      'b/cycle.xproj.yaml': readFileSync(join(FIXTURES, 'dependency-cycle.xproj.yaml'), 'utf8'),
      'c/valid.xproj.yaml': readFileSync(join(FIXTURES, 'valid.xproj.yaml'), 'utf8'),
    };
    folder = tempTree(files);
    paths = Object.keys(files).map((p) => join(folder, p));
  });

  it('uses workers only for several files with enough text', () => {
    assert.equal(workersFor(paths.slice(0, 1), 4), 1);
    assert.equal(workersFor(paths.slice(3), 4), 1);
    assert.equal(workersFor(paths, 1), 1);
    assert.equal(workersFor(paths, 2), 2);
    assert.equal(workersFor(paths, 16), paths.length);
  });

  it('gives the outcomes of a check in one thread, in the same order', () => {
    const options = { locale: 'en', statusDate: '2026-03-20' };
    const sequential = checkPlans(paths, options, 1);
    assert.deepEqual(
      sequential.map((o) => o.kind),
      ['checked', 'checked', 'checked', 'checked', 'checked'],
    );
    assert.ok(
      sequential.every((o) => o.kind === 'checked') && sequential[1]!.kind === 'checked' && sequential[1]!.problems.some((p) => p.code === 'yaml-syntax'),
    );
    assert.deepStrictEqual(checkPlans(paths, options, 2), sequential);
    assert.deepStrictEqual(checkPlans([...paths, join(folder, 'gone.xproj.yaml')], options, 3).at(-1), { kind: 'unreadable', error: 'not-found' });
  });

  it('prints the same report from the bundle, whose workers are bundled too, whatever --jobs says', () => {
    const argv = ['check', folder, '--format', 'json', '--status-date', '2026-03-20'];
    const bundled = runBin([...argv, '--jobs', '3'], { cwd: folder });
    const inProcess = runInProcess([...argv, '--jobs', '1'], { cwd: folder });
    assert.equal(bundled.stderr, '');
    assert.equal(bundled.code, inProcess.code);
    assert.equal(bundled.stdout, inProcess.stdout);
    assert.ok((JSON.parse(bundled.stdout) as unknown[]).length > 0);
  });
});
