import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { plan } from './rules/responsibilityFixtures';
import { applyFix, titlesFor } from './quickFixesHarness';

const task = (...fields: string[]): string => plan('tasks:', ...fields);

describe('quick fixes: raci-owner-mismatch', () => {
  const flow = task('  - {id: t, owner: zhao-liu, raci: {R: [pm], A: boss}}');

  it('adds the owner to R (preferred) or makes the owner the A', () => {
    assert.deepEqual(titlesFor(flow, 'raci-owner-mismatch'), ["* Add '赵六' (zhao-liu) to Responsible (R)", "Make '赵六' (zhao-liu) Accountable (A)"]);
    assert.equal(
      applyFix(flow, 'raci-owner-mismatch', "Add '赵六' (zhao-liu) to Responsible (R)"),
      task('  - {id: t, owner: zhao-liu, raci: {R: [pm, zhao-liu], A: boss}}'),
    );
    assert.equal(
      applyFix(flow, 'raci-owner-mismatch', "Make '赵六' (zhao-liu) Accountable (A)"),
      task('  - {id: t, owner: zhao-liu, raci: {R: [pm], A: zhao-liu}}'),
    );
  });

  it('appends to a block R list', () => {
    const block = ['  - id: t', '    owner: zhao-liu', '    raci:', '      R:', '        - pm  # 执行', '      A: boss'];
    assert.equal(
      applyFix(task(...block), 'raci-owner-mismatch', "Add '赵六' (zhao-liu) to Responsible (R)"),
      task('  - id: t', '    owner: zhao-liu', '    raci:', '      R:', '        - pm  # 执行', '        - zhao-liu', '      A: boss'),
    );
  });
});

describe('quick fixes: raci-multiple-accountable', () => {
  it('keeps one accountable, the first written preferred', () => {
    const flow = task('  - {id: t, owner: pm, raci: {R: [pm], A: [boss, wang-wu]}}');
    assert.deepEqual(titlesFor(flow, 'raci-multiple-accountable'), [
      "* Keep only '张三' (boss) as Accountable (A)",
      "Keep only '王五' (wang-wu) as Accountable (A)",
    ]);
    assert.equal(
      applyFix(flow, 'raci-multiple-accountable', "Keep only '王五' (wang-wu) as Accountable (A)"),
      task('  - {id: t, owner: pm, raci: {R: [pm], A: wang-wu}}'),
    );
  });

  it('replaces a block list of accountables', () => {
    const block = task('  - id: t', '    owner: pm', '    raci:', '      R: [pm]', '      A:', '        - boss', '        - wang-wu', '    duration: 1d');
    assert.equal(
      applyFix(block, 'raci-multiple-accountable', "Keep only '张三' (boss) as Accountable (A)"),
      task('  - id: t', '    owner: pm', '    raci:', '      R: [pm]', '      A: boss', '    duration: 1d'),
    );
  });
});

