import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatDay } from '../../common/dates';
import { isClosedStatus } from '../../common/taskStatus';
import type { PlanAnalysis } from '../../server/src/service';
import { remainingDays } from '../../server/src/service/scheduler/forecast';
import { loadGenerator } from '../helpers/generator';
import { check, findings } from '../helpers/plan';

/** A plan starting Monday 2026-03-02 with the status date given (March 2026, Monday to Friday). */
function plan(statusDate: string | undefined, tasks: readonly string[]): PlanAnalysis {
  const status = statusDate ? `, status_date: ${statusDate}` : '';
  return check(
    ['xproj: 1', `project: {id: p, name: P, owner: a, manager: a, start: 2026-03-02${status}}`, 'people: [{id: a, name: A}]', 'tasks:', ...tasks, ''].join(
      '\n',
    ),
  );
}

/** `planned MM-DD..MM-DD | forecast MM-DD..MM-DD` per task. */
function both(a: PlanAnalysis): Record<string, string> {
  const short = (d: number): string => formatDay(d).slice(5);
  const out: Record<string, string> = {};
  for (const [task, s] of a.schedule.tasks) {
    const f = a.schedule.forecast?.tasks.get(task);
    out[task.id] = `${short(s.start)}..${short(s.end)} | ${f ? `${short(f.start)}..${short(f.end)}` : '-'}`;
  }
  return out;
}

describe('forecast from the status date', () => {
  it('has none without a status date', () => {
    assert.equal(plan(undefined, ['  - {id: t, owner: a, duration: 2d}']).schedule.forecast, undefined);
  });

  it('gives a started task behind its plan its remaining share from the status date', () => {
    // 10 days from Mon 2: planned to end Fri 13. 30% done on Mon 16: ceil(10 × 70%) = 7 days, 16–24.
    const a = plan('2026-03-16', ['  - {id: t, owner: a, duration: 10d, status: in-progress, progress: 30}']);
    assert.deepEqual(both(a), { t: '03-02..03-13 | 03-02..03-24' });
    assert.equal(formatDay(a.schedule.forecast!.finish), '2026-03-24');
  });

  it('starts a task that is due and not started on the status date, with its whole duration', () => {
    const a = plan('2026-03-16', ['  - {id: t, owner: a, start: 2026-03-04, duration: 3d}']);
    assert.deepEqual(both(a), { t: '03-04..03-06 | 03-16..03-18' });
  });

  it('counts a blocked task as started, and keeps what is done (with its actual dates) where it is', () => {
    const a = plan('2026-03-16', [
      '  - {id: blocked, owner: a, start: 2026-03-09, duration: 2d, status: blocked}',
      '  - {id: done, owner: a, start: 2026-03-02, duration: 5d, status: done, actual_start: 2026-03-03, actual_end: 2026-03-06}',
      '  - {id: cancelled, owner: a, start: 2026-03-02, duration: 2d, status: cancelled}',
    ]);
    assert.deepEqual(both(a), {
      blocked: '03-09..03-10 | 03-09..03-17',
      // Actual dates replace the planned ones in the schedule too.
      done: '03-03..03-06 | 03-03..03-06',
      cancelled: '03-02..03-03 | 03-02..03-03',
    });
  });

  it('pushes a fixed start and a milestone by unfinished work, and leaves the rest as planned', () => {
    const a = plan('2026-03-16', [
      '  - {id: build, owner: a, duration: 10d, status: in-progress, progress: 30}',
      '  - {id: launch, owner: a, start: 2026-03-18, duration: 2d, depends_on: [build]}',
      '  - {id: ready, owner: a, milestone: true, depends_on: [build]}',
      '  - {id: later, owner: a, start: 2026-04-01, duration: 1d}',
    ]);
    assert.deepEqual(both(a), {
      build: '03-02..03-13 | 03-02..03-24',
      // Written to start Wed 18; build now ends Tue 24, so Wed 25.
      launch: '03-18..03-19 | 03-25..03-26',
      // At the end of build's last day, planned and forecast.
      ready: '03-13..03-13 | 03-24..03-24',
      later: '04-01..04-01 | 04-01..04-01',
    });
    assert.equal(formatDay(a.schedule.forecast!.finish), '2026-04-01');
  });

  it('spans a summary over its subtasks, and moves an FF successor by its predecessor', () => {
    const a = plan('2026-03-16', [
      '  - id: s',
      '    owner: a',
      '    subtasks:',
      '      - {id: x, duration: 10d, status: in-progress, progress: 50}',
      '      - {id: y, duration: 3d, depends_on: [{task: x, type: FF}]}',
    ]);
    // x: 50% of 10 left, five days from Mon 16: ends Fri 20; y ends with it.
    assert.deepEqual(both(a), { s: '03-02..03-13 | 03-02..03-20', x: '03-02..03-13 | 03-02..03-20', y: '03-11..03-13 | 03-18..03-20' });
  });

  it('needs at least a day for unfinished work unless its progress is 100', () => {
    assert.deepEqual([remainingDays(10, 30), remainingDays(10, 99), remainingDays(3, 0), remainingDays(3, 100), remainingDays(3, 140)], [7, 1, 3, 0, 0]);
  });
});

