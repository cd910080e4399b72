import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Dependency, Plan, Task } from '../../server/src/service/model/planModel';
import { computeSchedule } from '../../server/src/service/scheduler/scheduler';
import type { Schedule, ScheduledTask } from '../../server/src/service/scheduler/scheduleTypes';
import { formatDay } from '../../common/dates';
import { TEST_URI, check } from '../helpers/plan';

interface PlanOptions {
  readonly calendar?: string;
  readonly start?: string;
}

/** Schedules a plan whose `tasks:` block is the given lines (indented by the caller). */
function schedule(tasks: readonly string[], options: PlanOptions = {}): Schedule {
  const calendar = options.calendar ? `, calendar: ${options.calendar}` : '';
  const text = ['xproj: 1', `project: {id: p, name: P, start: ${options.start ?? '2026-03-02'}${calendar}}`, 'tasks:', ...tasks].join('\n');
  return check(text).schedule;
}

function byId(s: Schedule, id: string): ScheduledTask {
  for (const [task, scheduled] of s.tasks) {
    if (task.id === id) {
      return scheduled;
    }
  }
  throw new Error(`no task ${id}`);
}

/** `MM-DD..MM-DD` per task id (all tests run in 2026). */
function dates(s: Schedule): Record<string, string> {
  const short = (d: number): string => formatDay(d).slice(5);
  const out: Record<string, string> = {};
  for (const [task, t] of s.tasks) {
    out[task.id] = `${short(t.start)}..${short(t.end)}`;
  }
  return out;
}

function slacks(s: Schedule): Record<string, [number, boolean]> {
  const out: Record<string, [number, boolean]> = {};
  for (const [task, t] of s.tasks) {
    out[task.id] = [t.slack, t.critical];
  }
  return out;
}

const violations = (s: Schedule): [string, string, string][] => s.violations.map((v) => [v.task.id, v.dependency.task.id, formatDay(v.earliestStart)]);

