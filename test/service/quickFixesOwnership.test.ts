import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lines, plan } from './rules/responsibilityFixtures';
import { applyFix, titlesFor } from './quickFixesHarness';

describe('quick fixes: missing-owner', () => {
  const blockTask = plan('tasks:', '  - id: t', '    name: 调研  # 市场部牵头', '    department: market', '    duration: 2d');

  it("offers the department's head, its liaison and the manager, the head preferred", () => {
    assert.deepEqual(titlesFor(blockTask, 'missing-owner'), ["* Set owner to 'wang-wu'", "Set owner to 'zhao-liu'", "Set owner to 'pm'"]);
  });

  it('inserts the owner after the name in a block task, keeping its comment', () => {
    assert.equal(
      applyFix(blockTask, 'missing-owner', "Set owner to 'zhao-liu'"),
      plan('tasks:', '  - id: t', '    name: 调研  # 市场部牵头', '    owner: zhao-liu', '    department: market', '    duration: 2d'),
    );
  });

  it('inserts the owner into a flow task', () => {
    const text = plan('tasks:', '  - {id: t, name: T, department: pmo, duration: 1d}');
    assert.deepEqual(titlesFor(text, 'missing-owner'), ["* Set owner to 'boss'", "Set owner to 'pm'"]);
    assert.equal(applyFix(text, 'missing-owner', "Set owner to 'boss'"), plan('tasks:', '  - {id: t, name: T, owner: boss, department: pmo, duration: 1d}'));
  });

  it('fills an empty owner', () => {
    const text = plan('tasks:', '  - id: t', '    owner:', '    duration: 1d');
    assert.equal(applyFix(text, 'missing-owner', "Set owner to 'pm'"), plan('tasks:', '  - id: t', '    owner: pm', '    duration: 1d'));
  });

  it("proposes the affected task's owner for a risk", () => {
    const text = plan('tasks:', '  - {id: t, owner: wang-wu}', 'risks:', '  - {id: r, title: 人员变动, likelihood: 2, impact: 2, affects: [t]}');
    assert.deepEqual(titlesFor(text, 'missing-owner'), ["* Set owner to 'wang-wu'", "Set owner to 'pm'"]);
    assert.equal(
      applyFix(text, 'missing-owner', "Set owner to 'wang-wu'"),
      plan('tasks:', '  - {id: t, owner: wang-wu}', 'risks:', '  - {id: r, title: 人员变动, owner: wang-wu, likelihood: 2, impact: 2, affects: [t]}'),
    );
  });

  it("sets the project's owner or manager", () => {
    const people = ['people:', '  - {id: boss, name: 张三}', '  - {id: pm, name: 李四}'];
    const noOwner = lines('xproj: 1', 'project:', '  id: p', '  name: P', '  start: 2026-03-02', '  manager: pm', ...people);
    assert.equal(
      applyFix(noOwner, 'missing-owner', "Set owner to 'pm'"),
      lines('xproj: 1', 'project:', '  id: p', '  name: P', '  owner: pm', '  start: 2026-03-02', '  manager: pm', ...people),
    );
    const noManager = lines('xproj: 1', 'project: {id: p, name: P, start: 2026-03-02, owner: boss}', ...people);
    assert.equal(
      applyFix(noManager, 'missing-owner', "Set manager to 'boss'"),
      lines('xproj: 1', 'project: {id: p, name: P, start: 2026-03-02, owner: boss, manager: boss}', ...people),
    );
  });

  it('has titles in Chinese', () => {
    assert.deepEqual(titlesFor(blockTask, 'missing-owner', { locale: 'zh-CN' })[0], '* 将 owner 设为“wang-wu”');
  });
});

describe('quick fixes: missing-liaison', () => {
  it('sets the head or a member as liaison', () => {
    const text = plan('  - {id: zhou, name: 周九, department: it}', 'tasks:', '  - {id: t, owner: pm, department: it}').replace(
      'departments:\n',
      'departments:\n  - {id: it, name: 信息技术部, head: wang-wu}\n',
    );
    assert.deepEqual(titlesFor(text, 'missing-liaison'), ["* Set liaison to 'wang-wu'", "Set liaison to 'zhou'"]);
    assert.equal(applyFix(text, 'missing-liaison', "Set liaison to 'zhou'"), text.replace('head: wang-wu}\n', 'head: wang-wu, liaison: zhou}\n'));
  });
});

describe('quick fixes: approval-missing', () => {
  const budget = (...item: string[]): string =>
    plan(
      'budget:',
      '  total: 100000',
      '  approvals:',
      '    - {up_to: 10000, approver: department-head}',
      '    - {up_to: 100000, approver: finance}',
      '    - {approver: owner}',
      '  items:',
      ...item,
    );

  it('adds the approver the amount requires', () => {
    const text = budget('    - id: venue', '      name: 场地租赁', '      amount: 20000');
    assert.deepEqual(titlesFor(text, 'approval-missing'), ["* Set approved_by to 'finance'"]);
    assert.equal(
      applyFix(text, 'approval-missing', "Set approved_by to 'finance'"),
      budget('    - id: venue', '      name: 场地租赁', '      amount: 20000', '      approved_by: finance'),
    );
  });

  it('replaces an approver of too low a level', () => {
    const text = budget('    - {id: venue, amount: 200000, approved_by: finance}');
    assert.equal(applyFix(text, 'approval-missing', "Set approved_by to 'owner'"), budget('    - {id: venue, amount: 200000, approved_by: owner}'));
  });

  it('offers nothing without approval levels to go by', () => {
    const text = plan('budget:', '  total: 100', '  items:', '    - {id: venue, amount: 20}');
    assert.deepEqual(titlesFor(text, 'approval-missing'), []);
  });
});
