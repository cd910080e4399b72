import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayOfIso, formatDay as isoOfDay } from '../../common/dates';
import { changesPlan, moveTask, progressTask, resizeTask } from '../../common/gantt/drag';
import { buildModel } from '../../common/gantt/model';
import { data, task } from './ganttData';

const PX = 20;
const model = buildModel(
  data([task('t', '2026-03-04', '2026-03-06'), task('m', '2026-03-06', '2026-03-06', { milestone: true }), task('h', '2026-04-02', '2026-04-03')], [], {
    holidays: ['2026-04-06'],
  }),
);
const t = model.byId.get('t')!;

function dates(o: { start: number; end: number }): string {
  return `${isoOfDay(o.start)}..${isoOfDay(o.end)}`;
}

describe('dragging bars in working days', () => {
  it('moves a task by the working days between its start and the drop day', () => {
    const o = moveTask(model, t, 2 * PX, PX);
    assert.equal(o.workingDays, 2);
    // Wed–Fri moved two working days: Fri–Tue, keeping its three working days over the weekend.
    assert.equal(dates(o), '2026-03-06..2026-03-10');
  });

  it('counts a drop on a weekend as the next working day and moves backwards too', () => {
    assert.equal(moveTask(model, t, 3 * PX, PX).workingDays, 3);
    assert.equal(moveTask(model, t, 4 * PX, PX).workingDays, 3);
    // Dropped on Sunday 1 March: that counts as Monday 2, two working days back.
    const back = moveTask(model, t, -3 * PX, PX);
    assert.equal(back.workingDays, -2);
    assert.equal(dates(back), '2026-03-02..2026-03-04');
  });

  it('snaps to whole days and reports no change for a small nudge', () => {
    assert.equal(moveTask(model, t, 0.4 * PX, PX).workingDays, 0);
    assert.equal(moveTask(model, t, 0.6 * PX, PX).workingDays, 1);
  });

  it('skips holidays like the scheduler', () => {
    const h = model.byId.get('h')!;
    const o = moveTask(model, h, 1 * PX, PX);
    assert.equal(o.workingDays, 1);
    assert.equal(dates(o), '2026-04-03..2026-04-07');
  });

  it('moves milestones as one day', () => {
    const o = moveTask(model, model.byId.get('m')!, 1 * PX, PX);
    assert.equal(o.workingDays, 1);
    assert.equal(dates(o), '2026-03-09..2026-03-09');
  });

  it('resizes by working days, never below one day', () => {
    const longer = resizeTask(model, t, 3 * PX, PX);
    assert.equal(longer.kind, 'resize');
    // Ends Fri 6 → dropped on Mon 9: one more working day (the weekend does not count).
    assert.equal(longer.workingDays, 1);
    assert.equal(dates(longer), '2026-03-04..2026-03-09');
    const shorter = resizeTask(model, t, -10 * PX, PX);
    assert.equal(shorter.workingDays, -2);
    assert.equal(dates(shorter), '2026-03-04..2026-03-04');
    assert.equal(dayOfIso('2026-03-04'), shorter.start);
  });

  it('drags progress in whole steps of 5 %, clamped to 0–100, without moving the dates', () => {
    // 't' runs Wed 4 – Fri 6 March: three days, 60 px wide at 20 px a day; it starts at 0 %.
    const half = progressTask(model, t, 30, PX);
    assert.equal(half.kind, 'progress');
    assert.equal(half.progress, 50);
    assert.equal(dates(half), '2026-03-04..2026-03-06');
    assert.equal(progressTask(model, t, 7, PX).progress, 10);
    assert.equal(progressTask(model, t, 500, PX).progress, 100);
    assert.equal(progressTask(model, t, -40, PX).progress, 0);
    assert.equal(changesPlan(model, progressTask(model, t, 1, PX)), false);
    assert.equal(changesPlan(model, half), true);
  });

  it('counts a move or resize that came back to its place as no change', () => {
    assert.equal(changesPlan(model, moveTask(model, t, 0.2 * PX, PX)), false);
    assert.equal(changesPlan(model, resizeTask(model, t, PX * 3, PX)), true);
  });
});
