import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { plan } from './rules/responsibilityFixtures';
import { applyFix, titlesFor } from './quickFixesHarness';

describe('quick fixes: overdue', () => {
  const MARK = 'Mark as done (finished by 2026-03-20)';
  const EXTEND = 'Extend to the status date (2026-03-20)';
  const REPLAN = 'Re-plan from the status date (start 2026-03-20)';

  it('marks the task done, its progress full, finished by the status date at the latest', () => {
    const text = plan('tasks:', '  - {id: t, owner: pm, start: 2026-03-02, duration: 2d, status: in-progress, progress: 40}');
    assert.deepEqual(titlesFor(text, 'overdue'), [`* ${MARK}`, EXTEND, REPLAN]);
    assert.equal(
      applyFix(text, 'overdue', MARK),
      plan('tasks:', '  - {id: t, owner: pm, start: 2026-03-02, duration: 2d, actual_end: 2026-03-20, status: done, progress: 100}'),
    );
  });

  it('adds a status after the name, and the actual end after the dates', () => {
    const text = plan('tasks:', '  - id: t', '    name: 启动会 # 周一', '    owner: pm', '    start: 2026-03-02', '    duration: 1d');
    assert.equal(
      applyFix(text, 'overdue', MARK),
      plan(
        'tasks:',
        '  - id: t',
        '    name: 启动会 # 周一',
        '    status: done',
        '    owner: pm',
        '    start: 2026-03-02',
        '    duration: 1d',
        '    actual_end: 2026-03-20',
      ),
    );
  });

  it('extends a duration to reach the status date (2026-03-02 to 03-20 is 15 working days), or moves a written end', () => {
    const weeks = plan('tasks:', '  - {id: t, owner: pm, start: 2026-03-02, duration: 1w}');
    assert.equal(applyFix(weeks, 'overdue', EXTEND), plan('tasks:', '  - {id: t, owner: pm, start: 2026-03-02, duration: 15d}'));
    const dated = plan('tasks:', '  - {id: t, owner: pm, start: 2026-03-02, end: 2026-03-04}');
    assert.equal(applyFix(dated, 'overdue', EXTEND), plan('tasks:', '  - {id: t, owner: pm, start: 2026-03-02, end: 2026-03-20}'));
  });

  it('re-plans from the status date with the same working days, but not a task already started', () => {
    const dated = plan('tasks:', '  - {id: t, owner: pm, start: 2026-03-02, end: 2026-03-04}');
    // Three working days from Friday 03-20: Fri, Mon, Tue.
    assert.equal(applyFix(dated, 'overdue', REPLAN), plan('tasks:', '  - {id: t, owner: pm, start: 2026-03-20, end: 2026-03-24}'));
    const started = plan('tasks:', '  - {id: t, owner: pm, start: 2026-03-02, duration: 1w, actual_start: 2026-03-02, status: in-progress}');
    assert.deepEqual(titlesFor(started, 'overdue'), [`* ${MARK}`, EXTEND]);
  });

  it('moves a milestone, and speaks Chinese; a status date on a weekend moves to the next working day', () => {
    const milestone = plan('tasks:', '  - {id: m, owner: pm, milestone: true, start: 2026-03-04}');
    assert.deepEqual(titlesFor(milestone, 'overdue'), [`* ${MARK}`, 'Move to the status date (2026-03-20)']);
    assert.equal(
      applyFix(milestone, 'overdue', 'Move to the status date (2026-03-20)'),
      plan('tasks:', '  - {id: m, owner: pm, milestone: true, start: 2026-03-20}'),
    );
    assert.deepEqual(titlesFor(milestone, 'overdue', { today: '2026-03-21', locale: 'zh-cn' }), [
      '* 标记为已完成（2026-03-21 前完成）',
      '移至状态日期（2026-03-23）',
    ]);
  });
});

describe('quick fixes: risk-review-overdue', () => {
  it('sets the next review two weeks after the status date', () => {
    const text = plan('risks:', '  - {id: r, title: 人员变动, owner: pm, next_review: 2026-03-16}');
    assert.deepEqual(titlesFor(text, 'risk-review-overdue'), ['* Set next review to 2026-04-03']);
    assert.equal(
      applyFix(text, 'risk-review-overdue', 'Set next review to 2026-04-03'),
      plan('risks:', '  - {id: r, title: 人员变动, owner: pm, next_review: 2026-04-03}'),
    );
    assert.deepEqual(titlesFor(text, 'risk-review-overdue', { today: '2026-03-31', locale: 'zh-cn' }), ['* 将下次复查日期设为 2026-04-14']);
  });
});

describe('quick fixes: risk-no-contingency', () => {
  const risk = [
    'risks:',
    '  - id: r',
    '    title: 关键人员变动',
    '    owner: pm',
    '    likelihood: 4',
    '    impact: 4',
    '    response: mitigate',
    '    status: open',
  ];

  it('adds a placeholder contingency after the response, in the language of the editor', () => {
    assert.deepEqual(titlesFor(plan(...risk), 'risk-no-contingency'), ['* Add a contingency plan to fill in']);
    assert.equal(
      applyFix(plan(...risk), 'risk-no-contingency', 'Add a contingency plan to fill in'),
      plan(...risk.slice(0, 7), '    contingency: "TODO: describe the contingency plan"', '    status: open'),
    );
    assert.equal(
      applyFix(plan(...risk), 'risk-no-contingency', '添加应急预案（待填写）', { locale: 'zh-cn' }),
      plan(...risk.slice(0, 7), '    contingency: 待填写：应急预案', '    status: open'),
    );
  });

  it('fills an empty contingency', () => {
    const text = plan('risks:', "  - {id: r, owner: pm, likelihood: 5, impact: 3, contingency: ''}");
    assert.equal(
      applyFix(text, 'risk-no-contingency', 'Add a contingency plan to fill in'),
      plan('risks:', '  - {id: r, owner: pm, likelihood: 5, impact: 3, contingency: "TODO: describe the contingency plan"}'),
    );
  });
});
