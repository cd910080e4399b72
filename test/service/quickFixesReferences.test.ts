import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { HEADER, lines, plan } from './rules/responsibilityFixtures';
import { applyFix, titlesFor } from './quickFixesHarness';

describe('quick fixes: unknown-reference', () => {
  const typo = plan('tasks:', '  - {id: t, owner: zhao-liuu}');

  it('offers the did-you-mean ids (preferred) and creating the entity', () => {
    assert.deepEqual(titlesFor(typo, 'unknown-reference'), ["* Change to '赵六' (zhao-liu)", "Create person 'zhao-liuu'"]);
    assert.equal(applyFix(typo, 'unknown-reference', "Change to '赵六' (zhao-liu)"), plan('tasks:', '  - {id: t, owner: zhao-liu}'));
  });

  it('creates a person in the style of the list', () => {
    assert.equal(
      applyFix(typo, 'unknown-reference', "Create person 'zhao-liuu'"),
      plan('  - {id: zhao-liuu, name: zhao-liuu}', 'tasks:', '  - {id: t, owner: zhao-liuu}'),
    );
  });

  it('creates a task in a block list', () => {
    const text = plan('tasks:', '  - id: design', '    owner: pm', '  - id: build', '    owner: pm', '    depends_on: [desing]');
    assert.deepEqual(titlesFor(text, 'unknown-reference'), ["* Change to 'design'", "Create task 'desing'"]);
    assert.equal(
      applyFix(text, 'unknown-reference', "Create task 'desing'"),
      plan('tasks:', '  - id: design', '    owner: pm', '  - id: build', '    owner: pm', '    depends_on: [desing]', '  - id: desing', '    name: desing'),
    );
  });

  it('creates the list when the plan has none, and offers every kind the field accepts', () => {
    const text = plan('tasks:', '  - {id: t, owner: pm, phase: 规划阶段, raci: {R: [pm], A: boss, I: [教学部]}}');
    assert.deepEqual(titlesFor(text, 'unknown-reference', { at: '规划阶段' }), ["Create phase '规划阶段'"]);
    assert.equal(
      applyFix(text, 'unknown-reference', "Create phase '规划阶段'", { at: '规划阶段' }),
      plan('tasks:', '  - {id: t, owner: pm, phase: 规划阶段, raci: {R: [pm], A: boss, I: [教学部]}}', 'phases:', '  - {id: 规划阶段, name: 规划阶段}'),
    );
    assert.deepEqual(titlesFor(text, 'unknown-reference', { at: '教学部' }), ["Create person '教学部'", "Create department '教学部'"]);
    assert.equal(
      applyFix(text, 'unknown-reference', "Create department '教学部'", { at: '教学部' }),
      text.replace('liaison: zhao-liu}\n', 'liaison: zhao-liu}\n  - {id: 教学部, name: 教学部}\n'),
    );
  });

  it('offers no creation for a text that cannot be an id, and keeps quotes when changing it', () => {
    const text = plan('tasks:', '  - {id: t, owner: "pm x"}');
    assert.deepEqual(titlesFor(text, 'unknown-reference'), ["* Change to '李四' (pm)"]);
    assert.equal(applyFix(text, 'unknown-reference', "Change to '李四' (pm)"), plan('tasks:', '  - {id: t, owner: "pm"}'));
  });

  it('has titles in Chinese', () => {
    assert.deepEqual(titlesFor(typo, 'unknown-reference', { locale: 'zh-cn' }), ['* 改为“赵六”（zhao-liu）', '新建人员“zhao-liuu”']);
  });
});

describe('quick fixes: duplicate-id', () => {
  it('renames the later definition to a free id, keeping its quotes', () => {
    const text = lines(...HEADER, 'tasks:', '  - {id: t, owner: pm}', '  - {id: t-2, owner: pm}', '  - id: "t"', '    owner: pm');
    assert.deepEqual(titlesFor(text, 'duplicate-id'), ["* Rename to 't-3'"]);
    assert.equal(
      applyFix(text, 'duplicate-id', "Rename to 't-3'"),
      lines(...HEADER, 'tasks:', '  - {id: t, owner: pm}', '  - {id: t-2, owner: pm}', '  - id: "t-3"', '    owner: pm'),
    );
  });

  it('renames people too', () => {
    const text = plan('  - {id: pm, name: 李四（重复）}');
    assert.equal(applyFix(text, 'duplicate-id', "Rename to 'pm-2'"), plan('  - {id: pm-2, name: 李四（重复）}'));
  });
});
