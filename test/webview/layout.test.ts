import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shadingBands, statusLineX } from '../../common/gantt/bands';
import { METRICS, anchorOf, layoutBars, taskBar } from '../../common/gantt/bars';
import { dayOfIso, formatDay as isoOfDay } from '../../common/dates';
import { buildModel } from '../../common/gantt/model';
import { createTimeScale, dayAtX, nextUnit, ticks, unitStart, xOfDay, zoomLevelOf } from '../../common/gantt/timeScale';
import { criticalExample, data, task } from './ganttData';

const d = dayOfIso;

describe('time scale', () => {
  it('picks the header granularity from the zoom factor', () => {
    assert.equal(zoomLevelOf(32), 'days');
    assert.equal(zoomLevelOf(9), 'weeks');
    assert.equal(zoomLevelOf(3), 'months');
    assert.equal(zoomLevelOf(1), 'quarters');
  });

  it('aligns the origin to the coarse unit and maps days to pixels both ways', () => {
    const s = createTimeScale(d('2026-03-02'), d('2026-03-13'), 32);
    assert.equal(isoOfDay(s.origin), '2026-03-01');
    assert.equal(xOfDay(s, d('2026-03-02')), 32);
    assert.equal(dayAtX(s, 64), d('2026-03-03'));
    assert.equal(s.width, s.days * 32);
    const q = createTimeScale(d('2026-03-02'), d('2026-03-13'), 1);
    assert.equal(isoOfDay(q.origin), '2025-10-01');
    assert.equal(isoOfDay(q.origin + q.days), '2026-07-01');
    const wide = createTimeScale(d('2026-03-02'), d('2026-03-13'), 32, 2000);
    assert.ok(wide.width >= 2000);
  });

  it('walks weeks from Monday, months and quarters by the calendar', () => {
    assert.equal(isoOfDay(unitStart('week', d('2026-03-08'))), '2026-03-02');
    assert.equal(isoOfDay(unitStart('quarter', d('2026-05-20'))), '2026-04-01');
    assert.equal(isoOfDay(nextUnit('month', d('2026-01-01'))), '2026-02-01');
    assert.equal(isoOfDay(nextUnit('year', d('2026-01-01'))), '2027-01-01');
    const s = createTimeScale(d('2026-03-02'), d('2026-06-30'), 3);
    const cells = ticks(s, 'month', 0, s.width);
    assert.deepEqual(
      cells.slice(0, 3).map((c) => isoOfDay(c.day)),
      ['2026-02-01', '2026-03-01', '2026-04-01'],
    );
    assert.equal(cells[0]!.width, 28 * 3);
    // The coarse tier may start before the origin: its cell is cut at the left edge.
    assert.equal(isoOfDay(ticks(s, 'year', 0, s.width)[0]!.day), '2026-01-01');
    assert.equal(ticks(s, 'month', xOfDay(s, d('2026-04-10')), xOfDay(s, d('2026-04-20'))).length, 1);
  });
});

describe('bars', () => {
  const model = buildModel(criticalExample());
  const scale = createTimeScale(model.firstDay, model.lastDay, 20);

  it('spans whole days, end inclusive, with the done part as progress', () => {
    const b = taskBar(model, scale, model.byId.get('build')!, 3, METRICS);
    assert.equal(b.kind, 'task');
    assert.equal(b.x, xOfDay(scale, d('2026-03-05')));
    assert.equal(b.width, 7 * 20);
    assert.equal(b.progressWidth, 70);
    assert.equal(b.y + b.height / 2, 3 * METRICS.rowHeight + METRICS.rowHeight / 2);
    assert.ok(b.critical);
  });

  it('draws milestones as diamonds on their day and summaries thinner', () => {
    const m = taskBar(model, scale, model.byId.get('done')!, 0, METRICS);
    assert.equal(m.kind, 'milestone');
    assert.equal(m.x + m.width / 2, xOfDay(scale, d('2026-03-13')) + 10);
    const s = taskBar(model, scale, model.byId.get('work')!, 0, METRICS);
    assert.equal(s.kind, 'summary');
    assert.ok(s.height < METRICS.barHeight);
  });

  it('draws a dragged bar at its override dates', () => {
    const i = model.byId.get('buy')!;
    const b = taskBar(model, scale, i, 0, METRICS, { task: i, start: d('2026-03-09'), end: d('2026-03-10') });
    assert.equal(b.x, xOfDay(scale, d('2026-03-09')));
    assert.equal(anchorOf(b, 'end').x, xOfDay(scale, d('2026-03-11')));
  });

  it('lays out only the rows of the window', () => {
    const rows = [0, 1, 2, 3, 4, 5, 6].map((t) => ({ kind: 'task' as const, task: t, depth: 0, hasChildren: false, collapsed: false, matched: true }));
    const bars = layoutBars(model, scale, rows, { first: 2, last: 5 }, METRICS);
    assert.deepEqual(
      bars.map((b) => b.row),
      [2, 3, 4],
    );
  });
});

