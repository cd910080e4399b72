import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { escapedCharWidth, terminalLines, terminalText } from '../../server/src/cli/format/terminalText';
import { displayWidth, truncateToWidth } from '../../server/src/cli/format/textWidth';
import { runInProcess, tempTree } from './harness';

/** The characters a plan could use to drive a terminal that `text` holds: C0 but newline, DEL, C1, the bidi controls. */
function rawControls(text: string): string[] {
  const bidi = [0x61c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
  return [...text].filter((ch) => {
    const code = ch.codePointAt(0)!;
    return (code < 0x20 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f) || bidi.includes(code);
  });
}
/** The colours the CLI itself prints. */
// eslint-disable-next-line no-control-regex -- the escape character is what this matches
const OWN_SGR = /\u001b\[\d+m/g;

// YAML double-quoted escapes: \e is ESC, \a BEL, \x9b the one-byte CSI.
const HOSTILE_PLAN = [
  'xproj: 1',
  'project: {id: p, name: "P\\e]0;pwned\\a", owner: a, manager: a, start: 2026-03-02, status_date: 2026-03-02}',
  'people: [{id: a, name: A}]',
  'tasks:',
  '  - {id: "t\\e[2J\\e[H", name: "clear\\e[2J", owner: a, duration: 2d}',
  '  - {id: ok, name: "\\e]8;;https://evil.example\\aclick here\\e]8;;\\a", owner: a, duration: 1d, depends_on: ["ghost\\r0 errors, 0 warnings in 1 file"]}',
  '  - {id: rtl, name: "abc\\u202Edcba\\u2066x\\u2069", owner: "b\\x9b2J", duration: 1d}',
  '  - {id: bell, name: "ding\\a\\a 名称\\tx", owner: a, duration: 1d}',
  '',
].join('\n');

function hostileFolder(): string {
  const dir = tempTree({});
  writeFileSync(join(dir, 'evil\u001b[31m.xproj.yaml'), HOSTILE_PLAN);
  return dir;
}

describe('terminal-safe text', () => {
  it('escapes C0, DEL, C1 and the bidi controls as \\xHH and \\uHHHH', () => {
    assert.equal(terminalText('a\u001b[2Jb\u0007c\rd\u007f\u009b'), 'a\\x1b[2Jb\\x07c\\x0dd\\x7f\\x9b');
    assert.equal(terminalText('\u202eabc\u202a\u2066\u2069\u200e\u200f\u061c'), '\\u202eabc\\u202a\\u2066\\u2069\\u200e\\u200f\\u061c');
    assert.equal(terminalText('one\ntwo\tthree\u0000'), 'one\\x0atwo\\x09three\\x00');
    assert.equal(terminalText('计划 C:\\plans\\é 🚀'), '计划 C:\\plans\\é 🚀');
  });

  it('keeps line breaks where the CLI prints several lines, and escapes a lone carriage return', () => {
    assert.equal(terminalLines('one\r\ntwo\nthree\rfour\u001b'), 'one\ntwo\nthree\\x0dfour\\x1b');
  });

  it('measures and cuts plan text as it will be printed', () => {
    assert.equal(escapedCharWidth(0x1b), 4);
    assert.equal(escapedCharWidth(0x202e), 6);
    assert.equal(escapedCharWidth(0x4e00), 2);
    assert.equal(escapedCharWidth(0x61), 1);
    const cut = truncateToWidth('ab\u202ecdefgh', 12, escapedCharWidth);
    assert.equal(cut, 'ab\u202ec...');
    assert.equal(displayWidth(terminalText(cut)), 12);
    assert.equal(truncateToWidth('ab\u202ecdefgh', 14, escapedCharWidth), 'ab\u202ecdefgh');
    assert.equal(terminalText(truncateToWidth('a\u001b\u001b\u001b', 7, escapedCharWidth)), 'a...');
  });
});

describe('a plan that tries to drive the terminal', () => {
  it('check prints its ids, names and file name as visible escapes, without colours', () => {
    const r = runInProcess(['check', '.'], { cwd: hostileFolder() });
    assert.equal(r.code, 1);
    assert.deepEqual(rawControls(r.stdout), []);
    assert.ok(r.stdout.startsWith('evil\\x1b[31m.xproj.yaml:5:10 - error schema: '), r.stdout);
    assert.ok(r.stdout.includes("'t\\x1b[2J\\x1b[H' is not a valid id"));
    assert.ok(r.stdout.includes("Unknown task 'ghost\\x0d0 errors, 0 warnings in 1 file' in 'depends_on'."));
    assert.ok(r.stdout.includes("Unknown person 'b\\x9b2J' in 'owner'."));
    assert.match(r.stdout, /\n\n5 errors, 0 warnings in 1 file\n$/);
  });

  it('check in colour adds its own colours and nothing else', () => {
    const r = runInProcess(['check', '.'], { cwd: hostileFolder(), tty: true, env: {} });
    assert.match(r.stdout, OWN_SGR);
    assert.deepEqual(rawControls(r.stdout.replace(OWN_SGR, '')), []);
  });

  it('schedule prints the table with escapes in place, still aligned', () => {
    const r = runInProcess(['schedule', 'evil\u001b[31m.xproj.yaml'], { cwd: hostileFolder() });
    assert.equal(r.code, 0);
    assert.deepEqual(rawControls(r.stdout), []);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'Project P\\x1b]0;pwned\\x07: 2026-03-02 .. 2026-03-03, 4 tasks, 1 on the critical path');
    // The plan has errors, so a line under the title says its dates are unreliable; the table follows a blank line.
    assert.match(lines[1]!, /^The dates are unreliable: /);
    const table = lines.slice(3, 8);
    assert.deepEqual(
      table.map((line) => line.split('  ')[0]),
      ['ID', 't\\x1b[2J\\x1b[H', 'ok', 'rtl', 'bell'],
    );
    assert.ok(table[2]!.includes('\\x1b]8;;https://evil.example\\x07click...'));
    assert.ok(table[3]!.includes('abc\\u202edcba\\u2066x\\u2069'));
    assert.ok(table[3]!.endsWith('b\\x9b2J'));
    assert.ok(table[4]!.includes('ding\\x07\\x07 名称\\x09x'));
    // Every row has its Start date in the column of the header's Start.
    const column = (line: string, text: string): number => displayWidth(line.slice(0, line.indexOf(text)));
    const start = column(table[0]!, 'Start');
    for (const row of table.slice(1)) {
      assert.equal(column(row, '2026-03-02'), start, row);
    }
  });

  it('usage and path messages on stderr escape what the command line gave them', () => {
    const missing = runInProcess(['check', 'nope\u001b[2J.xproj.yaml']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'xproj: Path not found: nope\\x1b[2J.xproj.yaml\n');
    const format = runInProcess(['check', '--format', 'x\u009b2J\u202e']);
    assert.equal(format.stderr.split('\n')[0], "xproj: Unknown format 'x\\x9b2J\\u202e'; use one of 'text', 'json', 'sarif'.");
    const schedule = runInProcess(['schedule', 'gone\r.xproj.yaml']);
    assert.equal(schedule.stderr, 'xproj: Path not found: gone\\x0d.xproj.yaml\n');
  });
});
