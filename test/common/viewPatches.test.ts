import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';
import { applyGanttPatch, diffGantt, isEmptyGanttPatch } from '../../common/ganttPatch';
import { applyRows, diffRows, shiftRange } from '../../common/rowPatch';
import type { RowShape } from '../../common/rowPatch';
import { applyTreePatch, buildTree, diffTree, flattenTree, preorder } from '../../common/treePatch';
import type { TreeRow } from '../../common/treePatch';
import { getGanttModel, getTaskTree } from '../../server/src/service/features/views';
import type { TaskTree, TaskTreeNode } from '../../server/src/service/features/views';
import { check } from '../helpers/plan';
import { loadGenerator } from '../helpers/generator';

interface Row {
  readonly id: string;
  readonly value: number;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
const ROWS: RowShape<Row> = { key: (r) => r.id, range: (r) => r.range, shifted: (r, lines) => ({ ...r, range: shiftRange(r.range, lines) }) };
const row = (id: string, line: number, value = 0): Row => ({ id, value, range: { start: { line, character: 2 }, end: { line, character: 6 } } });

/** Text edits of the kinds typing makes, each returning the new text. */
const EDITS: Record<string, (text: string) => string> = {
  'a duration typed': (t) => t.replace(/duration: (\d+)d/, (_m, d: string) => `duration: ${Number(d) + 3}d`),
  'a task renamed': (t) => t.replace(/(\n {12}name: )[^\n]+/, '$1Renamed task'),
  'a line added near the top (every range below moves)': (t) => t.replace('\ntasks:\n', '\n# a comment\n\ntasks:\n'),
  'a dependency added': (t) => t.replace(/depends_on: \[/, 'depends_on: [t000000, '),
  'a task deleted (the order changes)': (t) => t.replace(/\n {10}- id: t000003\n(?: {12}[^\n]*\n)+/, '\n'),
  'a comment typed (nothing changes)': (t) => t.replace('\ntasks:\n', '\ntasks: # the WBS\n'),
};

describe('row patches', () => {
  it('say a changed row, a line shift and a new order, and apply back to the same list', () => {
    const base = [row('a', 1), row('b', 2), row('c', 3), row('d', 4)];
    const next = [row('a', 1), row('b', 2, 7), row('c', 5), row('d', 6)];
    const patch = diffRows(base, next, ROWS)!;
    assert.deepEqual(patch, { rows: [row('b', 2, 7)], shifts: [[2, 2, 2]] });
    assert.deepEqual(applyRows(base, patch, ROWS), next);
    const reordered = [row('d', 4), row('a', 1), row('e', 9)];
    const second = diffRows(base, reordered, ROWS)!;
    assert.deepEqual(second.keys, ['d', 'a', 'e']);
    assert.deepEqual(applyRows(base, second, ROWS), reordered);
  });

  it('refuse repeated keys (sent whole) and patches made from another list', () => {
    assert.equal(diffRows([row('a', 1)], [row('a', 1), row('a', 2)], ROWS), undefined);
    const patch = diffRows([row('a', 1)], [row('a', 1, 5)], ROWS)!;
    assert.equal(applyRows([row('b', 1)], patch, ROWS), undefined);
    assert.equal(applyRows([row('a', 1)], { rows: [], shifts: [[0, 5, 1]] }, ROWS), undefined);
    assert.equal(applyRows([row('a', 1)], { keys: ['a', 'z'], rows: [], shifts: [] }, ROWS), undefined);
  });

  it('rebuild a tree from its rows, and refuse counts that do not fit without overflowing the stack', () => {
    const tree = [
      {
        kind: 'phase',
        id: 'p',
        range: null,
        children: [{ kind: 'task', id: 'a', range: null, children: [{ kind: 'task', id: 'b', range: null, children: [] }] }],
      },
      { kind: 'task', id: 'c', range: null, children: [] },
    ];
    assert.deepEqual(buildTree(flattenTree(tree)), tree);
    const rows = flattenTree(tree);
    assert.equal(buildTree([{ ...rows[0]!, childCount: 5 }]), undefined);
    assert.equal(buildTree([{ ...rows[0]!, childCount: -1 }]), undefined);
    const chain = Array.from({ length: 200_000 }, (_, i) => ({ kind: 'task', id: String(i), range: null, childCount: 1 }));
    assert.equal(buildTree(chain), undefined);
  });
});

describe('view patches of real plans', () => {
  let text = '';
  before(async () => {
    text = (await loadGenerator()).generatePlan({ tasks: 120, seed: 3 });
  });

  for (const [name, edit] of Object.entries(EDITS)) {
    it(`make the new Gantt model and task tree of the old after ${name}`, () => {
      const before = check(text);
      const after = check(edit(text));
      assert.notEqual(after.text, before.text, 'the edit must change the text');
      const [oldGantt, newGantt] = [getGanttModel(before), getGanttModel(after)];
      const patch = diffGantt(oldGantt, newGantt)!;
      assert.deepEqual(applyGanttPatch(oldGantt, patch), newGantt);
      // A new duration, dependency or a task gone moves the dates (and outline numbers) of the tasks after it; the others change a row or none.
      if (!/duration|dependency|deleted/.test(name)) {
        assert.ok(JSON.stringify(patch).length < JSON.stringify(newGantt).length / 10, 'a patch is much smaller than the model');
      }
      assert.equal(isEmptyGanttPatch(oldGantt, patch), name.includes('nothing changes'));

      const [oldTree, newTree] = [getTaskTree(before, 'en'), getTaskTree(after, 'en')];
      const treePatch = diffTree<TaskTree, TaskTreeNode>(preorder<TaskTreeNode>(oldTree.roots), newTree)!;
      const applied = applyTreePatch<TaskTree, TaskTreeNode>(flattenTree<TaskTreeNode>(oldTree.roots), treePatch)!;
      assert.deepEqual(applied.model, newTree);
      assert.deepEqual(applied.rows, flattenTree(newTree.roots) as readonly TreeRow<TaskTreeNode>[]);
    });
  }

  it('send duplicate task ids whole', () => {
    const before = check(text);
    const after = check(text.replace('- id: t000005', '- id: t000004'));
    assert.equal(diffGantt(getGanttModel(before), getGanttModel(after)), undefined);
  });
});
