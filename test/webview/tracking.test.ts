import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayOfIso } from '../../common/dates';
import { METRICS, taskBar } from '../../common/gantt/bars';
import { fitPxPerDay } from '../../common/gantt/fit';
import { legendEntries } from '../../common/gantt/legend';
import { buildModel } from '../../common/gantt/model';
import { stringsFor } from '../../common/gantt/strings';
import { MIN_PX_PER_DAY, createTimeScale, xOfDay } from '../../common/gantt/timeScale';
import { baselineGhost, dayLineX, forecastTail, layoutTracking } from '../../common/gantt/tracking';
import { fitsOnOpen, hostDefaults, restoreState } from '../../webview/src/view/state';
import { data, task } from './ganttData';

function tracked(): ReturnType<typeof buildModel> {
  return buildModel(
    data(
      [
        task('late', '2026-03-02', '2026-03-06', {
          forecastStart: '2026-03-02',
          forecastEnd: '2026-03-11',
          baselineStart: '2026-03-02',
          baselineEnd: '2026-03-04',
        }),
        task('early', '2026-03-09', '2026-03-10', { forecastEnd: '2026-03-09' }),
        task('gate', '2026-03-12', '2026-03-12', { milestone: true, forecastEnd: '2026-03-16', baselineStart: '2026-03-10', baselineEnd: '2026-03-10' }),
        task('new', '2026-03-12', '2026-03-13'),
      ],
      [],
      { project: { start: '2026-03-02', finish: '2026-03-13', baseline: 'v1.0', baselineFinish: '2026-03-10', unreliable: { cycles: 1, errors: 0 } } },
    ),
  );
}

describe('tracking marks', () => {
  it('indexes forecasts later than the plan and the baseline, and widens the chart to show them', () => {
    const m = tracked();
    assert.equal(m.slipping, 2);
    assert.equal(m.baseline, 'v1.0');
    assert.deepEqual(m.unreliable, { cycles: 1, errors: 0 });
    assert.equal(m.tasks[0]!.forecastEnd, dayOfIso('2026-03-11'));
    // A forecast earlier than the plan is no slip.
    assert.equal(m.tasks[1]!.forecastEnd, undefined);
    assert.equal(m.tasks[3]!.baselineStart, undefined);
    assert.equal(m.lastDay, dayOfIso('2026-03-16'));
  });

  it('draws a tail from the bar end to the end of the forecast last day, and none for a task on time', () => {
    const m = tracked();
    const scale = createTimeScale(m.firstDay, m.lastDay, 20);
    const bar = taskBar(m, scale, 0, 0, METRICS);
    const tail = forecastTail(m, scale, bar)!;
    assert.equal(tail.x, bar.x + bar.width);
    assert.equal(tail.x + tail.width, xOfDay(scale, dayOfIso('2026-03-12')));
    assert.equal(tail.height, bar.height);
    assert.equal(forecastTail(m, scale, taskBar(m, scale, 1, 1, METRICS)), null);
    assert.equal(forecastTail(m, scale, taskBar(m, scale, 3, 3, METRICS)), null);
    // While the bar is dragged its forecast is stale.
    assert.equal(forecastTail(m, scale, bar, 0), null);
    const diamond = taskBar(m, scale, 2, 2, METRICS);
    const mTail = forecastTail(m, scale, diamond)!;
    assert.equal(mTail.x + mTail.width, xOfDay(scale, dayOfIso('2026-03-16')) + scale.pxPerDay / 2);
    assert.ok(mTail.height < diamond.height + 1);
  });

  it('puts a ghost bar under the bar at the baseline dates, a diamond for a milestone, and none without a baseline', () => {
    const m = tracked();
    const scale = createTimeScale(m.firstDay, m.lastDay, 20);
    const bar = taskBar(m, scale, 0, 0, METRICS);
    const ghost = baselineGhost(m, scale, bar, METRICS)!;
    assert.equal(ghost.x, xOfDay(scale, dayOfIso('2026-03-02')));
    assert.equal(ghost.width, 3 * 20);
    assert.ok(ghost.y >= bar.y + bar.height && ghost.y + ghost.height <= METRICS.rowHeight, 'inside its row, below the bar');
    const diamond = baselineGhost(m, scale, taskBar(m, scale, 2, 2, METRICS), METRICS)!;
    assert.equal(diamond.milestone, true);
    assert.equal(diamond.x + diamond.width / 2, xOfDay(scale, dayOfIso('2026-03-10')) + 10);
    assert.equal(baselineGhost(m, scale, taskBar(m, scale, 3, 3, METRICS), METRICS), null);
    const bars = [0, 1, 2, 3].map((i) => taskBar(m, scale, i, i, METRICS));
    assert.equal(layoutTracking(m, scale, bars, METRICS, true).ghosts.length, 2);
    assert.equal(layoutTracking(m, scale, bars, METRICS, false).ghosts.length, 0);
    assert.equal(layoutTracking(m, scale, bars, METRICS, false).tails.length, 2);
  });

  it('places day lines only inside the chart', () => {
    const scale = createTimeScale(dayOfIso('2026-03-02'), dayOfIso('2026-03-13'), 20);
    assert.equal(dayLineX(scale, dayOfIso('2026-03-05')), xOfDay(scale, dayOfIso('2026-03-05')));
    assert.equal(dayLineX(scale, dayOfIso('2027-01-01')), null);
    assert.equal(dayLineX(scale, dayOfIso('2025-01-01')), null);
  });
});

