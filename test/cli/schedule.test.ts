import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { displayWidth, truncateToWidth } from '../../server/src/cli/format/textWidth';
import { runInProcess, tempTree } from './harness';

interface ScheduleJson {
  project: { start: string; end: string };
  tasks: { id: string; start: string | null; end: string | null; slack: number | null; critical: boolean }[];
}

const PLAN_ORDER = ['kickoff', 'build', 'requirements', 'design', 'campaign', 'launch'];

describe('schedule --format json', () => {
  it('has the contract shape and lists every task in plan order, summaries and milestones included', () => {
    const r = runInProcess(['schedule', 'valid.xproj.yaml', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const s = JSON.parse(r.stdout) as ScheduleJson;
    assert.deepEqual(Object.keys(s), ['project', 'tasks']);
    // The fixture has a status date, so the forecast comes with the planned dates (no baseline).
    assert.deepEqual(Object.keys(s.project), ['start', 'end', 'forecast_end']);
    assert.deepEqual(
      s.tasks.map((t) => t.id),
      PLAN_ORDER,
    );
    for (const t of s.tasks) {
      assert.deepEqual(Object.keys(t), ['id', 'start', 'end', 'slack', 'critical', 'forecast_start', 'forecast_end']);
    }
  });

  // Needs the CPM scheduler; the dates follow FORMAT.md's semantics (holiday on Friday 2026-03-06).
  it('gives the dates, slack and critical path of the valid fixture (needs the CPM scheduler)', () => {
    const s = JSON.parse(runInProcess(['schedule', 'valid.xproj.yaml', '--format', 'json']).stdout) as ScheduleJson;
    assert.deepEqual(s.project, { start: '2026-03-02', end: '2026-03-12', forecast_end: '2026-03-12' });
    const byId = new Map(s.tasks.map((t) => [t.id, t]));
    const expected: [string, string, string, number, boolean][] = [
      ['kickoff', '2026-03-02', '2026-03-02', 0, true],
      ['requirements', '2026-03-02', '2026-03-04', 0, true],
      ['design', '2026-03-05', '2026-03-12', 0, true],
      ['campaign', '2026-03-03', '2026-03-04', 5, false],
      ['launch', '2026-03-12', '2026-03-12', 0, true],
    ];
    for (const [id, start, end, slack, critical] of expected) {
      const {
        forecast_start: _start,
        forecast_end: _end,
        ...planned
      } = byId.get(id) as ScheduleJson['tasks'][number] & { forecast_start?: string; forecast_end?: string };
      assert.deepEqual(planned, { id, start, end, slack, critical });
    }
    assert.deepEqual([byId.get('build')?.start, byId.get('build')?.end], ['2026-03-02', '2026-03-12']);
  });

  it('prints the schedule of a plan with errors, noting them on stderr, and exits 0', () => {
    const dir = tempTree({
      'p.xproj.yaml': 'xproj: 1\nproject: {id: p, name: P, start: 2026-03-02}\ntasks:\n  - {id: a, duration: 2d}\n  - {id: a, duration: 1d}\n',
    });
    const r = runInProcess(['schedule', 'p.xproj.yaml', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.deepEqual(
      (JSON.parse(r.stdout) as ScheduleJson).tasks.map((t) => t.id),
      ['a', 'a'],
    );
    assert.match(r.stderr, /the plan has \d+ errors?; run 'xproj check'/);
  });

  it('exits 2 for a path that does not exist or is a folder', () => {
    const missing = runInProcess(['schedule', 'nope.xproj.yaml']);
    assert.deepEqual([missing.code, missing.stdout], [2, '']);
    assert.match(missing.stderr, /Path not found: nope\.xproj\.yaml/);
    assert.equal(runInProcess(['schedule', '.']).code, 2);
  });
});

describe('schedule table', () => {
  /** The terminal column at which `pattern` first matches in `line`. */
  const columnOf = (line: string, pattern: RegExp): number => {
    const m = pattern.exec(line);
    assert.ok(m, `${pattern} in ${line}`);
    return displayWidth(line.slice(0, m.index));
  };

  it('aligns its columns by terminal width with Chinese names', () => {
    const r = runInProcess(['schedule', 'valid.xproj.yaml']);
    assert.equal(r.code, 0);
    const lines = r.stdout.trimEnd().split('\n');
    const header = lines.findIndex((l) => l.startsWith('ID '));
    const body = lines.slice(header + 1);
    assert.equal(body.length, PLAN_ORDER.length);
    const startColumn = columnOf(lines[header]!, /Start/);
    const ownerColumn = columnOf(lines[header]!, /Owner/);
    for (const line of body) {
      assert.equal(columnOf(line, /\d{4}-\d{2}-\d{2}|-(?= )/), startColumn, line);
      // The owner by name with the id: "李四 (li-si)".
      assert.equal(columnOf(line, /\p{Script=Han}+ \([a-z]+-[a-z]+\)$/u), ownerColumn, line);
    }
    assert.match(body[0]!, / 李四 \(li-si\)$/);
    assert.match(body[0]!, /^kickoff +召开项目启动会 /);
    assert.match(body[2]!, /^requirements {4}需求调研 /, 'subtasks are indented under their summary');
  });

  it('heads its columns in Chinese under --locale zh-cn', () => {
    assert.match(runInProcess(['schedule', 'valid.xproj.yaml', '--locale', 'zh-cn']).stdout, /^ID +名称 +开始 +结束 +工期 +浮动 +关键 +负责人$/m);
  });

  it('measures terminal widths', () => {
    assert.equal(displayWidth('abc'), 3);
    assert.equal(displayWidth('需求调研'), 8);
    assert.equal(displayWidth('（第 1 周）'), 11);
    assert.equal(displayWidth('e\u0301'), 1);
    assert.equal(displayWidth('🚀'), 2);
    assert.equal(truncateToWidth('项目收尾阶段第九周', 10), '项目收...');
    assert.equal(truncateToWidth('short', 10), 'short');
  });
});
