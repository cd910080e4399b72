import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TaskUpdateRefusal, XprojTaskUpdate } from '../../server/src/service/features/taskEdits/taskUpdate';
import { open } from '../helpers/plan';

const HEAD = ['xproj: 1', 'project: {id: p, name: P, start: 2026-03-02, owner: a, manager: a}', 'people: [{id: a, name: A}]', 'tasks:'];

/** Applies the update (parsed as it would come over the wire) and returns the new text, or null. */
function update(lines: string[], raw: unknown, locale: 'en' | 'zh-cn' = 'en'): string | null {
  const { document, analysis } = open([...HEAD, ...lines, ''].join('\n'));
  const service = new XprojTaskUpdate(locale);
  const edit = service.doTaskUpdate(document, analysis, service.parse(raw));
  return edit ? TextDocument.applyEdits(document, edit.changes![document.uri]!) : null;
}

const after = (...lines: string[]): string => [...HEAD, ...lines, ''].join('\n');

describe('task updates from the views become plan edits', () => {
  it('sets a status, adding the key after the name or replacing it', () => {
    assert.equal(
      update(['  - {id: t, name: 宣传, owner: a, duration: 2d}'], { taskId: 't', kind: 'status', status: 'blocked' }),
      after('  - {id: t, name: 宣传, status: blocked, owner: a, duration: 2d}'),
    );
    assert.equal(
      update(['  - {id: t, owner: a, status: in-progress}'], { taskId: 't', kind: 'status', status: 'cancelled' }),
      after('  - {id: t, owner: a, status: cancelled}'),
    );
  });

  it('sets a progress, adding it or replacing it', () => {
    assert.equal(
      update(['  - {id: t, owner: a, duration: 2d, progress: 10}'], { taskId: 't', kind: 'progress', progress: 75 }),
      after('  - {id: t, owner: a, duration: 2d, progress: 75}'),
    );
    assert.equal(
      update(['  - id: t', '    owner: a', '    duration: 2d'], { taskId: 't', kind: 'progress', progress: 50 }),
      after('  - id: t', '    owner: a', '    duration: 2d', '    progress: 50'),
    );
  });

  it('marks done with full progress and an actual end on the status date (2026-03-20), as the overdue fix does', () => {
    assert.equal(
      update(['  - {id: t, owner: a, start: 2026-03-02, duration: 2d, progress: 40}'], { taskId: 't', kind: 'done' }),
      after('  - {id: t, status: done, owner: a, start: 2026-03-02, duration: 2d, actual_end: 2026-03-20, progress: 100}'),
    );
    // Setting the status `done` from the menu records the same facts.
    assert.equal(
      update(['  - {id: t, owner: a, duration: 2d, actual_end: 2026-03-03}'], { taskId: 't', kind: 'status', status: 'done' }),
      after('  - {id: t, status: done, owner: a, duration: 2d, actual_end: 2026-03-03}'),
    );
    assert.equal(update(['  - {id: t, owner: a, status: done, actual_end: 2026-03-03}'], { taskId: 't', kind: 'done' }), null, 'nothing left to write');
  });

  it('refuses malformed updates field by field, in the language of the editor, and unknown tasks with null', () => {
    const refusal = (raw: unknown, locale: 'en' | 'zh-cn' = 'en'): string => {
      try {
        update(['  - {id: t, owner: a}'], raw, locale);
      } catch (e) {
        assert.ok(e instanceof TaskUpdateRefusal);
        return e.message;
      }
      return 'accepted';
    };
    assert.equal(refusal(null), 'The task update is invalid (taskId); nothing was changed.');
    assert.equal(refusal({ taskId: 't', kind: 'status', status: 'finished' }), 'The task update is invalid (status); nothing was changed.');
    for (const progress of [-1, 101, 50.5, '50', Number.NaN]) {
      assert.equal(refusal({ taskId: 't', kind: 'progress', progress }), 'The task update is invalid (progress); nothing was changed.');
    }
    assert.equal(refusal({ taskId: 't', kind: 'delete' }, 'zh-cn'), '任务更新无效（kind），未作任何修改。');
    assert.equal(refusal({ taskId: 'x'.repeat(1001), kind: 'done' }), 'The task update is invalid (taskId); nothing was changed.');
    assert.equal(update(['  - {id: t, owner: a}'], { taskId: 'nope', kind: 'done' }), null);
  });
});
