import { strict as assert } from 'node:assert';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { discoverPlans } from '../../server/src/cli/discovery';
import { runInProcess, tempTree } from './harness';

const PLAN = 'xproj: 1\n';

describe('plan discovery', () => {
  const root = tempTree({
    'top.xproj.yaml': PLAN,
    'plans/a.xproj.yml': PLAN,
    'plans/deep/er/b.xproj.yaml': PLAN,
    'plans/readme.yaml': PLAN,
    'plans/notes.xproj.yaml.bak': PLAN,
    'node_modules/pkg/c.xproj.yaml': PLAN,
    'plans/node_modules/d.xproj.yaml': PLAN,
    '.git/e.xproj.yaml': PLAN,
    'plans/.cache/f.xproj.yaml': PLAN,
    'other.txt': 'k: 1\n',
  });

  it('searches folders recursively for *.xproj.yaml and *.xproj.yml, skipping node_modules and dot-folders', () => {
    const found = discoverPlans([], root);
    assert.deepEqual(
      found.files.map((f) => f.displayPath),
      [join('plans', 'a.xproj.yml'), join('plans', 'deep', 'er', 'b.xproj.yaml'), 'top.xproj.yaml'],
    );
    assert.deepEqual([found.missing, found.unreadable], [[], []]);
  });

  it('takes named files whatever their name, keeps the order named, and drops repeats', () => {
    const found = discoverPlans(['other.txt', 'plans', 'plans/a.xproj.yml', 'nope'], root);
    assert.deepEqual(
      found.files.map((f) => f.displayPath),
      ['other.txt', join('plans', 'a.xproj.yml'), join('plans', 'deep', 'er', 'b.xproj.yaml')],
    );
    assert.deepEqual(found.missing, ['nope']);
  });

  it('searches a dot-folder when it is named', () => {
    assert.deepEqual(
      discoverPlans(['.git'], root).files.map((f) => f.displayPath),
      [join('.git', 'e.xproj.yaml')],
    );
  });

  it('survives a symlink loop', () => {
    const loop = tempTree({ 'x/p.xproj.yaml': PLAN });
    symlinkSync(join(loop, 'x'), join(loop, 'x', 'again'));
    assert.deepEqual(
      discoverPlans([], loop).files.map((f) => f.displayPath),
      [join('x', 'p.xproj.yaml')],
    );
  });

  it('checks the current folder when no path is given', () => {
    const r = runInProcess(['check'], { cwd: root });
    assert.match(r.stdout, / in 3 files\n$/);
  });

  // Issue #17: as ESLint, a CI job pointed at the wrong folder must fail, not pass for checking nothing.
  it('says so on stderr when a folder holds no plan, and exits 2', () => {
    const empty = tempTree({ 'readme.md': '# nothing\n' });
    const r = runInProcess(['check', '--format', 'json'], { cwd: empty });
    assert.deepEqual([r.code, r.stdout], [2, '']);
    assert.match(r.stderr, /No \*\.xproj\.yaml or \*\.xproj\.yml files found/);
  });
});
