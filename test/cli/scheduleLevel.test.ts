import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runInProcess, tempTree } from './harness';

const PLAN = [
  'xproj: 1',
  'project: {id: p, name: P, owner: a, manager: a, start: 2026-03-02}',
  'people:',
  '  - {id: a, name: 李娜}',
  '  - {id: b, name: 王五}',
  'tasks:',
  '  - {id: t1, owner: a, start: 2026-03-02, duration: 5d, assignees: [a]}',
  '  - {id: t2, owner: a, duration: 2d, assignees: [a]}',
  // Both end on the project's last day: no slack to level with.
  '  - {id: t3, owner: b, start: 2026-03-02, duration: 15d, assignees: [b]}',
  '  - {id: t4, owner: b, start: 2026-03-02, duration: 15d, assignees: [b]}',
  '',
].join('\n');

describe('schedule --level', () => {
  it('prints the smallest delays a greedy levelling would make, and what it cannot level, as JSON; writes nothing', () => {
    const root = tempTree({ 'p.xproj.yaml': PLAN });
    const run = runInProcess(['schedule', 'p.xproj.yaml', '--level', '--format', 'json'], { cwd: root });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [
      { task: 't1', from: '2026-03-02', to: '2026-03-04', days: 2, person: 'a', reason: "李娜 (a) is over capacity from 2026-03-02 with 't2'" },
      {
        task: 't3',
        from: '2026-03-02',
        to: '2026-03-02',
        days: 0,
        person: 'b',
        reason: "王五 (b) is over capacity from 2026-03-02 with 't4'; no task among them can be delayed within its slack",
      },
    ]);
    assert.equal(readFileSync(join(root, 'p.xproj.yaml'), 'utf8'), PLAN);
  });

  it('levels step by step: a delay that meets the next booking moves on past it', () => {
    const plan = PLAN.replace(
      / {2}- \{id: t3.*\n {2}- \{id: t4.*\n/,
      '  - {id: t5, owner: a, start: 2026-03-04, duration: 1d, assignees: [a]}\n  - {id: done, owner: a, milestone: true, start: 2026-03-31}\n',
    );
    const root = tempTree({ 'p.xproj.yaml': plan });
    const proposals = JSON.parse(runInProcess(['schedule', 'p.xproj.yaml', '--level', '--format', 'json'], { cwd: root }).stdout) as {
      task: string;
      to: string;
      days: number;
    }[];
    // Whatever it moves, nobody is booked twice on one day afterwards.
    const after = plan.replace(/id: (t\d), owner: a, (?:start: [\d-]+, )?/g, (whole, id: string) => {
      const moved = proposals.find((p) => p.task === id);
      return moved ? `id: ${id}, owner: a, start: ${moved.to}, ` : whole;
    });
    const check = runInProcess(['check', 'p.xproj.yaml', '--format', 'json'], { cwd: tempTree({ 'p.xproj.yaml': after }) });
    assert.deepEqual(
      (JSON.parse(check.stdout) as { code: string }[]).filter((p) => p.code === 'overallocation'),
      [],
      after,
    );
    assert.ok(proposals.length >= 1);
  });

  it('prints a table in Chinese, and says when there is nothing to level', () => {
    const root = tempTree({ 'p.xproj.yaml': PLAN, 'q.xproj.yaml': PLAN.replace(/assignees: \[\w\]/g, 'assignees: []') });
    const zh = runInProcess(['schedule', 'p.xproj.yaml', '--level', '--locale', 'zh-cn'], { cwd: root });
    const lines = zh.stdout.split('\n');
    assert.match(lines[0]!, /^任务\s+原开始\s+建议开始\s+推迟\s+人员\s+原因$/);
    assert.match(lines[1]!, /^t1\s+2026-03-02\s+2026-03-04\s+2\s+a\s+李娜 \(a\)自 2026-03-02 起与“t2”叠加超出产能$/);
    assert.match(zh.stdout, /仅为建议，不写入任何文件/);
    const none = runInProcess(['schedule', 'q.xproj.yaml', '--level'], { cwd: root });
    assert.equal(none.stdout, 'No overallocation to level: nothing would change.\n');
  });
});
