import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO, runBin, tempTree } from './harness';

// These run the built bundle (`node bin/xproj.js`), as CI scripts do.
describe('xproj exit codes', () => {
  it('exits 0 for a plan without errors', () => {
    const r = runBin(['check', 'valid.xproj.yaml']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
  });

  it('exits 1 for an error-level problem (a YAML syntax error)', () => {
    const r = runBin(['check', 'duplicate-key.xproj.yaml']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /duplicate-key\.xproj\.yaml:2:29 - error yaml-syntax: /);
  });

  it('exits 2 with a message on stderr for a named path that does not exist', () => {
    const r = runBin(['check', 'valid.xproj.yaml', 'nope.xproj.yaml']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Path not found: nope\.xproj\.yaml/);
  });

  for (const [what, argv, message] of [
    ['an unknown option', ['check', '--colour'], /Unknown option '--colour'/],
    ['an unknown format', ['check', '--format', 'xml'], /Unknown format 'xml'/],
    ['a bad --status-date', ['check', '--status-date', '2026-13-01'], /'2026-13-01' is not a valid date/],
    [
      'a --status-date in the year 0000',
      ['check', '--status-date', '0000-03-01'],
      /'0000-03-01' is outside the dates XProj supports, 0001-01-01 to 9999-12-31\./,
    ],
    ['an unknown command', ['lint'], /Unknown command 'lint'/],
    ['a missing command', [], /Usage: xproj <command>/],
  ] as const) {
    it(`exits 2 for ${what}`, () => {
      const r = runBin([...argv]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    });
  }

  it('reports a file that is not a plan as a diagnostic, not a usage error', () => {
    const dir = tempTree({ 'notes.txt': 'this: [is not\n', 'list.xproj.yaml': '- just\n- a list\n' });
    const syntax = runBin(['check', 'notes.txt', '--format', 'json'], { cwd: dir });
    assert.equal(syntax.code, 1);
    assert.equal((JSON.parse(syntax.stdout) as { code: string }[])[0]?.code, 'yaml-syntax');
    assert.notEqual(runBin(['check', 'list.xproj.yaml'], { cwd: dir }).code, 2);
  });

  it('words its own messages in Chinese under a Chinese locale', () => {
    assert.match(runBin(['check', 'nope'], { env: { LANG: 'zh_CN.UTF-8' } }).stderr, /路径不存在：nope/);
    assert.match(runBin(['check', 'valid.xproj.yaml', '--locale', 'zh-cn']).stdout, /1 个文件中共有 0 个错误、0 个警告/);
  });

  it('prints the version and the help', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(runBin(['--version']), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = runBin(['help', 'check']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: xproj check/);
    assert.match(runBin(['--help']).stdout, /Usage: xproj <command>/);
  });
});