describe('scheduler: durations and dependency types', () => {
  it('counts durations in working days; w is the working days of a week', () => {
    const s = schedule(['  - {id: a, duration: 3d}', '  - {id: b}', '  - {id: c, duration: 2w}', '  - {id: d, duration: 0d}']);
    assert.deepEqual(dates(s), { a: '03-02..03-04', b: '03-02..03-02', c: '03-02..03-13', d: '03-02..03-02' });
    assert.equal(byId(s, 'c').duration, 10);
    const six = schedule(['  - {id: w, duration: 1w}'], { calendar: '{workdays: [mon, tue, wed, thu, fri, sat]}' });
    assert.deepEqual(dates(six), { w: '03-02..03-07' });
  });

  it('FS with lags and leads, over weekends and holidays', () => {
    const s = schedule(
      [
        '  - {id: a, duration: 3d}',
        '  - {id: b, duration: 2d, depends_on: [a]}',
        '  - {id: c, depends_on: [{task: a, lag: 2d}]}',
        '  - {id: d, depends_on: [{task: a, type: FS, lag: -1d}]}',
        '  - {id: e, depends_on: [{task: a, lag: 1w}]}',
        '  - {id: x, duration: 5d}',
        '  - {id: y, depends_on: [x]}',
      ],
      { calendar: '{holidays: [2026-03-09]}' },
    );
    assert.deepEqual(dates(s), {
      a: '03-02..03-04',
      b: '03-05..03-06',
      c: '03-10..03-10',
      d: '03-04..03-04',
      e: '03-13..03-13',
      x: '03-02..03-06',
      y: '03-10..03-10',
    });
  });

  it('SS: start no earlier than the predecessor start plus lag, never before the project', () => {
    const s = schedule([
      '  - {id: pre, duration: 2d}',
      '  - {id: a, duration: 3d, depends_on: [pre]}',
      '  - {id: b, duration: 2d, depends_on: [{task: a, type: SS, lag: 2d}]}',
      '  - {id: c, depends_on: [{task: a, type: SS}]}',
      '  - {id: d, depends_on: [{task: a, type: SS, lag: -1d}]}',
      '  - {id: e, depends_on: [{task: pre, type: SS, lag: -3d}]}',
    ]);
    assert.deepEqual(dates(s), { pre: '03-02..03-03', a: '03-04..03-06', b: '03-06..03-09', c: '03-04..03-04', d: '03-03..03-03', e: '03-02..03-02' });
  });

  it('FF: finish no earlier than the predecessor finish plus lag', () => {
    const s = schedule([
      '  - {id: a, duration: 3d}',
      '  - {id: b, duration: 2d, depends_on: [{task: a, type: FF}]}',
      '  - {id: c, duration: 2d, depends_on: [{task: a, type: FF, lag: 2d}]}',
      '  - {id: d, duration: 2d, depends_on: [{task: a, type: FF, lag: -1d}]}',
      '  - {id: e, duration: 5d, depends_on: [{task: a, type: FF}]}',
    ]);
    assert.deepEqual(dates(s), { a: '03-02..03-04', b: '03-03..03-04', c: '03-05..03-06', d: '03-02..03-03', e: '03-02..03-06' });
  });

  it("SF: last day no earlier than the predecessor's first day plus lag (the contract counts days)", () => {
    const s = schedule([
      '  - {id: g, start: 2026-03-09, duration: 2d}',
      '  - {id: h, duration: 2d, depends_on: [{task: g, type: SF}]}',
      '  - {id: i, depends_on: [{task: g, type: SF, lag: 1d}]}',
    ]);
    assert.deepEqual(dates(s), { g: '03-09..03-10', h: '03-06..03-09', i: '03-10..03-10' });
  });

  it('ignores dependencies on unknown tasks', () => {
    const s = schedule(['  - {id: a, duration: 2d, depends_on: [nope, {task: missing, type: SS, lag: 3d}]}']);
    assert.deepEqual(dates(s), { a: '03-02..03-03' });
    assert.deepEqual(s.cycles, []);
  });

  it('keeps absurd durations and lags finite', () => {
    const s = schedule(['  - {id: a, duration: 99999999999d}', '  - {id: b, depends_on: [{task: a, lag: -99999999999w}]}']);
    assert.ok([...s.tasks.values()].every((t) => Number.isFinite(t.end) && Number.isFinite(t.slack)));
    assert.ok(Number.isFinite(s.finish));
  });
});

describe('scheduler: milestones', () => {
  it('with dependencies: at the end of the day they are met; FS successors start the next day', () => {
    const s = schedule([
      '  - {id: a, duration: 3d}',
      '  - {id: m, milestone: true, depends_on: [a]}',
      '  - {id: b, depends_on: [m]}',
      '  - {id: m2, milestone: true, depends_on: [{task: a, lag: 2d}]}',
      '  - {id: e, depends_on: [m2]}',
      '  - {id: m3, milestone: true, depends_on: [{task: a, type: SS}]}',
    ]);
    assert.deepEqual(dates(s), { a: '03-02..03-04', m: '03-04..03-04', b: '03-05..03-05', m2: '03-06..03-06', e: '03-09..03-09', m3: '03-02..03-02' });
    assert.equal(byId(s, 'm').duration, 0);
    assert.equal(byId(s, 'm').earlyStart, byId(s, 'b').earlyStart);
  });

  it('without dependencies: at the start of its day; successors start that same day', () => {
    const s = schedule([
      '  - {id: m0, milestone: true}',
      '  - {id: c, depends_on: [m0]}',
      '  - {id: m1, milestone: true, start: 2026-03-10}',
      '  - {id: d, depends_on: [m1]}',
      '  - {id: m4, milestone: true, depends_on: [m0]}',
      '  - {id: m5, milestone: true, depends_on: [{task: m0, lag: 1d}]}',
      '  - {id: f, depends_on: [m5]}',
    ]);
    assert.deepEqual(dates(s), {
      m0: '03-02..03-02',
      c: '03-02..03-02',
      m1: '03-10..03-10',
      d: '03-10..03-10',
      m4: '03-02..03-02',
      m5: '03-02..03-02',
      f: '03-03..03-03',
    });
  });

  it("an explicit date with dependencies means the end of that day: the predecessor's last day is no violation", () => {
    const s = schedule([
      '  - {id: a, duration: 3d}',
      '  - {id: m6, milestone: true, start: 2026-03-04, depends_on: [a]}',
      '  - {id: g, depends_on: [m6]}',
      '  - {id: m7, milestone: true, start: 2026-03-03, depends_on: [a]}',
    ]);
    assert.deepEqual(dates(s), { a: '03-02..03-04', m6: '03-04..03-04', g: '03-05..03-05', m7: '03-03..03-03' });
    assert.deepEqual(violations(s), [['m7', 'a', '2026-03-04']]);
    assert.equal(byId(s, 'm6').fixedStart, true);
  });
});

