import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { JSON_KEYS, REPO, runInProcess, tempTree } from './harness';
import type { JsonRow } from './harness';

function rows(stdout: string): JsonRow[] {
  const parsed = JSON.parse(stdout) as unknown;
  assert.ok(Array.isArray(parsed), 'one JSON array');
  return parsed as JsonRow[];
}

describe('check --format json', () => {
  it('gives exactly the contract keys, 1-based, columns in UTF-16 units after Chinese text', () => {
    const r = runInProcess(['check', 'duplicate-key.xproj.yaml', '--format', 'json']);
    assert.equal(r.code, 1);
    const all = rows(r.stdout);
    for (const row of all) {
      assert.deepEqual(Object.keys(row), JSON_KEYS);
    }
    const syntax = all.filter((p) => p.code === 'yaml-syntax');
    assert.equal(syntax.length, 1);
    assert.deepEqual(
      { ...syntax[0], message: undefined },
      {
        file: 'duplicate-key.xproj.yaml',
        line: 2,
        column: 29,
        endLine: 2,
        endColumn: 30,
        severity: 'error',
        code: 'yaml-syntax',
        message: undefined,
      },
    );
    assert.match(syntax[0]!.message, /unique/);
  });

  it('passes the locale to the plan messages, from --locale or LANG', () => {
    const syntaxMessage = (argv: string[], env: Record<string, string>): string | undefined =>
      rows(runInProcess(['check', 'duplicate-key.xproj.yaml', '--format', 'json', ...argv], { env }).stdout).find((p) => p.code === 'yaml-syntax')?.message;
    assert.match(syntaxMessage(['--locale', 'zh-cn'], { LANG: 'C' }) ?? '', /[\u4e00-\u9fff]/);
    assert.match(syntaxMessage([], { LANG: 'zh_CN.UTF-8' }) ?? '', /[\u4e00-\u9fff]/);
    assert.doesNotMatch(syntaxMessage(['--locale', 'en'], { LANG: 'zh_CN.UTF-8' }) ?? '', /[\u4e00-\u9fff]/);
  });

  it('prints [] for a clean plan', () => {
    const r = runInProcess(['check', 'valid.xproj.yaml', '--format', 'json']);
    assert.equal(r.stdout.trim(), '[]');
    assert.equal(r.code, 0);
  });

  it('names files as given, or as the folder given joined with the path below it', () => {
    const named = rows(runInProcess(['check', 'test/fixtures/cli/duplicate-key.xproj.yaml', '--format', 'json'], { cwd: REPO }).stdout);
    assert.ok(named.every((p) => p.file === 'test/fixtures/cli/duplicate-key.xproj.yaml'));
    const found = rows(runInProcess(['check', 'test/fixtures/cli', '--format', 'json'], { cwd: REPO }).stdout);
    assert.ok(found.some((p) => p.file === join('test/fixtures/cli', 'duplicate-key.xproj.yaml')));
  });

  it('puts every file in one array', () => {
    const dir = tempTree({ 'a.xproj.yaml': 'a: 1\na: 2\n', 'b.xproj.yaml': 'b: 1\nb: 2\n' });
    const all = rows(runInProcess(['check', '--format', 'json'], { cwd: dir }).stdout).filter((p) => p.code === 'yaml-syntax');
    assert.deepEqual(
      all.map((p) => [p.file, p.line, p.column]),
      [
        ['a.xproj.yaml', 2, 1],
        ['b.xproj.yaml', 2, 1],
      ],
    );
  });

  it('counts lines across CRLF and ignores a byte order mark, as editors do', () => {
    const dir = tempTree({ 'crlf.xproj.yaml': 'xproj: 1\r\nk: 1\r\nk: 2\r\n', 'bom.xproj.yaml': '\uFEFFk: 1\nk: 2\n' });
    const at = (file: string): number[] =>
      rows(runInProcess(['check', file, '--format', 'json'], { cwd: dir }).stdout)
        .filter((p) => p.code === 'yaml-syntax')
        .flatMap((p) => [p.line, p.column, p.endLine, p.endColumn]);
    assert.deepEqual(at('crlf.xproj.yaml'), [3, 1, 3, 2]);
    assert.deepEqual(at('bom.xproj.yaml'), [2, 1, 2, 2]);
  });
});
