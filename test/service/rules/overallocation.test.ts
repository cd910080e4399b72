import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findOverloads } from '../../../server/src/service/utils/loadSweep';
import type { LoadInterval, Overload } from '../../../server/src/service/utils/loadSweep';
import { check, findings, spansOf } from '../../helpers/plan';
import { loadGenerator } from '../../helpers/generator';

const HEAD = [
  'xproj: 1',
  'project: {id: p, name: P, owner: a, manager: a, start: 2026-03-02}',
  'people:',
  '  - {id: a, name: A}',
  '  - {id: b, name: B, capacity: 1.5}',
  'tasks:',
]; // tasks from line 7

describe('overallocation', () => {
  it('reports each assignee entry of the overlapping tasks once, with the first day and the peak', () => {
    const a = check(
      [
        ...HEAD,
        '  - {id: t1, owner: a, start: 2026-03-02, duration: 5d, assignees: [a]}', // 7: Mon-Fri
        '  - {id: t2, owner: a, start: 2026-03-05, duration: 2d, assignees: [b, {person: a, load: 0.5}]}', // 8: Thu-Fri
        '  - {id: t3, owner: a, start: 2026-03-05, duration: 1d, assignees: [{person: a, load: 0.25}]}', // 9: Thu
      ].join('\n'),
    );
    assert.deepEqual(spansOf(a, 'overallocation'), [
      ['a', 7],
      ['a', 8],
      ['a', 9],
    ]);
    const f = findings(a, 'overallocation');
    assert.ok(f.every((x) => x.severity === 'warning'));
    assert.equal(
      f[0]!.message,
      "'a' is overallocated on task 't1' from 2026-03-05: together with 't2', 't3', the load reaches 1.75 FTE against a capacity of 1.",
    );
    const p = a.problems.find((x) => x.code === 'overallocation')!;
    assert.deepEqual(p.data, { person: 'a', task: 't1', firstDay: '2026-03-05', peak: 1.75, capacity: 1, others: ['t2', 't3'] });
    assert.deepEqual(
      p.related?.map((r) => r.message),
      ["'a' on task 't2' (0.5 FTE)", "'a' on task 't3' (0.25 FTE)"],
    );
  });

  it('accepts loads that add up to exactly the capacity, and tasks that only meet across a weekend', () => {
    const a = check(
      [
        ...HEAD,
        '  - {id: t1, owner: a, start: 2026-03-09, duration: 2d, assignees: [{person: a, load: 0.5}, {person: b, load: 0.5}]}',
        '  - {id: t2, owner: a, start: 2026-03-09, duration: 2d, assignees: [{person: a, load: 0.3}, {person: b, load: 1}]}',
        '  - {id: t3, owner: a, start: 2026-03-10, duration: 2d, assignees: [{person: a, load: 0.2}]}',
        '  - {id: t4, owner: a, start: 2026-03-13, end: 2026-03-14, assignees: [a]}', // Fri-Sat
        '  - {id: t5, owner: a, start: 2026-03-14, end: 2026-03-16, assignees: [a]}', // Sat-Mon
      ].join('\n'),
    );
    assert.deepEqual(spansOf(a, 'overallocation'), []);
  });

  it('leaves out done and cancelled tasks (and their subtasks), milestones and summaries', () => {
    const a = check(
      [
        ...HEAD,
        '  - {id: t1, owner: a, start: 2026-03-02, duration: 5d, assignees: [a]}',
        '  - {id: t2, owner: a, start: 2026-03-02, duration: 5d, assignees: [a], status: done}',
        '  - {id: t3, owner: a, start: 2026-03-02, duration: 5d, assignees: [a], status: cancelled}',
        '  - {id: t4, owner: a, start: 2026-03-03, milestone: true, assignees: [a]}',
        '  - id: t5',
        '    owner: a',
        '    assignees: [a]',
        '    subtasks: [{id: t6, start: 2026-03-09, duration: 1d}]',
        '  - id: t7',
        '    owner: a',
        '    status: done',
        '    subtasks: [{id: t8, start: 2026-03-02, duration: 1d, assignees: [a]}]',
      ].join('\n'),
    );
    assert.deepEqual(spansOf(a, 'overallocation'), []);
  });

  it('reports a single task whose load is beyond the capacity', () => {
    const a = check([...HEAD, '  - {id: t1, owner: a, start: 2026-03-02, duration: 1d, assignees: [{person: b, load: 2}]}'].join('\n'));
    assert.deepEqual(
      findings(a, 'overallocation').map((f) => [f.covers, f.line, f.message]),
      [['b', 7, "'b' is booked for 2 FTE on task 't1' from 2026-03-02, more than their capacity of 1.5."]],
    );
  });

  it('sweeps long, overlapping schedules by their endpoints', () => {
    const intervals = Array.from({ length: 20_000 }, (_, i) => ({ key: i, from: i * 1000, to: i * 1000 + 1500, load: 1 }));
    const result = findOverloads(intervals, 1);
    assert.equal(result.size, 20_000);
    assert.deepEqual(result.get(1), { firstAt: 1000, peak: 2, others: new Set([0, 2]) });
    assert.equal(
      findOverloads(
        [
          { key: 'x', from: 0, to: 10, load: 1 },
          { key: 'y', from: 10, to: 20, load: 1 },
        ],
        1,
      ).size,
      0,
    );
  });

  it('sweeps like a day-by-day count, reporting in the order the intervals start', async () => {
    const random = (await loadGenerator()).prng(7);
    const int = (below: number): number => Math.floor(random() * below);
    for (let round = 0; round < 3000; round++) {
      const n = 1 + int(10);
      const intervals = Array.from({ length: n }, () => {
        const from = int(30) - 5;
        return { key: `k${int(n)}`, from, to: from + int(8) - 1, load: int(4) };
      });
      const capacity = int(6);
      assert.deepEqual(shown(findOverloads(intervals, capacity)), shown(overloadsDayByDay(intervals, capacity)), JSON.stringify({ intervals, capacity }));
    }
  });

  it('sweeps positions that cannot be packed into one number: too far apart, or fractional', () => {
    const intervals = [
      { key: 'a', from: 0, to: 2 ** 52, load: 1 },
      { key: 'b', from: 2 ** 51, to: 2 ** 51 + 1, load: 1 },
      { key: 'c', from: 0.5, to: 1.5, load: 1 },
    ];
    assert.deepEqual(shown(findOverloads(intervals, 1)), [
      ['a', 0.5, 2, ['c', 'b']],
      ['c', 0.5, 2, ['a']],
      ['b', 2 ** 51, 2, ['a']],
    ]);
    assert.deepEqual(shown(findOverloads(intervals, 1)), shown(overloadsDayByDay(intervals, 1)));
    const halfDay = [
      { key: 'x', from: 0, to: 1.5, load: 1 },
      { key: 'y', from: 1, to: 3, load: 1 },
    ];
    assert.deepEqual(shown(findOverloads(halfDay, 1)), [
      ['x', 1, 2, ['y']],
      ['y', 1, 2, ['x']],
    ]);
  });

  it('speaks Chinese', () => {
    const a = check(
      [
        ...HEAD,
        '  - {id: 需求调研, owner: a, start: 2026-03-02, duration: 5d, assignees: [a]}',
        '  - {id: 方案设计, owner: a, start: 2026-03-04, duration: 1d, assignees: [a]}',
      ].join('\n'),
      { locale: 'zh-cn' },
    );
    assert.equal(findings(a, 'overallocation')[0]!.message, '“a”自 2026-03-04 起在任务“需求调研”上超负荷：与“方案设计”叠加后负荷达 2 FTE，超出其产能 1 FTE。');
  });
});