describe('fit to window', () => {
  for (const [from, to, width] of [
    ['2026-03-02', '2026-03-13', 800],
    ['2026-03-02', '2026-09-30', 900],
    ['2026-01-01', '2028-12-31', 1000],
    ['2026-03-02', '2026-03-02', 300],
  ] as const) {
    it(`fits ${from}..${to} into ${width} px as closely as the zoom levels allow`, () => {
      const first = dayOfIso(from);
      const last = dayOfIso(to);
      const px = fitPxPerDay(first, last, width);
      assert.ok(createTimeScale(first, last, px).width <= width, 'fits');
      // Not needlessly small: a tenth more would no longer fit (or the zoom is at its limit).
      assert.ok(px >= 64 || createTimeScale(first, last, px * 1.1).width > width * 0.97, `${px} px/day is too small`);
    });
  }

  it('gives the smallest zoom when nothing fits, and never throws on a zero width', () => {
    assert.equal(fitPxPerDay(0, 20000, 100), MIN_PX_PER_DAY);
    assert.equal(fitPxPerDay(0, 10, 0), MIN_PX_PER_DAY);
  });

  it('fits a new chart on open only when the setting says fit and the user has not zoomed it under that setting', () => {
    const fit = hostDefaults({ defaultZoom: 'fit', showCriticalPath: 'true' });
    assert.equal(fit.fit, true);
    assert.equal(fitsOnOpen(undefined, fit), true);
    assert.equal(fitsOnOpen(restoreState(undefined, fit), fit), false);
    assert.equal(fitsOnOpen({ defaults: 'week true' }, fit), true);
    assert.equal(fitsOnOpen(undefined, hostDefaults({ defaultZoom: 'week' })), false);
  });

  it('restores the tracking toggles and the folded column, defaulting to shown', () => {
    const s = restoreState({ showBaseline: false, showLegend: false, namesCollapsed: true });
    assert.equal(s.showBaseline, false);
    assert.equal(s.showLegend, false);
    assert.equal(s.namesCollapsed, true);
    const d = restoreState({ showBaseline: 'no', namesCollapsed: 1 });
    assert.equal(d.showBaseline, true);
    assert.equal(d.showLegend, true);
    assert.equal(d.namesCollapsed, false);
  });
});

describe('legend', () => {
  const all = { showCritical: true, slipping: true, baseline: true, today: true, makeupDays: true, weekends: true };

  it('lists every mark the chart can show, in a fixed order', () => {
    assert.deepEqual(legendEntries(all), [
      'task',
      'progress',
      'critical',
      'summary',
      'milestone',
      'forecast',
      'baseline',
      'statusDate',
      'today',
      'holiday',
      'makeup',
      'weekend',
    ]);
  });

  it('leaves out marks that cannot appear', () => {
    const none = legendEntries({ showCritical: false, slipping: false, baseline: false, today: false, makeupDays: false, weekends: false });
    assert.deepEqual(none, ['task', 'progress', 'summary', 'milestone', 'statusDate', 'holiday']);
  });

  it('has a label for every entry in both languages, and says why dates are unreliable', () => {
    for (const lang of ['en', 'zh'] as const) {
      const s = stringsFor(lang);
      for (const k of legendEntries(all)) {
        assert.ok(s.legend[k].length > 0, `${lang} ${k}`);
      }
    }
    assert.match(stringsFor('en').unreliable(1, 2), /1 dependency cycle, 2 errors/);
    assert.match(stringsFor('en').unreliable(0, 3), /^Dates unreliable: 3 errors\./);
    assert.match(stringsFor('zh').unreliable(2, 0), /2 个依赖循环/);
  });
});
