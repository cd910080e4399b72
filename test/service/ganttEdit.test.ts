import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { XprojGanttEdit } from '../../server/src/service/features/ganttEdit';
import type { GanttDrag } from '../../server/src/service/features/ganttEdit';
import { check, open } from '../helpers/plan';

const HEAD = ['xproj: 1', 'project: {id: p, name: P, start: 2026-03-02, owner: a, manager: a}', 'people: [{id: a, name: A}]', 'tasks:'];

/** Applies the drag's edit and returns the new text. */
function drag(lines: string[], move: GanttDrag): string | null {
  const { document, analysis } = open([...HEAD, ...lines, ''].join('\n'));
  const edit = new XprojGanttEdit('en').doGanttEdit(document, analysis, move);
  if (!edit) {
    return null;
  }
  return TextDocument.applyEdits(document, edit.changes![document.uri]!);
}

describe('Gantt drags become plan edits', () => {
  it('moves a derived task by working days, fixing its start over the weekend', () => {
    const text = drag(['  - id: t', '    owner: a', '    duration: 2d'], { taskId: 't', kind: 'move', workingDays: 4 });
    assert.equal(text, [...HEAD, '  - id: t', '    start: 2026-03-06', '    owner: a', '    duration: 2d', ''].join('\n'));
    assert.deepEqual(
      check(text!).problems.filter((p) => p.severity === 'error'),
      [],
    );
  });

  it('moves a task with a written end together with its start', () => {
    const text = drag(['  - {id: t, owner: a, start: 2026-03-03, end: 2026-03-04}'], { taskId: 't', kind: 'move', workingDays: -1 });
    assert.equal(text, [...HEAD, '  - {id: t, owner: a, start: 2026-03-02, end: 2026-03-03}', ''].join('\n'));
  });

  it('resizes by changing the duration in working days', () => {
    const text = drag(['  - {id: t, owner: a, duration: 3d}'], { taskId: 't', kind: 'resize', workingDays: 3 });
    assert.equal(text, [...HEAD, '  - {id: t, owner: a, duration: 6d}', ''].join('\n'));
  });

  it('refuses summaries, unknown tasks, zero moves and durations below one day', () => {
    const lines = ['  - id: s', '    owner: a', '    subtasks: [{id: c, duration: 2d}]'];
    assert.equal(drag(lines, { taskId: 's', kind: 'move', workingDays: 1 }), null);
    assert.equal(drag(lines, { taskId: 'nope', kind: 'move', workingDays: 1 }), null);
    assert.equal(drag(lines, { taskId: 'c', kind: 'move', workingDays: 0 }), null);
    assert.equal(drag(lines, { taskId: 'c', kind: 'resize', workingDays: -2 }), null);
  });
});