function shown(overloads: ReadonlyMap<string, Overload<string>>): unknown[] {
  return [...overloads].map(([key, o]) => [key, o.firstAt, o.peak, [...o.others]]);
}

/** The reference: at every endpoint, the intervals active there, in the order they started. */
function overloadsDayByDay(intervals: readonly LoadInterval<string>[], capacity: number): Map<string, Overload<string>> {
  const result = new Map<string, { firstAt: number; peak: number; others: Set<string> }>();
  const positions = [...new Set(intervals.flatMap((iv) => (iv.to > iv.from ? [iv.from, iv.to] : [])))].sort((a, b) => a - b);
  for (const p of positions) {
    const active = intervals
      .map((iv, index) => ({ iv, index }))
      .filter(({ iv }) => iv.from <= p && p < iv.to)
      .sort((a, b) => a.iv.from - b.iv.from || a.index - b.index)
      .map(({ iv }) => iv);
    const total = active.reduce((sum, iv) => sum + iv.load, 0);
    if (total <= capacity) {
      continue;
    }
    for (const iv of active) {
      const entry = result.get(iv.key) ?? { firstAt: p, peak: total, others: new Set<string>() };
      result.set(iv.key, entry);
      entry.peak = Math.max(entry.peak, total);
      active.filter((o) => o.key !== iv.key).forEach((o) => entry.others.add(o.key));
    }
  }
  return result;
}
