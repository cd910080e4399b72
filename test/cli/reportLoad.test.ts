import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseCsv } from '../../server/src/interop/import/csvInput';
import { REPO, runBin, runInProcess, tempTree } from './harness';

const GOLDEN = join(REPO, 'test/reports/golden');

const ORG = `xproj: 1
departments:
  - {id: ops, name: 运营部}
  - {id: it, name: 信息中心}
people:
  - {id: boss, name: 王总}
  - {id: li-na, name: 李娜, department: ops}
  - {id: zhao, name: 赵六, department: it, capacity: 0.8}
  - {id: qian, name: "=cmd|' /c calc'!A0", department: it}
`;

function plan(id: string, name: string, tasks: readonly string[]): string {
  return [
    'xproj: 1',
    'imports: [org.xproj.yaml]',
    `project: {id: ${id}, name: ${name}, owner: boss, manager: boss, start: 2026-03-02}`,
    'tasks:',
    ...tasks.map((t) => `  - {${t}, owner: boss}`),
    '',
  ].join('\n');
}

/**
 * Two plans share li-na (0.5 + 0.6 on Friday 6 March) and zhao; a third shares nobody: its own
 * li-na is another person. A library of people sits beside them.
 */
function repository(): string {
  return tempTree({
    'plans/org.xproj.yaml': ORG,
    'plans/enrol.xproj.yaml': plan('enrol', '招生系统', [
      'id: build, name: 搭建系统, start: 2026-03-02, duration: 5d, assignees: [{person: li-na, load: 0.5}, {person: zhao, load: 0.5}]',
      'id: test, name: 联调测试, depends_on: [build], duration: 2w, assignees: [{person: zhao, load: 0.5}, qian]',
    ]),
    'plans/train.xproj.yaml': plan('train', '教师培训', [
      'id: train, name: 培训教师, start: 2026-03-06, duration: 3d, assignees: [{person: li-na, load: 0.6}, {person: zhao, load: 0.5}]',
    ]),
    'plans/own/solo.xproj.yaml': [
      'xproj: 1',
      'project: {id: solo, name: 独立项目, owner: li-na, start: 2026-03-02}',
      'people: [{id: li-na, name: 另一位李娜}]',
      'tasks:',
      '  - {id: alone, owner: li-na, start: 2026-03-05, duration: 2d, assignees: [{person: li-na, load: 0.6}]}',
      '',
    ].join('\n'),
  });
}

const DATE = ['--status-date', '2026-03-04'];

