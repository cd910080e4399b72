import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyFix } from '../quickFixesHarness';
import { check, findings, spansOf } from '../../helpers/plan';

// The helper's "today" is 2026-03-20, a Friday.
const TEXT = [
  'xproj: 1',
  'project: {id: p, name: P, owner: o, manager: o, start: 2026-03-02}',
  'people: [{id: o, name: O}]',
  'tasks:',
  '  - {id: ended, owner: o, duration: 3d, status: in-progress, progress: 60, actual_start: 2026-03-02, actual_end: 2026-03-05}', // 5
  '  - {id: closed, owner: o, duration: 3d, status: done, actual_end: 2026-03-05}',
  '  - {id: begun, owner: o, duration: 3d, status: not-started, actual_start: 2026-03-03}', // 7
  '  - {id: quiet, owner: o, duration: 3d, actual_start: 2026-03-03}',
  '  - {id: ahead, owner: o, duration: 3d, status: done, actual_start: 2026-03-16, actual_end: 2026-03-24}', // 9
  '  - {id: backwards, owner: o, duration: 3d, status: done, actual_start: 2026-03-10, actual_end: 2026-03-09}', // 10
].join('\n');

describe('actual-mismatch', () => {
  it('reports an actual end on an unfinished task, an actual start on a not-started one, and actual dates after the status date', () => {
    const a = check(TEXT);
    assert.deepEqual(spansOf(a, 'actual-mismatch'), [
      ['2026-03-05', 5],
      ['not-started', 7],
      ['2026-03-24', 9],
    ]);
    assert.deepEqual(
      findings(a, 'actual-mismatch').map((f) => [f.severity, f.message]),
      [
        ['warning', "Task 'ended' finished on 2026-03-05 (actual_end) but its status is 'in-progress': mark it done."],
        ['warning', "Task 'begun' started on 2026-03-03 (actual_start) but its status is 'not-started'."],
        ['warning', "Task 'ahead' has actual_end 2026-03-24, after the status date 2026-03-20: an actual date is a fact, it cannot lie ahead."],
      ],
    );
    // A task with an actual end is finished, never overdue; those only started are.
    assert.deepEqual(spansOf(a, 'overdue'), [
      ['begun', 7],
      ['quiet', 8],
    ]);
  });

  it('reports an actual end before the actual start as date-order', () => {
    const a = check(TEXT);
    assert.deepEqual(spansOf(a, 'date-order'), [['2026-03-09', 10]]);
    assert.equal(findings(a, 'date-order')[0]!.message, "Task 'backwards' actually ended on 2026-03-09, before it actually started on 2026-03-10.");
  });

  it('speaks Chinese', () => {
    const a = check(TEXT, { locale: 'zh-cn' });
    assert.equal(findings(a, 'actual-mismatch')[0]!.message, '任务“ended”已于 2026-03-05 完成（actual_end），但状态仍为“in-progress”：请标记为已完成。');
  });

  it('is fixed by the status the dates say', () => {
    const done = applyFix(TEXT, 'actual-mismatch', 'Mark as done', { at: '2026-03-05' });
    assert.match(done, /\{id: ended, owner: o, duration: 3d, status: done, progress: 100, actual_start/);
    const started = applyFix(TEXT, 'actual-mismatch', 'Mark as in progress', { at: 'not-started' });
    assert.match(started, /\{id: begun, owner: o, duration: 3d, status: in-progress, actual_start/);
  });
});
