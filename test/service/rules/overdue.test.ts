import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { check, findings, spansOf } from '../../helpers/plan';

// The helper's "today" is 2026-03-20, a Friday.
const TEXT = [
  'xproj: 1',
  'project: {id: p, name: P, owner: o, manager: o, start: 2026-03-02}',
  'people: [{id: o, name: O}]',
  'tasks:',
  '  - {id: late, owner: o, start: 2026-03-02, duration: 3d, status: in-progress}', // 5: ended Wed 03-04
  '  - {id: finished, owner: o, start: 2026-03-02, duration: 3d, status: done}',
  '  - {id: dropped, owner: o, start: 2026-03-02, duration: 3d, status: cancelled}',
  '  - {id: on-time, owner: o, start: 2026-03-16, duration: 5d}', // ends on the status date
  '  - {id: review, owner: o, start: 2026-03-10, milestone: true}', // 9
  '  - id: parent', // 10: a summary, reported through its child
  '    owner: o',
  '    subtasks:',
  '      - {id: child, start: 2026-03-02, duration: 1d, status: blocked}', // 13
].join('\n');

describe('overdue', () => {
  it('reports leaves and milestones that ended before the status date and are not done or cancelled', () => {
    const a = check(TEXT);
    assert.deepEqual(spansOf(a, 'overdue'), [
      ['late', 5],
      ['review', 9],
      ['child', 13],
    ]);
    const f = findings(a, 'overdue');
    assert.ok(f.every((x) => x.severity === 'warning'));
    assert.deepEqual(
      f.map((x) => x.message),
      [
        "Task 'late' was due on 2026-03-04 and is 16 days late (status: in-progress).",
        "Task 'review' was due on 2026-03-10 and is 10 days late (status: not-started).",
        "Task 'child' was due on 2026-03-02 and is 18 days late (status: blocked).",
      ],
    );
    assert.deepEqual(a.problems.find((p) => p.code === 'overdue')?.data, { task: 'late', end: '2026-03-04' });
  });

  it('takes the plan status date, and the settings over it', () => {
    const withDate = TEXT.replace('start: 2026-03-02}', 'start: 2026-03-02, status_date: 2026-03-05}');
    assert.deepEqual(spansOf(check(withDate), 'overdue'), [
      ['late', 5],
      ['child', 13],
    ]);
    assert.deepEqual(spansOf(check(withDate, { settings: { statusDate: '2026-03-04' } }), 'overdue'), [['child', 13]]);
    assert.deepEqual(spansOf(check(TEXT, { today: '2026-03-02' }), 'overdue'), []);
  });

  it('leaves out the subtasks of a done or cancelled summary', () => {
    const closed = TEXT.replace('  - id: parent\n    owner: o', '  - id: parent\n    owner: o\n    status: cancelled');
    assert.deepEqual(spansOf(check(closed), 'overdue'), [
      ['late', 5],
      ['review', 9],
    ]);
  });

  it('speaks Chinese', () => {
    const a = check(TEXT, { locale: 'zh-cn' });
    assert.equal(findings(a, 'overdue')[0]!.message, '任务“late”应于 2026-03-04 完成，已逾期 16 天（状态：进行中）。');
  });
});