describe('scheduler: summaries', () => {
  const wbs = [
    '  - {id: a, duration: 3d}',
    '  - id: s',
    '    depends_on: [a]',
    '    subtasks:',
    '      - {id: s1, duration: 2d}',
    '      - {id: s2, duration: 3d, depends_on: [s1]}',
    '      - id: s3',
    '        subtasks: [{id: s31}]',
    '  - {id: after, depends_on: [s]}',
    '  - {id: ss, depends_on: [{task: s, type: SS}]}',
  ];

  it('span their children and pass their dependencies on to all descendants', () => {
    const s = schedule(wbs);
    assert.deepEqual(dates(s), {
      a: '03-02..03-04',
      s: '03-05..03-11',
      s1: '03-05..03-06',
      s2: '03-09..03-11',
      s3: '03-05..03-05',
      s31: '03-05..03-05',
      after: '03-12..03-12',
      ss: '03-05..03-05',
    });
    assert.equal(byId(s, 's').summary, true);
    assert.equal(byId(s, 's').duration, 5);
  });

  it('treat an explicit start as a floor for their descendants', () => {
    const s = schedule(['  - id: s', '    start: 2026-03-16', '    subtasks: [{id: s1, duration: 2d}, {id: s2, start: 2026-03-03}]']);
    assert.deepEqual(dates(s), { s: '03-03..03-17', s1: '03-16..03-17', s2: '03-03..03-03' });
    assert.deepEqual(violations(s), []);
  });

  it('take the least slack of their children', () => {
    const s = schedule(wbs);
    assert.deepEqual(slacks(s), {
      a: [0, true],
      s: [0, true],
      s1: [0, true],
      s2: [0, true],
      s3: [4, false],
      s31: [4, false],
      after: [0, true],
      ss: [5, false],
    });
  });
});

