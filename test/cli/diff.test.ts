import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { PlanDiff } from '../../server/src/service';
import { runInProcess, tempTree } from './harness';

const V1 = [
  'xproj: 1',
  'project: {id: p, name: 招生计划, owner: a, manager: b, start: 2026-03-02, status_date: 2026-03-02}',
  'people: [{id: a, name: A}, {id: b, name: B}]',
  'tasks:',
  '  - {id: design, owner: a, duration: 3d}',
  '  - {id: build, owner: a, duration: 5d, depends_on: [design]}',
  '  - {id: old, owner: b, duration: 1d}',
  '  - {id: ready, owner: a, milestone: true, depends_on: [build]}',
  'budget:',
  '  total: 10000',
  '  items:',
  '    - {id: venue, amount: 4000, approved_by: finance}',
  '',
].join('\n');

/** v2: build two days longer and re-owned, `old` gone, `extra` added, the venue dearer; nothing recorded. */
const V2 = V1.replace('{id: build, owner: a, duration: 5d', '{id: build, owner: b, duration: 7d')
  .replace('  - {id: old, owner: b, duration: 1d}\n', '  - {id: extra, owner: b, duration: 2d}\n')
  .replace('amount: 4000', 'amount: 5000')
  .replace('total: 10000', 'total: 11000');

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** A repository where plan.xproj.yaml was committed as V1 (tag v1.0), then as V2 (HEAD). */
function repository(): string {
  const dir = tempTree({ 'plan.xproj.yaml': V1, 'other.txt': 'x' });
  git(dir, 'init', '-q');
  git(dir, 'add', 'other.txt');
  git(dir, 'commit', '-qm', 'before the plan');
  git(dir, 'tag', 'before');
  git(dir, 'add', 'plan.xproj.yaml');
  git(dir, 'commit', '-qm', 'approved plan');
  git(dir, 'tag', 'v1.0');
  writeFileSync(join(dir, 'plan.xproj.yaml'), V2);
  git(dir, 'commit', '-qam', 'replanned');
  return dir;
}

function diffJson(cwd: string, ...args: string[]): PlanDiff {
  const r = runInProcess(['diff', ...args, '--format', 'json'], { cwd });
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as PlanDiff;
}

