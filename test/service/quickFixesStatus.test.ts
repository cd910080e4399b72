import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { plan } from './rules/responsibilityFixtures';
import { applyFix, titlesFor } from './quickFixesHarness';

describe('quick fixes: overdue', () => {
  it('marks the task done and its progress full', () => {
    const text = plan('tasks:', '  - {id: t, owner: pm, start: 2026-03-02, duration: 2d, status: in-progress, progress: 40}');
    assert.deepEqual(titlesFor(text, 'overdue'), ['* Mark as done']);
    assert.equal(
      applyFix(text, 'overdue', 'Mark as done'),
      plan('tasks:', '  - {id: t, owner: pm, start: 2026-03-02, duration: 2d, status: done, progress: 100}'),
    );
  });

  it('adds a status after the name', () => {
    const text = plan('tasks:', '  - id: t', '    name: 启动会 # 周一', '    owner: pm', '    start: 2026-03-02', '    duration: 1d');
    assert.equal(
      applyFix(text, 'overdue', 'Mark as done'),
      plan('tasks:', '  - id: t', '    name: 启动会 # 周一', '    status: done', '    owner: pm', '    start: 2026-03-02', '    duration: 1d'),
    );
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
  const risk = ['risks:', '  - id: r', '    title: 关键人员变动', '    owner: pm', '    likelihood: 4', '    impact: 4', '    response: mitigate', '    status: open'];

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
