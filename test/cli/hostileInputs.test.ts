import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { REPO, runBin, runInProcess, tempTree } from './harness';
import type { JsonRow } from './harness';
import { loadGenerator } from '../helpers/generator';

function rows(stdout: string): JsonRow[] {
  const parsed = JSON.parse(stdout) as unknown;
  assert.ok(Array.isArray(parsed), 'one JSON array');
  return parsed as JsonRow[];
}

/** A plan whose tasks alternate between an unknown owner (an error) and none (a warning). */
function noisyPlan(tasks: number): string {
  const lines = ['xproj: 1', 'project: {id: p, name: P, start: 2026-03-02, owner: a, manager: a}', 'people: [{id: a, name: A}]', 'tasks:'];
  for (let i = 0; i < tasks; i++) {
    lines.push(i % 2 === 0 ? `  - {id: t${i}, owner: nobody, duration: 1d}` : `  - {id: t${i}, duration: 1d}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The inputs of issue #11 that flooded the editor and the CLI (69,304 to 1,000,000 problems, up
 * to 290 MB of output), and a one-line flow list of 9.9 MB: each now gets a few bounded rows.
 */
describe('check: hostile inputs give bounded output', () => {
  let folder: string;
  before(async () => {
    const plan = (await loadGenerator()).generatePlan({ tasks: 1000, seed: 1 });
    const at = plan.indexOf('raci: {R: [p000') + 'raci: {R: [p000'.length;
    folder = tempTree({
      'flood.xproj.yaml': `${plan.slice(0, at)}\n${plan.slice(at)}`,
      'documents.xproj.yaml': '---\n'.repeat(200_000),
      'brackets.xproj.yaml': ']\n'.repeat(1_000_000),
      'long.xproj.yaml': `x-long: [${'a, '.repeat(3_300_000)}a]\nxproj: 1\n`,
      'noisy.xproj.yaml': noisyPlan(2400),
    });
  });

  const check = (file: string, ...more: string[]): ReturnType<typeof runInProcess> =>
    runInProcess(['check', file, '--format', 'json', '--status-date', '2026-03-02', ...more], { cwd: folder });

  it('a newline inside a flow collection: one syntax problem for the 69,393 it caused', () => {
    const r = check('flood.xproj.yaml');
    assert.equal(r.code, 1);
    const all = rows(r.stdout);
    const syntax = all.filter((p) => p.code === 'yaml-syntax');
    assert.deepEqual(
      syntax.map((p) => [p.line, p.column, p.message]),
      [
        [
          300,
          1,
          'YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]. The 69,392 syntax problems after it, up to line 10,298, are folded into this one: they most likely follow from it.',
        ],
      ],
    );
    assert.ok(all.length < 10, `${all.length} rows`);
  });

  it('200,000 documents: one problem for all but the first', () => {
    const r = check('documents.xproj.yaml');
    assert.equal(r.code, 1);
    assert.deepEqual(
      rows(r.stdout).map((p) => [p.line, p.code, p.message]),
      [
        [1, 'schema', 'The document has no value; expected a map (key: value).'],
        [2, 'schema', 'A plan holds one YAML document; the 199,999 documents after the first are ignored.'],
      ],
    );
  });

  it('1,000,000 stray brackets: one problem', () => {
    const r = check('brackets.xproj.yaml');
    assert.equal(r.code, 1);
    assert.deepEqual(
      rows(r.stdout).map((p) => [p.line, p.code, p.message]),
      [
        [
          1,
          'yaml-syntax',
          'YAML syntax: Unexpected flow-seq-end token in YAML document: "]". The 999,999 syntax problems after it, up to line 1,000,000, are folded into this one: they most likely follow from it.',
        ],
      ],
    );
    assert.ok(r.stdout.length < 1000);
  });

  it('a 9.9 MB one-line flow list: refused by the line limit, unread', () => {
    const r = check('long.xproj.yaml');
    assert.equal(r.code, 1);
    assert.deepEqual(
      rows(r.stdout).map((p) => [p.line, p.column, p.endLine, p.code, p.message]),
      [
        [
          1,
          1,
          1,
          'yaml-syntax',
          'This line is 9,900,011 characters long; XProj reads lines of up to 100,000 characters, so the file was not read. Break the line up: a long list can be written one `- item` per line.',
        ],
      ],
    );
  });

  it('lists at most 1,000 problems per file, errors first, after a row that counts the rest', () => {
    const r = check('noisy.xproj.yaml');
    assert.equal(r.code, 1);
    const all = rows(r.stdout);
    assert.equal(all.length, 1001);
    assert.deepEqual(all[0], {
      file: 'noisy.xproj.yaml',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      severity: 'error',
      code: 'unknown-reference',
      message:
        '1,000 of 2,400 problems are shown, errors first; 1,400 more are not (200 errors, 1,200 warnings). Run `xproj check --max-problems 0` on this file to list them all.',
    });
    assert.ok(all.slice(1).every((p) => p.severity === 'error'));
  });

  it('lists them all with --max-problems 0, and as many as asked otherwise', () => {
    assert.equal(rows(check('noisy.xproj.yaml', '--max-problems', '0').stdout).length, 2400);
    assert.equal(rows(check('noisy.xproj.yaml', '--max-problems', '10').stdout).length, 11);
  });

  it('counts every problem in the text summary, and caps SARIF results the same way', () => {
    const text = runInProcess(['check', 'noisy.xproj.yaml', '--status-date', '2026-03-02'], { cwd: folder }).stdout.trimEnd().split('\n');
    assert.equal(text.length, 1003);
    assert.equal(
      text[0],
      'noisy.xproj.yaml:1:1 - error unknown-reference: 1,000 of 2,400 problems are shown, errors first; 1,400 more are not (200 errors, 1,200 warnings). Run `xproj check --max-problems 0` on this file to list them all.',
    );
    assert.equal(text[text.length - 1], '1200 errors, 1200 warnings in 1 file');
    const sarif = JSON.parse(check('noisy.xproj.yaml', '--format', 'sarif').stdout) as {
      runs: { results: unknown[] }[];
    };
    assert.equal(sarif.runs[0]!.results.length, 1001);
  });

  it('caps in worker threads too', () => {
    const argv = ['check', 'noisy.xproj.yaml', 'flood.xproj.yaml', '--format', 'json', '--status-date', '2026-03-02', '--max-problems', '3'];
    const inWorkers = rows(runInProcess([...argv, '--jobs', '2'], { cwd: folder }).stdout);
    assert.deepEqual(rows(runInProcess([...argv, '--jobs', '1'], { cwd: folder }).stdout), inWorkers);
    assert.deepEqual(
      inWorkers.map((p) => [p.file, p.line, p.code]),
      [
        ['noisy.xproj.yaml', 1, 'unknown-reference'],
        ['noisy.xproj.yaml', 5, 'unknown-reference'],
        ['noisy.xproj.yaml', 7, 'unknown-reference'],
        ['noisy.xproj.yaml', 9, 'unknown-reference'],
        // The flood's one folded syntax problem; the task it half swallowed gets no rule problems.
        ['flood.xproj.yaml', 300, 'yaml-syntax'],
      ],
    );
  });

  it('the built CLI says the same', () => {
    const r = runBin(['check', 'brackets.xproj.yaml', 'long.xproj.yaml', '--format', 'json'], { cwd: folder });
    assert.equal(r.code, 1);
    assert.deepEqual(
      rows(r.stdout).map((p) => [p.file, p.code]),
      [
        ['brackets.xproj.yaml', 'yaml-syntax'],
        ['long.xproj.yaml', 'yaml-syntax'],
      ],
    );
  });
});

describe('a reader that stops early', () => {
  it('ends the built CLI quietly with its own exit code, as `xproj schedule big.xproj.yaml | head -1` does', async () => {
    // 3,000 tasks make about 300 KB of schedule, far past what a pipe buffers.
    const folder = tempTree({ 'big.xproj.yaml': (await loadGenerator()).generatePlan({ tasks: 3000, seed: 3 }) });
    const child = spawn(process.execPath, [join(REPO, 'bin/xproj.js'), 'schedule', 'big.xproj.yaml'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const firstLine = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().split('\n')[0]!)));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.match(firstLine, /^Project .*3,?\d{3} tasks/);
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