describe('shading and status date', () => {
  it('merges weekends and marks holidays, and drops weekends when zoomed far out', () => {
    const model = buildModel(data([task('a', '2026-03-02', '2026-04-30')], [], { holidays: ['2026-03-06', '2026-04-06'] }));
    const s = createTimeScale(model.firstDay, model.lastDay, 10);
    const bands = shadingBands(model, s, xOfDay(s, d('2026-03-02')), xOfDay(s, d('2026-03-15')));
    const holiday = bands.find((b) => b.kind === 'holiday')!;
    assert.equal(holiday.x, xOfDay(s, d('2026-03-06')));
    assert.equal(holiday.width, 10);
    const weekend = bands.find((b) => b.kind === 'weekend')!;
    assert.equal(weekend.x, xOfDay(s, d('2026-03-07')));
    assert.equal(weekend.width, 20);
    const far = createTimeScale(model.firstDay, model.lastDay, 1);
    assert.deepEqual(new Set(shadingBands(model, far, 0, far.width).map((b) => b.kind)), new Set(['holiday']));
    assert.equal(statusLineX(model, s), xOfDay(s, d('2026-03-06')));
  });

  it('marks make-up days as worked and names the days of a holiday, as the 2026 Spring Festival has them', () => {
    const base = data([task('a', '2026-02-09', '2026-03-06')]);
    const model = buildModel({
      ...base,
      calendar: {
        workdays: [1, 2, 3, 4, 5],
        holidays: [{ from: '2026-02-15', to: '2026-02-23' }],
        extraWorkdays: [
          { from: '2026-02-14', to: '2026-02-14' },
          { from: '2026-02-28', to: '2026-02-28' },
        ],
        dayNames: [
          { from: '2026-02-15', to: '2026-02-23', name: '春节' },
          { from: '2026-02-14', to: '2026-02-14', name: '春节' },
          { from: '2026-02-28', to: '2026-02-28', name: '春节' },
        ],
      },
    });
    const s = createTimeScale(model.firstDay, model.lastDay, 10);
    const bands = shadingBands(model, s, xOfDay(s, d('2026-02-09')), xOfDay(s, d('2026-03-02')));
    const at = (iso: string): { kind: string; days: number; name?: string } => {
      const b = bands.find((x) => x.x === xOfDay(s, d(iso)))!;
      return { kind: b.kind, days: b.width / 10, ...(b.name !== undefined ? { name: b.name } : {}) };
    };
    assert.deepEqual(at('2026-02-14'), { kind: 'makeup', days: 1, name: '春节' });
    // Sunday 15 is off by the weekly pattern, inside the holiday: named, then the weekdays off.
    assert.deepEqual(at('2026-02-15'), { kind: 'weekend', days: 1, name: '春节' });
    assert.deepEqual(at('2026-02-16'), { kind: 'holiday', days: 5, name: '春节' });
    assert.deepEqual(at('2026-02-21'), { kind: 'weekend', days: 2, name: '春节' });
    assert.deepEqual(at('2026-02-23'), { kind: 'holiday', days: 1, name: '春节' });
    assert.deepEqual(at('2026-02-28'), { kind: 'makeup', days: 1, name: '春节' });
    assert.deepEqual(at('2026-03-01'), { kind: 'weekend', days: 1 });
    assert.equal(model.calendar.workdaysBetween(d('2026-02-09'), d('2026-03-01')), 11);
  });
});