describe('actual dates', () => {
  it('replace the planned dates, and a dependency they contradict is no dependency-violation', () => {
    const a = plan('2026-03-20', [
      '  - {id: first, owner: a, duration: 5d, status: done, actual_end: 2026-03-09}',
      '  - {id: second, owner: a, duration: 2d, depends_on: [first], status: in-progress, actual_start: 2026-03-05}',
    ]);
    assert.deepEqual(findings(a, 'dependency-violation'), []);
    // Only the end is a fact for first: its five days end there (Tue 3 to Mon 9).
    assert.deepEqual(both(a), { first: '03-03..03-09 | 03-03..03-09', second: '03-05..03-06 | 03-05..03-23' });
  });
});

describe('forecast properties on generated plans', () => {
  it('never changes the planned dates, never forecasts earlier than planned, and puts no unfinished work before the status date', async () => {
    const { generatePlan, prng } = await loadGenerator();
    const random = prng(4242);
    const statuses = ['not-started', 'in-progress', 'blocked', 'done', 'cancelled'];
    for (let round = 0; round < 4; round++) {
      const base = generatePlan({ tasks: 150, seed: 100 + round });
      // Status and progress on about a third of the tasks; the status date a few weeks in.
      const text = base
        .replace(/^(\s+- id: [^\n]+\n(?:\s{4,}[^\n]*\n)*?\s+duration: \d+d)$/gm, (m) =>
          random() < 0.35
            ? `${m}\n${m.match(/^(\s+)/)![1]}  status: ${statuses[Math.floor(random() * 5)]}\n${m.match(/^(\s+)/)![1]}  progress: ${Math.floor(random() * 100)}`
            : m,
        )
        .replace(/status_date: \d{4}-\d{2}-\d{2}/, 'status_date: 2026-04-20');
      const withStatus = check(text);
      const plain = check(text.replace(/\n {2}status_date: 2026-04-20/, ''), { today: '2026-04-20' });
      const forecast = withStatus.schedule.forecast!;
      assert.ok(forecast, 'a forecast');
      const status = forecast.statusDate;
      let unfinished = 0;
      for (const [task, planned] of withStatus.schedule.tasks) {
        const other = [...plain.schedule.tasks].find(([t]) => t.id === task.id)![1];
        assert.deepEqual([planned.start, planned.end], [other.start, other.end], `planned dates of ${task.id}`);
        const f = forecast.tasks.get(task)!;
        assert.ok(f.start >= planned.start && f.end >= planned.end, `${task.id} forecast earlier than planned`);
        const finished = isClosedStatus(task.status?.value) || task.actualEnd !== undefined || (task.progress?.value ?? 0) >= 100;
        if (!finished && task.children.length === 0) {
          unfinished++;
          assert.ok(f.end >= status, `${task.id}: unfinished, forecast to end ${formatDay(f.end)} before the status date`);
        }
      }
      assert.ok(unfinished > 10, `${unfinished} unfinished tasks`);
    }
  });
});
