import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lines, plan } from './rules/responsibilityFixtures';
import { applyFix, titlesFor } from './quickFixesHarness';

describe('quick fixes: schema', () => {
  it('renames a misspelt key to the suggestion', () => {
    const text = plan('tasks:', '  - id: t', '    onwer: pm # 责任人');
    assert.deepEqual(titlesFor(text, 'schema'), ["* Change to 'owner'"]);
    assert.equal(applyFix(text, 'schema', "Change to 'owner'"), plan('tasks:', '  - id: t', '    owner: pm # 责任人'));
  });

  it('does not rename onto a key the map already has', () => {
    const text = plan('tasks:', '  - {id: t, owner: pm, onwer: pm}');
    assert.deepEqual(titlesFor(text, 'schema'), []);
  });

  it('offers every allowed value of an enum, the suggestion first and preferred', () => {
    const text = plan('tasks:', '  - {id: t, owner: pm, status: don}');
    assert.deepEqual(titlesFor(text, 'schema'), [
      "* Change to 'done'",
      "Change to 'not-started'",
      "Change to 'in-progress'",
      "Change to 'blocked'",
      "Change to 'cancelled'",
    ]);
    assert.equal(applyFix(text, 'schema', "Change to 'done'"), plan('tasks:', '  - {id: t, owner: pm, status: done}'));
  });

  it('writes numbers as numbers', () => {
    const text = lines('xproj: 2', 'departments: []');
    assert.deepEqual(titlesFor(text, 'schema'), ["* Change to '1'"]);
    assert.equal(applyFix(text, 'schema', "Change to '1'"), lines('xproj: 1', 'departments: []'));
  });

  it('offers nothing for other schema problems', () => {
    assert.deepEqual(titlesFor(plan('tasks:', '  - {id: t, owner: pm, progress: 150}'), 'schema'), []);
  });

  it('has titles in Chinese', () => {
    const text = plan('tasks:', '  - {id: t, onwer: pm}');
    assert.deepEqual(titlesFor(text, 'schema', { locale: 'zh-cn' }), ['* 改为“owner”']);
  });
});
