import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO, runBin, runInProcessAsync, tempTree } from '../cli/harness';
import { EXAMPLE } from './interopPlans';

describe('xproj export from the command line', () => {
  it('writes text formats to stdout and every format to a file with -o', async () => {
    const dir = tempTree({});
    const csv = await runInProcessAsync(['export', EXAMPLE, '--to', 'csv'], { cwd: dir });
    assert.equal(csv.code, 0);
    assert.equal(csv.stderr, '');
    assert.match(csv.stdout, /^\ufeffWBS,ID,Name,Phase,/);
    for (const [format, file, head] of [
      ['tjp', 'p.tjp', '# 2026年春季招生推进项目'],
      ['mspdi', 'p.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project xmlns="http://schemas.microsoft.com/project">'],
      ['ics', 'p.ics', 'BEGIN:VCALENDAR\r\n'],
      ['mermaid', 'p.md', '```mermaid\ngantt\n'],
      ['xlsx', 'p.xlsx', 'PK'],
    ] as const) {
      const run = await runInProcessAsync(['export', EXAMPLE, '--to', format, '-o', file], { cwd: dir });
      assert.deepEqual(run, { code: 0, stdout: '', stderr: '' }, format);
      assert.ok(readFileSync(join(dir, file), 'latin1').startsWith(format === 'xlsx' ? head : Buffer.from(head).toString('latin1')), format);
    }
  });

  it('fails with exit 2 on a missing plan or an unwritable output', async () => {
    const missing = await runInProcessAsync(['export', 'nope.xproj.yaml', '--to', 'csv'], { cwd: tempTree({}) });
    assert.deepEqual(missing, { code: 2, stdout: '', stderr: 'xproj: Path not found: nope.xproj.yaml\n' });
    const unwritable = await runInProcessAsync(['export', EXAMPLE, '--to', 'csv', '-o', 'no/such/dir/p.csv'], { cwd: tempTree({}) });
    assert.equal(unwritable.code, 2);
    assert.equal(unwritable.stderr, 'xproj: Cannot write no/such/dir/p.csv: ENOENT\n');
  });

  it(
    'runs from the bundle, which loads dist/interop.js only for export and import',
    { skip: existsSync(join(REPO, 'dist', 'interop.js')) ? false : 'run node esbuild.mjs first' },
    () => {
      const dir = tempTree({});
      const run = runBin(['export', EXAMPLE, '--to', 'mspdi', '-o', 'p.xml'], { cwd: dir });
      assert.deepEqual(run, { code: 0, stdout: '', stderr: '' });
      const back = runBin(['import', 'p.xml'], { cwd: dir });
      assert.equal(back.code, 0, back.stderr);
      assert.match(back.stdout, /^# Imported by XProj from p\.xml\.\n/);
      assert.ok(!readFileSync(join(REPO, 'dist', 'cli.js'), 'utf8').includes('WorksheetWriter'), 'the CLI bundle itself carries no spreadsheet library');
    },
  );
});