describe('xproj diff', () => {
  const repo = repository();

  it('compares with a tag and gives every field of the contract', () => {
    const d = diffJson(repo, 'v1.0', 'plan.xproj.yaml');
    assert.deepEqual(Object.keys(d), ['base', 'finish', 'tasks', 'milestones', 'budget', 'unrecorded', 'critical_path']);
    assert.equal(d.base, 'v1.0');
    // design Mon 2 – Wed 4, build Thu 5 – Wed 11 (now Fri 13), ready at its end.
    assert.deepEqual(d.finish, { base: '2026-03-11', planned: '2026-03-13', forecast: '2026-03-13', delta: 2 });
    assert.deepEqual(d.milestones, [{ id: 'ready', base: '2026-03-11', planned: '2026-03-13', forecast: '2026-03-13', delta: 2 }]);
    assert.deepEqual(d.budget, { base: 10000, total: 11000, delta: 1000 });
    assert.deepEqual(
      d.tasks.map((t) => [t.id, t.change, t.start_delta, t.end_delta, t.fields.join(',')]),
      [
        ['build', 'changed', 0, 2, 'end,duration,owner'],
        ['extra', 'added', null, null, ''],
        ['ready', 'changed', 2, 2, 'start,end'],
        ['old', 'removed', null, null, ''],
      ],
    );
    assert.deepEqual(d.unrecorded, ['build', 'venue']);
    assert.deepEqual(d.critical_path, { added: [], removed: [] });
  });

  it('compares with HEAD~1 and with a plan file, and with the plan’s own baseline', () => {
    assert.equal(diffJson(repo, 'HEAD~1', 'plan.xproj.yaml').finish.delta, 2);
    writeFileSync(join(repo, 'approved.xproj.yaml'), V1);
    assert.equal(diffJson(repo, 'approved.xproj.yaml', 'plan.xproj.yaml').base, 'approved.xproj.yaml');
    const own = tempTree({
      'plan.xproj.yaml': V2.replace('status_date: 2026-03-02}', 'status_date: 2026-03-02, baseline: approved.xproj.yaml}'),
      'approved.xproj.yaml': V1,
    });
    assert.deepEqual(diffJson(own, 'plan.xproj.yaml').milestones[0]!.delta, 2);
  });

  it('fails on a slip only when asked, and says so in text and markdown', () => {
    const text = runInProcess(['diff', 'v1.0', 'plan.xproj.yaml'], { cwd: repo });
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^Compared with v1\.0\nfinish {5}2026-03-11 → 2026-03-13 \(forecast \+2d\)\nmilestone ready {2}2026-03-11 → 2026-03-13 \(\+2d\)/);
    assert.match(text.stdout, / build \| changed 0d \.\. \+2d {2}end, duration, owner\n/);
    assert.match(text.stdout, /no change request: build, venue/);
    assert.equal(runInProcess(['diff', 'v1.0', 'plan.xproj.yaml', '--fail-on-slip'], { cwd: repo }).code, 1);
    assert.equal(runInProcess(['diff', 'HEAD', 'plan.xproj.yaml', '--fail-on-slip'], { cwd: repo }).code, 0);
    const md = runInProcess(['diff', 'v1.0', 'plan.xproj.yaml', '--format', 'markdown', '--locale', 'zh-cn'], { cwd: repo }).stdout;
    assert.match(md, /^### 招生计划：自 `v1\.0` 以来的变化\n/);
    assert.match(md, /\*\*完成日期：\*\*基线 2026-03-11 → 计划 2026-03-13，预测 2026-03-13（\*\*延后 2 个工作日\*\*）/);
    assert.match(md, /\| `ready` \| 2026-03-11 \| 2026-03-13 \| 2026-03-13 \| \*\*延后 2 个工作日\*\* \|/);
    assert.match(md, /\*\*任务：\*\*新增 1 个，删除 1 个，改期 2 个，更换负责人 1 个/);
    assert.match(md, /\*\*预算：\*\*10,000 → 11,000（\+1,000）/);
    assert.match(md, /\*\*未登记变更申请的改动：\*\*`build`, `venue`/);
  });

  it('exits 2 with a clear message for a revision git does not know, a hostile name, a revision without the file, no repository, no baseline', () => {
    const cases: [string[], string, RegExp][] = [
      [['v9', 'plan.xproj.yaml'], repo, /The baseline 'v9' cannot be read: git knows no revision of that name\./],
      [['v1; rm -rf ~', 'plan.xproj.yaml'], repo, /git knows no revision of that name/],
      [['--output=/tmp/x', 'plan.xproj.yaml'], repo, /Unknown option '--output' for 'diff'/],
      [['before', 'plan.xproj.yaml'], repo, /the plan file does not exist there/],
      [['v1.0', 'plan.xproj.yaml'], tempTree({ 'plan.xproj.yaml': V2 }), /the plan is not in a git repository/],
      [['plan.xproj.yaml'], repo, /plan\.xproj\.yaml names no baseline/],
      [['missing.xproj.yaml', 'plan.xproj.yaml'], repo, /the plan file does not exist there/],
    ];
    for (const [args, cwd, message] of cases) {
      const r = runInProcess(['diff', ...args], { cwd });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}`);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message, args.join(' '));
    }
  });

  it('refuses a baseline that is too large or not a plan at that revision, without reading it whole', () => {
    const dir = repository();
    writeFileSync(join(dir, 'plan.xproj.yaml'), Buffer.from([0, 1, 2, 0x89, 0x50, 0x4e, 0x47]));
    git(dir, 'commit', '-qam', 'binary');
    git(dir, 'tag', 'binary');
    writeFileSync(join(dir, 'plan.xproj.yaml'), '');
    truncateSync(join(dir, 'plan.xproj.yaml'), 33 * 1024 * 1024);
    git(dir, 'commit', '-qam', 'huge');
    git(dir, 'tag', 'huge');
    writeFileSync(join(dir, 'plan.xproj.yaml'), V2);
    mkdirSync(join(dir, 'sub'));
    const binary = runInProcess(['diff', 'binary', 'plan.xproj.yaml'], { cwd: dir });
    assert.deepEqual([binary.code, binary.stderr], [2, "xproj: The baseline 'binary' is not an XProj plan: it has no project and no tasks.\n"]);
    const huge = runInProcess(['diff', 'huge', 'plan.xproj.yaml'], { cwd: dir });
    assert.deepEqual([huge.code, huge.stderr], [2, "xproj: The baseline 'huge' is not read: it is larger than the 32 MB a plan file may be.\n"]);
  });
});
