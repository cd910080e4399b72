import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runBin, tempTree } from './harness';
import type { JsonRow } from './harness';

/**
 * Issue #11: imports once read any path, synchronously and whole: `/dev/zero` grew the process to
 * gigabytes, a FIFO never returned, `../../etc/shadow` was imported. The built CLI, as users run it.
 */
describe('check: hostile imports are refused, quickly and in bounded memory', () => {
  it('refuses devices, FIFOs, oversized files, links to devices and paths that are not plans', () => {
    const dir = tempTree({ 'big.xproj.yaml': '' });
    truncateSync(join(dir, 'big.xproj.yaml'), 40 * 1024 * 1024);
    execFileSync('mkfifo', [join(dir, 'pipe.xproj.yaml')]);
    symlinkSync('/dev/zero', join(dir, 'zero.xproj.yaml'));
    writeFileSync(
      join(dir, 'plan.xproj.yaml'),
      [
        'xproj: 1',
        'imports:',
        '  - /dev/zero',
        '  - /dev/urandom',
        '  - ../../../../../../etc/shadow',
        '  - pipe.xproj.yaml',
        '  - zero.xproj.yaml',
        '  - big.xproj.yaml',
        '',
      ].join('\n'),
    );
    const started = Date.now();
    const r = runBin(['check', 'plan.xproj.yaml', '--format', 'json'], { cwd: dir });
    const elapsed = Date.now() - started;
    assert.equal(r.code, 1, r.stderr);
    const errors = (JSON.parse(r.stdout) as JsonRow[]).filter((row) => row.code === 'import-error');
    assert.deepEqual(
      errors.map((e) => [e.line, e.message]),
      [
        [3, "'/dev/zero' is not read: imports name plan files, '*.xproj.yaml' or '*.xproj.yml'."],
        [4, "'/dev/urandom' is not read: imports name plan files, '*.xproj.yaml' or '*.xproj.yml'."],
        [5, "'../../../../../../etc/shadow' is not read: imports name plan files, '*.xproj.yaml' or '*.xproj.yml'."],
        [6, "'pipe.xproj.yaml' is not read: it is not a regular file (a folder, device, pipe or socket)."],
        [7, "'zero.xproj.yaml' is not read: it is not a regular file (a folder, device, pipe or socket)."],
        [8, "'big.xproj.yaml' is not read: it is larger than the 32 MB a plan file may be."],
      ],
    );
    // Not a timed assertion of speed: a FIFO once hung the check for ever; a minute is "returned".
    assert.ok(elapsed < 60_000, `returned after ${elapsed} ms`);
  });

  it('refuses a FIFO or a device named on the command line, with exit 2', () => {
    const dir = tempTree({});
    execFileSync('mkfifo', [join(dir, 'pipe.xproj.yaml')]);
    const r = runBin(['schedule', 'pipe.xproj.yaml'], { cwd: dir });
    assert.deepEqual([r.code, r.stderr], [2, 'xproj: Cannot read pipe.xproj.yaml: not a regular file (a device, pipe or socket)\n']);
    const z = runBin(['schedule', '/dev/zero']);
    assert.equal(z.code, 2);
  });
});