describe('scheduler: explicit dates', () => {
  it('keeps explicit starts as written and records the dependencies they break', () => {
    const s = schedule([
      '  - {id: a, duration: 3d}',
      '  - {id: x, duration: 4d}',
      '  - {id: b, start: 2026-03-03, duration: 2d, depends_on: [a]}',
      '  - {id: c, start: 2026-03-05, depends_on: [a]}',
      '  - {id: d, start: 2026-03-02, depends_on: [{task: a, type: FF}]}',
      '  - {id: e, end: 2026-03-06, duration: 2d, depends_on: [a]}',
      '  - {id: f, end: 2026-03-06, duration: 2d, depends_on: [x]}',
      '  - {id: sat, start: 2026-03-07, duration: 2d}',
    ]);
    assert.deepEqual(dates(s), {
      a: '03-02..03-04',
      x: '03-02..03-05',
      b: '03-03..03-04',
      c: '03-05..03-05',
      d: '03-02..03-02',
      e: '03-05..03-06',
      f: '03-05..03-06',
      sat: '03-07..03-10',
    });
    assert.deepEqual(violations(s), [
      ['b', 'a', '2026-03-05'],
      ['d', 'a', '2026-03-04'],
      ['f', 'x', '2026-03-06'],
    ]);
    assert.deepEqual(
      ['a', 'b', 'e'].map((id) => byId(s, id).fixedStart),
      [false, true, true],
    );
  });

  it('records dependencies inherited from a summary', () => {
    const s = schedule(['  - {id: a, duration: 3d}', '  - id: s', '    depends_on: [a]', '    subtasks: [{id: s1, start: 2026-03-02}]']);
    assert.deepEqual(violations(s), [['s1', 'a', '2026-03-05']]);
    assert.equal(s.violations[0]!.dependency, s.violations[0]!.task.parent!.dependsOn[0]);
  });

  it('derives the start of end-only tasks and the duration of start + end', () => {
    const s = schedule([
      '  - {id: a, duration: 3d}',
      '  - {id: e, end: 2026-03-10, depends_on: [a]}',
      '  - {id: f, end: 2026-03-03, depends_on: [a]}',
      '  - {id: g, start: 2026-03-02, end: 2026-03-09}',
    ]);
    assert.deepEqual(dates(s), { a: '03-02..03-04', e: '03-05..03-10', f: '03-05..03-05', g: '03-02..03-09' });
    assert.deepEqual(
      ['e', 'f', 'g'].map((id) => byId(s, id).duration),
      [4, 1, 6],
    );
  });

  it('starts on the next working day when the project starts on a weekend', () => {
    const s = schedule(['  - {id: a, duration: 2d}', '  - {id: m, milestone: true}'], { start: '2026-03-07' });
    assert.deepEqual(dates(s), { a: '03-09..03-10', m: '03-09..03-09' });
    assert.equal(formatDay(s.start), '2026-03-07');
    assert.equal(formatDay(s.finish), '2026-03-10');
  });
});

describe('scheduler: slack and critical path (hand-checked)', () => {
  it('a diamond', () => {
    const s = schedule([
      '  - {id: A, duration: 3d}',
      '  - {id: B, duration: 2d, depends_on: [A]}',
      '  - {id: C, duration: 4d, depends_on: [A]}',
      '  - {id: D, depends_on: [B, C]}',
      '  - {id: E, depends_on: [A]}',
    ]);
    assert.deepEqual(dates(s), { A: '03-02..03-04', B: '03-05..03-06', C: '03-05..03-10', D: '03-11..03-11', E: '03-05..03-05' });
    assert.deepEqual(slacks(s), { A: [0, true], B: [2, false], C: [0, true], D: [0, true], E: [4, false] });
    assert.equal(formatDay(s.finish), '2026-03-11');
    const b = byId(s, 'B');
    assert.deepEqual([b.lateStart - b.earlyStart, b.lateFinish - b.earlyFinish], [2, 2]);
  });

  it('a milestone, an SS lag and a holiday', () => {
    const s = schedule(
      [
        '  - {id: A, duration: 2d}',
        '  - {id: B, duration: 3d, depends_on: [{task: A, type: SS, lag: 1d}]}',
        '  - {id: M, milestone: true, depends_on: [A, B]}',
        '  - {id: C, duration: 2d, depends_on: [{task: M, lag: 1d}]}',
        '  - {id: D, duration: 4d, depends_on: [A]}',
      ],
      { calendar: '{holidays: [2026-03-09]}' },
    );
    assert.deepEqual(dates(s), { A: '03-02..03-03', B: '03-03..03-05', M: '03-05..03-05', C: '03-10..03-11', D: '03-04..03-10' });
    assert.deepEqual(slacks(s), { A: [0, true], B: [0, true], M: [0, true], C: [0, true], D: [1, false] });
  });

  it('a summary, an FF and an explicit start that makes its predecessors late', () => {
    const s = schedule([
      '  - {id: design, duration: 5d}',
      '  - id: build',
      '    depends_on: [design]',
      '    subtasks:',
      '      - {id: api, duration: 4d}',
      '      - {id: ui, duration: 2d, depends_on: [{task: api, type: FF}]}',
      '  - {id: docs, duration: 2d, depends_on: [{task: build, type: SS, lag: 1d}]}',
      '  - {id: launch, milestone: true, depends_on: [build, docs]}',
      '  - {id: review, start: 2026-03-11, depends_on: [launch]}',
    ]);
    assert.deepEqual(dates(s), {
      design: '03-02..03-06',
      build: '03-09..03-12',
      api: '03-09..03-12',
      ui: '03-11..03-12',
      docs: '03-10..03-11',
      launch: '03-12..03-12',
      review: '03-11..03-11',
    });
    assert.deepEqual(violations(s), [['review', 'launch', '2026-03-13']]);
    assert.deepEqual(slacks(s), {
      design: [-1, true],
      build: [-1, true],
      api: [-1, true],
      ui: [-1, true],
      docs: [0, true],
      launch: [-1, true],
      review: [1, false],
    });
  });
});