describe('quick fixes: raci-role-conflict', () => {
  it('removes the lesser role, never the only R or A', () => {
    const text = task('  - {id: t, owner: pm, raci: {R: [pm], A: boss, C: [pm, zhao-liu]}}');
    assert.deepEqual(titlesFor(text, 'raci-role-conflict'), ["* Remove '李四' (pm) from C"]);
    assert.equal(applyFix(text, 'raci-role-conflict', "Remove '李四' (pm) from C"), task('  - {id: t, owner: pm, raci: {R: [pm], A: boss, C: [zhao-liu]}}'));
  });

  it('offers R too when someone else stays responsible', () => {
    const text = task('  - {id: t, owner: pm, raci: {R: [pm, zhao-liu], A: boss, C: [zhao-liu]}}');
    assert.deepEqual(titlesFor(text, 'raci-role-conflict'), ["Remove '赵六' (zhao-liu) from R", "* Remove '赵六' (zhao-liu) from C"]);
    assert.equal(
      applyFix(text, 'raci-role-conflict', "Remove '赵六' (zhao-liu) from R"),
      task('  - {id: t, owner: pm, raci: {R: [pm], A: boss, C: [zhao-liu]}}'),
    );
  });

  it('drops a single-valued letter with its key, or leaves an empty list', () => {
    const text = task('  - {id: t, owner: pm, raci: {R: [pm], A: boss, C: zhao-liu, I: [zhao-liu]}}');
    assert.deepEqual(titlesFor(text, 'raci-role-conflict'), ["Remove '赵六' (zhao-liu) from C", "* Remove '赵六' (zhao-liu) from I"]);
    assert.equal(
      applyFix(text, 'raci-role-conflict', "Remove '赵六' (zhao-liu) from C"),
      task('  - {id: t, owner: pm, raci: {R: [pm], A: boss, I: [zhao-liu]}}'),
    );
    assert.equal(
      applyFix(text, 'raci-role-conflict', "Remove '赵六' (zhao-liu) from I"),
      task('  - {id: t, owner: pm, raci: {R: [pm], A: boss, C: zhao-liu, I: []}}'),
    );
  });

  it('removes a block list item', () => {
    const text = task(
      '  - id: t',
      '    owner: pm',
      '    raci:',
      '      R: [pm]',
      '      A: boss',
      '      I:',
      '        - zhao-liu',
      '        - pm # 知会',
      '      C: [wang-wu]',
    );
    assert.equal(
      applyFix(text, 'raci-role-conflict', "Remove '李四' (pm) from I"),
      task('  - id: t', '    owner: pm', '    raci:', '      R: [pm]', '      A: boss', '      I:', '        - zhao-liu', '      C: [wang-wu]'),
    );
  });
});

describe('quick fixes: raci-no-responsible and raci-no-accountable', () => {
  it('adds the owner (preferred) or an assignee to R', () => {
    const text = task('  - {id: t, owner: pm, assignees: [wang-wu], raci: {A: boss}}');
    assert.deepEqual(titlesFor(text, 'raci-no-responsible'), ["* Add '李四' (pm) to Responsible (R)", "Add '王五' (wang-wu) to Responsible (R)"]);
    assert.equal(
      applyFix(text, 'raci-no-responsible', "Add '李四' (pm) to Responsible (R)"),
      task('  - {id: t, owner: pm, assignees: [wang-wu], raci: {A: boss, R: [pm]}}'),
    );
  });

  it('fills an empty R in a block RACI', () => {
    const text = task('  - id: t', '    owner: pm', '    raci:', '      R: []', '      A: boss');
    assert.equal(
      applyFix(text, 'raci-no-responsible', "Add '李四' (pm) to Responsible (R)"),
      task('  - id: t', '    owner: pm', '    raci:', '      R: [pm]', '      A: boss'),
    );
  });

  it('makes the owner accountable', () => {
    const text = task('  - id: t', '    owner: pm', '    raci:', '      R: [pm, wang-wu]');
    assert.deepEqual(titlesFor(text, 'raci-no-accountable'), ["* Make '李四' (pm) Accountable (A)", "Make '王五' (wang-wu) Accountable (A)"]);
    assert.equal(
      applyFix(text, 'raci-no-accountable', "Make '李四' (pm) Accountable (A)"),
      task('  - id: t', '    owner: pm', '    raci:', '      R: [pm, wang-wu]', '      A: pm'),
    );
  });
});

describe('quick fixes: raci-accountable-not-person', () => {
  it("puts the department's head in its place, keeping the quotes", () => {
    const text = task("  - {id: t, owner: pm, raci: {R: [pm], A: 'market'}}");
    assert.deepEqual(titlesFor(text, 'raci-accountable-not-person'), ["* Replace department '市场部' (market) by its head '王五' (wang-wu)"]);
    assert.equal(
      applyFix(text, 'raci-accountable-not-person', "Replace department '市场部' (market) by its head '王五' (wang-wu)"),
      task("  - {id: t, owner: pm, raci: {R: [pm], A: 'wang-wu'}}"),
    );
  });

  it('has titles in Chinese', () => {
    const text = task('  - {id: t, owner: pm, raci: {R: [pm], A: market}}');
    assert.deepEqual(titlesFor(text, 'raci-accountable-not-person', { locale: 'zh-cn' }), ['* 将部门“市场部”（market）替换为其负责人“王五”（wang-wu）']);
  });
});
