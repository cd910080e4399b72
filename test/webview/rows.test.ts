import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../common/gantt/model';
import { NO_FILTERS, buildRows, phaseKey, visibleRows } from '../../common/gantt/rows';
import type { Row, RowOptions } from '../../common/gantt/rows';
import { criticalExample } from './ganttData';

const model = buildModel(criticalExample());

function labels(rows: readonly Row[]): string[] {
  return rows.map((r) => (r.kind === 'phase' ? `[${r.phase ?? '-'}]` : `${'  '.repeat(r.depth)}${model.tasks[r.task]!.id}`));
}

function rows(options: Partial<RowOptions> = {}): readonly Row[] {
  return buildRows(model, { filters: NO_FILTERS, collapsed: new Set(), groupByPhase: true, ...options }).rows;
}

describe('row model', () => {
  it('groups top-level tasks by phase in first-seen order, tasks without a phase last', () => {
    assert.deepEqual(labels(rows()), ['[P1]', 'plan', '[P2]', 'work', '  build', '  buy', '  test', 'done', '[-]', 'notify']);
    assert.deepEqual(labels(rows({ groupByPhase: false })), ['plan', 'work', '  build', '  buy', '  test', 'notify', 'done']);
  });

  it('hides the subtasks of a collapsed summary and the tasks of a collapsed phase', () => {
    const rm = buildRows(model, { filters: NO_FILTERS, collapsed: new Set(['work', phaseKey(null)]), groupByPhase: true });
    assert.deepEqual(labels(rm.rows), ['[P1]', 'plan', '[P2]', 'work', 'done', '[-]']);
    const work = rm.rows[3]!;
    assert.ok(work.kind === 'task' && work.collapsed && work.hasChildren);
    const none = rm.rows[5]!;
    assert.ok(none.kind === 'phase' && none.collapsed && none.count === 1);
    assert.equal(rm.rowOfTask[model.byId.get('build')!], -1);
    assert.equal(rm.rowOfTask[model.byId.get('done')!], 4);
  });

  it('keeps the summaries above a task that passes the filters, marked as context', () => {
    const r = rows({ filters: { phase: null, owner: 'Zhao', criticalOnly: false } });
    assert.deepEqual(labels(r), ['[P2]', 'work', '  buy', '[-]', 'notify']);
    const work = r[1]!;
    assert.ok(work.kind === 'task' && !work.matched);
    const buy = r[2]!;
    assert.ok(buy.kind === 'task' && buy.matched);
  });

  it('filters on phase and on the critical path', () => {
    assert.deepEqual(labels(rows({ filters: { ...NO_FILTERS, criticalOnly: true } })), ['[P1]', 'plan', '[P2]', 'work', '  build', '  test', 'done']);
    assert.deepEqual(labels(rows({ filters: { ...NO_FILTERS, phase: 'P1' } })), ['[P1]', 'plan']);
    assert.deepEqual(labels(rows({ filters: { ...NO_FILTERS, phase: 'nope' } })), []);
  });

  it('spans a phase row over its tasks', () => {
    const p2 = rows()[2]!;
    assert.ok(p2.kind === 'phase');
    assert.equal(p2.count, 5);
    assert.equal(p2.start, model.tasks[model.byId.get('work')!]!.start);
    assert.equal(p2.end, model.tasks[model.byId.get('done')!]!.end);
  });

  it('windows the rows that meet the viewport, with overscan, inside the row count', () => {
    assert.deepEqual(visibleRows(0, 100, 25, 1000, 0), { first: 0, last: 4 });
    assert.deepEqual(visibleRows(260, 100, 25, 1000, 2), { first: 8, last: 17 });
    assert.deepEqual(visibleRows(24_990, 100, 25, 1000, 3), { first: 996, last: 1000 });
    assert.deepEqual(visibleRows(0, 100, 25, 0, 3), { first: 0, last: 0 });
  });
});