describe('scheduler: cycles', () => {
  const cycles = (s: Schedule): [string[], string[]][] =>
    s.cycles.map((c) => [c.tasks.map((t) => t.id), c.edges.map((e) => `${e.task.id}->${e.dependency.task.id}`)]);
  const inCycle = (s: Schedule): string[] => [...s.tasks.values()].filter((t) => t.inCycle).map((t) => t.task.id);

  it('a self-dependency', () => {
    const s = schedule(['  - {id: a, duration: 2d, depends_on: [a]}', '  - {id: b, depends_on: [a]}']);
    assert.deepEqual(cycles(s), [[['a'], ['a->a']]]);
    assert.deepEqual(dates(s), { a: '03-02..03-03', b: '03-04..03-04' });
    assert.deepEqual(inCycle(s), ['a']);
  });

  it('two and three tasks, in dependency order', () => {
    const two = schedule(['  - {id: a, depends_on: [b]}', '  - {id: b, depends_on: [a]}']);
    assert.deepEqual(cycles(two), [
      [
        ['a', 'b'],
        ['b->a', 'a->b'],
      ],
    ]);
    const three = schedule(['  - {id: a, depends_on: [c]}', '  - {id: b, depends_on: [a]}', '  - {id: c, depends_on: [b]}']);
    assert.deepEqual(cycles(three), [
      [
        ['a', 'b', 'c'],
        ['b->a', 'c->b', 'a->c'],
      ],
    ]);
  });

  it('two disjoint cycles, and the tasks around them still scheduled', () => {
    const s = schedule([
      '  - {id: x, duration: 2d}',
      '  - {id: p, depends_on: [x, q]}',
      '  - {id: q, depends_on: [p]}',
      '  - {id: r, depends_on: [s]}',
      '  - {id: s, depends_on: [r]}',
      '  - {id: y, depends_on: [x, p]}',
    ]);
    assert.deepEqual(cycles(s), [
      [
        ['p', 'q'],
        ['q->p', 'p->q'],
      ],
      [
        ['r', 's'],
        ['s->r', 'r->s'],
      ],
    ]);
    assert.deepEqual(dates(s), { x: '03-02..03-03', p: '03-04..03-04', q: '03-02..03-02', r: '03-02..03-02', s: '03-02..03-02', y: '03-05..03-05' });
    assert.deepEqual(inCycle(s), ['p', 'q', 'r', 's']);
  });

  it('splits a tangle so that each dependency is reported once', () => {
    const s = schedule(['  - {id: a, depends_on: [b]}', '  - {id: b, depends_on: [a, c]}', '  - {id: c, depends_on: [b]}']);
    const edges = cycles(s).flatMap((c) => c[1]);
    assert.deepEqual(edges.sort(), ['a->b', 'b->a', 'b->c', 'c->b']);
    assert.ok(s.cycles.every((c) => c.tasks.length === 2));
  });

  it('through the hierarchy: a child on its parent, a parent on its child, a summary on itself', () => {
    const child = schedule(['  - id: p', '    subtasks: [{id: c, depends_on: [p]}, {id: d}]']);
    assert.deepEqual(cycles(child), [[['p', 'c'], ['c->p']]]);
    const parent = schedule(['  - id: p', '    depends_on: [c]', '    subtasks: [{id: o}, {id: m, subtasks: [{id: c, duration: 2d}]}]']);
    assert.deepEqual(cycles(parent), [[['c', 'p'], ['p->c']]]);
    assert.deepEqual(dates(parent), { p: '03-02..03-03', o: '03-02..03-02', m: '03-02..03-03', c: '03-02..03-03' });
    const self = schedule(['  - id: p', '    depends_on: [p]', '    subtasks: [{id: c}]']);
    assert.deepEqual(cycles(self), [[['p'], ['p->p']]]);
  });
});