describe('xproj report load', () => {
  it('writes the golden Markdown of a folder, in English and Chinese', () => {
    const root = repository();
    for (const locale of ['en', 'zh-cn']) {
      const r = runInProcess(['report', 'load', 'plans', ...DATE, '--locale', locale], { cwd: root });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      const file = join(GOLDEN, `load.${locale}.md`);
      if (process.env['UPDATE_GOLDEN'] === '1') {
        writeFileSync(file, r.stdout);
      }
      assert.equal(r.stdout, readFileSync(file, 'utf8'), `${file} differs; run with UPDATE_GOLDEN=1 if the change is intended`);
    }
  });

  it('counts a FILE alone: no one is over capacity in one plan', () => {
    const r = runInProcess(['report', 'load', 'plans/enrol.xproj.yaml', ...DATE, '--format', 'json'], { cwd: repository() });
    assert.equal(r.code, 0, r.stderr);
    const model = JSON.parse(r.stdout) as { kind: string; plans: { name: string }[]; people: { id: string; weeks: { over: boolean }[] }[] };
    assert.equal(model.kind, 'load');
    assert.deepEqual(
      model.plans.map((p) => p.name),
      ['招生系统'],
    );
    assert.deepEqual(
      model.people.map((p) => [p.id, p.weeks.some((w) => w.over)]),
      [
        ['li-na', false],
        ['zhao', false],
        ['qian', false],
      ],
    );
  });

  it('writes CSV that parses back: a row per person and week, the over weeks marked, formula text neutralised', () => {
    const r = runInProcess(['report', 'load', 'plans', ...DATE, '--format', 'csv'], { cwd: repository() });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith('\ufeff') && r.stdout.endsWith('\r\n'));
    const [head, ...rows] = parseCsv(r.stdout);
    assert.deepEqual(head, ['person id', 'name', 'department id', 'department', 'week', 'peak load', 'capacity', 'average load', 'over', 'plans']);
    const over = rows.filter((row) => row[8] === 'true');
    assert.deepEqual(over, [
      ['li-na', '李娜', 'ops', '运营部', '2026-03-02', '1.1', '1', '0.62', 'true', '招生系统; 教师培训'],
      ['zhao', '赵六', 'it', '信息中心', '2026-03-02', '1', '0.8', '0.6', 'true', '招生系统; 教师培训'],
      // Monday and Tuesday at 0.5 + 0.5, then 0.5 on test alone: 3.5 FTE-days over 5.
      ['zhao', '赵六', 'it', '信息中心', '2026-03-09', '1', '0.8', '0.7', 'true', '招生系统; 教师培训'],
    ]);
    const qian = rows.find((row) => row[0] === 'qian')!;
    assert.equal(qian[1], "'=cmd|' /c calc'!A0");
    // The other li-na, of a plan that shares nobody, is her own row and never over.
    assert.deepEqual(
      rows.filter((row) => row[1] === '另一位李娜').map((row) => [row[0], row[5], row[8], row[9]]),
      [['li-na', '0.6', 'false', '独立项目']],
    );
    // Weeks with load: li-na 2, zhao 3, qian 2, the other li-na 1.
    assert.equal(rows.length, 8);
  });

  it('writes one HTML page that marks over-capacity cells with a class and a sign', () => {
    const root = repository();
    const r = runInProcess(['report', 'load', 'plans', ...DATE, '--format', 'html', '-o', 'load.html'], { cwd: root });
    assert.deepEqual([r.code, r.stdout], [0, '']);
    const page = readFileSync(join(root, 'load.html'), 'utf8');
    assert.match(page, /^<!DOCTYPE html>/);
    assert.equal((page.match(/<td class="num alert"><strong>▲ /g) ?? []).length, 3);
    assert.doesNotMatch(page, /<td class="num alert">\d/);
  });

  it('says so, and exits 0, when no one is booked; exits 2 on a folder without plans, a missing path or a CSV for another report', () => {
    const root = tempTree({
      'lib/org.xproj.yaml': ORG,
      'empty/p.xproj.yaml': plan('p', 'P', ['id: m, start: 2026-03-02, milestone: true']),
    });
    const empty = runInProcess(['report', 'load', 'empty', ...DATE], { cwd: root });
    assert.equal(empty.code, 0);
    assert.match(empty.stdout, /> No one is booked on an open task/);
    assert.match(empty.stderr, /No one is booked on an open task in empty in the weeks shown: the load report is empty\./);
    const zh = runInProcess(['report', 'load', 'empty', ...DATE, '--format', 'csv', '--locale', 'zh-cn'], { cwd: root });
    assert.deepEqual([zh.code, parseCsv(zh.stdout).length], [0, 1]);
    assert.match(zh.stderr, /负荷报告为空/);
    const cases: [string[], RegExp][] = [
      [['report', 'load', 'nowhere'], /Path not found: nowhere/],
      [['report', 'load', 'lib/none'], /Path not found/],
      [['report', 'load', '.', '--format', 'pdf'], /Unknown format 'pdf'/],
      [['report', 'weekly', 'empty/p.xproj.yaml', '--format', 'csv'], /Unknown format 'csv'/],
      [['report', 'load'], /'report' takes a kind \(weekly, funds, risks, closing or load\)/],
    ];
    for (const [argv, message] of cases) {
      const r = runInProcess(argv, { cwd: root });
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, message, argv.join(' '));
    }
    const noPlans = runInProcess(['report', 'load', 'lib/..', '--format', 'json'], { cwd: tempTree({ 'x/readme.txt': 'no plans' }) });
    assert.equal(noPlans.code, 2);
    assert.match(noPlans.stderr, /No \*\.xproj\.yaml or \*\.xproj\.yml files found in lib\/\.\./);
  });

  it('keeps a broken plan of the folder in the report, saying so, rather than leave its load out unsaid', () => {
    const root = repository();
    writeFileSync(join(root, 'plans/broken.xproj.yaml'), 'xproj: 1\nproject: [\n  : : :\n');
    const r = runInProcess(['report', 'load', 'plans', ...DATE], { cwd: root });
    assert.equal(r.code, 0);
    assert.match(r.stderr, /plans\/broken\.xproj\.yaml: Note: the plan has 1 error/);
    assert.match(r.stdout, /> broken\.xproj\.yaml: The file has no project section/);
    assert.match(r.stdout, /^4 plans counted together/m);
  });

  it('lists report load in the help, in both languages', () => {
    assert.match(runInProcess(['--help']).stdout, /report load FILE\|FOLDER/);
    assert.match(runInProcess(['report', '--help']).stdout, /xproj report load FILE\|FOLDER \[options\]/);
    assert.match(runInProcess(['help', 'report', '--locale', 'zh-cn']).stdout, /xproj report load 文件\|文件夹/);
    assert.match(runInProcess(['--help', '--locale', 'zh-cn']).stdout, /report load 文件\|文件夹/);
  });

  it('gives the same CSV through the built CLI (dist) as in-process', () => {
    const root = repository();
    const argv = ['report', 'load', 'plans', ...DATE, '--format', 'csv'];
    const built = runBin(argv, { cwd: root });
    assert.equal(built.code, 0, built.stderr);
    assert.equal(built.stdout, runInProcess(argv, { cwd: root }).stdout);
  });
});
