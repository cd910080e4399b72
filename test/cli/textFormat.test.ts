import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { palette } from '../../server/src/cli/format/colors';
import { formatText } from '../../server/src/cli/format/text';
import type { PlacedProblem } from '../../server/src/cli/planLoader';
import { severityCounts } from '../../server/src/cli/report';
import type { CheckedFile } from '../../server/src/cli/report';
import { runInProcess } from './harness';

const ESC = '\u001b[';

function problem(line: number, severity: PlacedProblem['severity'], message: string): PlacedProblem {
  return { line, column: 3, endLine: line, endColumn: 9, severity, code: 'missing-owner', message };
}

function file(displayPath: string, problems: PlacedProblem[]): CheckedFile {
  return { displayPath, absolutePath: `/x/${displayPath}`, problems, counts: severityCounts(problems) };
}

describe('check --format text', () => {
  it('prints path:line:col - severity code: message, a blank line after each file, and a summary', () => {
    const out = formatText(
      [
        file('a.xproj.yaml', [problem(4, 'error', 'first'), problem(9, 'warning', 'two\nlines')]),
        file('clean.xproj.yaml', []),
        file('b.xproj.yaml', [problem(1, 'info', 'third'), problem(2, 'hint', 'fourth')]),
      ],
      'en',
      palette(false),
    );
    assert.equal(
      out,
      [
        'a.xproj.yaml:4:3 - error missing-owner: first',
        'a.xproj.yaml:9:3 - warning missing-owner: two',
        '    lines',
        '',
        'b.xproj.yaml:1:3 - info missing-owner: third',
        'b.xproj.yaml:2:3 - hint missing-owner: fourth',
        '',
        '1 error, 1 warning, 1 info, 1 hint in 3 files',
        '',
      ].join('\n'),
    );
  });

  it('summarises in Chinese', () => {
    assert.equal(formatText([file('a.xproj.yaml', [])], 'zh-cn', palette(false)), '1 个文件中共有 0 个错误、0 个警告\n');
  });

  it('checks a real plan', () => {
    const r = runInProcess(['check', 'duplicate-key.xproj.yaml']);
    assert.match(r.stdout, /^duplicate-key\.xproj\.yaml:2:29 - error yaml-syntax: .*unique/m);
    assert.match(r.stdout, /\n\n1 error, \d+ warnings? in 1 file\n$/);
  });

  it('colours only a terminal without NO_COLOR', () => {
    const args = ['check', 'duplicate-key.xproj.yaml'];
    assert.ok(runInProcess(args, { tty: true, env: {} }).stdout.includes(ESC));
    assert.ok(runInProcess(args, { tty: true, env: { NO_COLOR: '' } }).stdout.includes(ESC));
    assert.ok(!runInProcess(args, { tty: true, env: { NO_COLOR: '1' } }).stdout.includes(ESC));
    assert.ok(!runInProcess(args, { tty: false, env: {} }).stdout.includes(ESC));
  });
});