describe('scheduler: size', () => {
  const span = { offset: 0, length: 0 };
  const ref = (id: string): Dependency => ({ task: { id, span, accepts: ['task'], field: 'depends_on' }, type: 'FS', span });
  const task = (id: string, dependsOn: Dependency[], parent?: Task): Task => {
    const t: Task = {
      kind: 'task',
      id,
      idSpan: span,
      span,
      uri: TEST_URI,
      parent,
      children: [],
      depth: parent ? 1 : 0,
      milestone: false,
      dependsOn,
      assignees: [],
      deliverables: [],
    };
    parent?.children.push(t);
    return t;
  };
  const run = (tasks: Task[]): Schedule => {
    const text = 'xproj: 1\nproject: {id: p, name: P, start: 2026-03-02}\n';
    const plan: Plan = { ...check(text).plan, tasks, rootTasks: tasks.filter((t) => !t.parent) };
    return computeSchedule(plan, { defaultStart: plan.project!.start!.day });
  };
  const n = 20_000;

  it('schedules 20,000 chained tasks in summaries without deep recursion', () => {
    const tasks: Task[] = [];
    let group: Task | undefined;
    for (let i = 0; i < n; i++) {
      if (i % 10 === 0) {
        group = task(`g${i}`, []);
        tasks.push(group);
      }
      tasks.push(task(`t${i}`, i > 0 ? [ref(`t${i - 1}`)] : [], group));
    }
    const s = run(tasks);
    assert.equal(s.tasks.size, n + n / 10);
    assert.equal(byId(s, `t${n - 1}`).start, s.calendar.dayOf(s.calendar.ordinal(s.start) + n - 1));
    assert.equal(s.finish, byId(s, `t${n - 1}`).end);
    assert.ok([...s.tasks.values()].every((t) => t.critical));
  });

  it('schedules the same when a summary and its subtasks are not listed together', () => {
    const make = (): Task[] => {
      const g = task('g', []);
      const a = task('a', [], g);
      const b = task('b', [ref('a')], g);
      const c = task('c', [ref('g')]);
      return [g, a, b, c];
    };
    const shown = (s: Schedule): string[] => [...s.tasks.values()].map((t) => `${t.task.id} ${formatDay(t.start)}..${formatDay(t.end)} ${t.summary}`).sort();
    const listed = make();
    const shuffled = make();
    // Parents still before their subtasks, but another task in between.
    const reordered = [shuffled[0]!, shuffled[3]!, shuffled[1]!, shuffled[2]!];
    assert.deepEqual(shown(run(reordered)), shown(run(listed)));
    assert.equal(byId(run(reordered), 'g').summary, true);
  });

  it('reports a cycle through 20,000 tasks and still schedules them', () => {
    const ring = Array.from({ length: n }, (_, i) => task(`r${i}`, [ref(`r${(i + n - 1) % n}`)]));
    const s = run(ring);
    assert.equal(s.cycles.length, 1);
    assert.equal(s.cycles[0]!.tasks.length, n);
    assert.equal(s.cycles[0]!.edges.length, n);
    assert.equal(s.cycles[0]!.tasks[0]!.id, 'r0');
    assert.ok([...s.tasks.values()].every((t) => t.inCycle && formatDay(t.start) === '2026-03-02'));
  });
});
