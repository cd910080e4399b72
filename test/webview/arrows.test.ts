import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutArrows, pathData, routeArrow, sidesOf } from '../../common/gantt/arrows';
import { METRICS, anchorOf, taskBar } from '../../common/gantt/bars';
import { buildModel } from '../../common/gantt/model';
import { NO_FILTERS, buildRows } from '../../common/gantt/rows';
import { createTimeScale } from '../../common/gantt/timeScale';
import { criticalExample, data, dep, task } from './ganttData';

const H = METRICS.rowHeight;

function isOrthogonal(points: readonly { x: number; y: number }[]): boolean {
  return points.every((p, i) => i === 0 || p.x === points[i - 1]!.x || p.y === points[i - 1]!.y);
}

describe('dependency arrows', () => {
  it('links the sides each dependency type names', () => {
    assert.deepEqual(sidesOf('FS'), { out: 'end', in: 'start' });
    assert.deepEqual(sidesOf('SS'), { out: 'start', in: 'start' });
    assert.deepEqual(sidesOf('FF'), { out: 'end', in: 'end' });
    assert.deepEqual(sidesOf('SF'), { out: 'start', in: 'end' });
  });

  it('routes FS with one turn down when there is room, through the row gap when there is not', () => {
    const a = { x: 100, y: 13 };
    const simple = routeArrow(a, { x: 140, y: 39 }, 1, 1, H);
    assert.deepEqual(simple, [a, { x: 108, y: 13 }, { x: 108, y: 39 }, { x: 140, y: 39 }]);
    const back = routeArrow(a, { x: 60, y: 65 }, 1, 1, H);
    assert.equal(back.length, 6);
    assert.ok(isOrthogonal(back));
    assert.equal(back[2]!.y, 13 + H / 2);
    assert.equal(back[4]!.x, 52);
    const up = routeArrow({ x: 100, y: 65 }, { x: 60, y: 13 }, 1, 1, H);
    assert.equal(up[2]!.y, 65 - H / 2);
  });

  it('routes SS out to the left and FF out to the right of both bars', () => {
    const ss = routeArrow({ x: 100, y: 13 }, { x: 80, y: 39 }, -1, 1, H);
    assert.equal(ss[1]!.x, 72);
    assert.equal(ss.at(-1)!.x, 80);
    const ff = routeArrow({ x: 100, y: 13 }, { x: 150, y: 39 }, 1, -1, H);
    assert.equal(ff[1]!.x, 158);
    assert.ok(isOrthogonal(ss) && isOrthogonal(ff));
  });

  it('lays out arrows between shown rows, crossing the window, with critical links marked', () => {
    const model = buildModel(criticalExample());
    const scale = createTimeScale(model.firstDay, model.lastDay, 20);
    const rm = buildRows(model, { filters: NO_FILTERS, collapsed: new Set(), groupByPhase: false });
    const all = layoutArrows(model, scale, rm, { first: 0, last: rm.rows.length }, METRICS);
    assert.equal(all.length, 6);
    const planBuild = all.find((a) => model.tasks[a.from]!.id === 'plan' && model.tasks[a.to]!.id === 'build')!;
    assert.ok(planBuild.critical);
    assert.equal(all.find((a) => model.tasks[a.to]!.id === 'notify')!.critical, false);
    const tip = anchorOf(taskBar(model, scale, model.byId.get('build')!, 2, METRICS), 'start');
    assert.deepEqual(planBuild.points.at(-1), tip);
    assert.deepEqual(planBuild.head[0], tip);
    // plan (row 0) → done-chain arrows that only pass through rows 3..4 are still drawn there.
    const middle = layoutArrows(model, scale, rm, { first: 3, last: 4 }, METRICS);
    assert.ok(middle.some((a) => model.tasks[a.from]!.id === 'buy' && model.tasks[a.to]!.id === 'notify'));
    assert.ok(!middle.some((a) => model.tasks[a.from]!.id === 'plan' && model.tasks[a.to]!.id === 'build'));
    const collapsed = buildRows(model, { filters: NO_FILTERS, collapsed: new Set(['work']), groupByPhase: false });
    assert.equal(layoutArrows(model, scale, collapsed, { first: 0, last: 10 }, METRICS).length, 0);
  });

  it('ignores links to unknown tasks and to the task itself', () => {
    const model = buildModel(data([task('a', '2026-03-02', '2026-03-02')], [dep('a', 'ghost'), dep('a', 'a')]));
    assert.equal(model.dependencies.length, 0);
  });

  it('writes compact path data', () => {
    assert.equal(
      pathData([
        { x: 1, y: 2 },
        { x: 3.14159, y: 2 },
      ]),
      'M1 2L3.1 2',
    );
    assert.equal(
      pathData(
        [
          { x: 0, y: 0 },
          { x: 1, y: 1 },
          { x: 0, y: 2 },
        ],
        true,
      ),
      'M0 0L1 1L0 2Z',
    );
  });
});
