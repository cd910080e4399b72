import type { DateOverride } from './bars';
import type { ChartModel } from './model';

export type EditKind = 'move' | 'resize' | 'progress';

export interface DragOutcome extends DateOverride {
  readonly kind: EditKind;
  /** Working days the start moves (`move`) or the duration changes (`resize`); 0 for `progress`. */
  readonly workingDays: number;
}

/** Progress snaps to this many percent: a drag on a short bar could not aim finer anyway. */
const PROGRESS_STEP = 5;

/** Whether dropping the outcome would change the plan (a drag that came back to where it began does not). */
export function changesPlan(model: ChartModel, o: DragOutcome): boolean {
  return o.kind === 'progress' ? o.progress !== Math.round(model.tasks[o.task]!.data.progress) : o.workingDays !== 0;
}

/**
 * The progress handle dragged by `dx` pixels: the done share of the bar, in whole percent snapped
 * to {@link PROGRESS_STEP} (0 and 100 always reachable). Dates do not change.
 */
export function progressTask(model: ChartModel, task: number, dx: number, pxPerDay: number): DragOutcome {
  const t = model.tasks[task]!;
  const width = Math.max(2, (t.end + 1 - t.start) * pxPerDay);
  const raw = Math.min(100, Math.max(0, t.data.progress)) + (dx / width) * 100;
  const progress = Math.min(100, Math.max(0, Math.round(raw / PROGRESS_STEP) * PROGRESS_STEP));
  return { kind: 'progress', task, workingDays: 0, start: t.start, end: t.end, progress };
}

/** Working days in `start..end`, both inclusive. */
function workdaysIn(model: ChartModel, start: number, end: number): number {
  const cal = model.calendar;
  return cal.ordinal(end + 1) - cal.ordinal(start);
}

/**
 * A bar dragged by `dx` pixels, snapped to working days: dropping on a day off counts as the next
 * working day, and the task keeps its length in working days, as the scheduler would place it.
 */
export function moveTask(model: ChartModel, task: number, dx: number, pxPerDay: number): DragOutcome {
  const t = model.tasks[task]!;
  const cal = model.calendar;
  const target = t.start + Math.round(dx / pxPerDay);
  const workingDays = cal.ordinal(target) - cal.ordinal(t.start);
  if (workingDays === 0) {
    return { kind: 'move', task, workingDays, start: t.start, end: t.end };
  }
  const start = cal.addWorkdays(t.start, workingDays);
  if (t.data.milestone) {
    return { kind: 'move', task, workingDays, start, end: start };
  }
  const length = Math.max(1, workdaysIn(model, t.start, t.end));
  return { kind: 'move', task, workingDays, start, end: cal.addWorkdays(start, length - 1) };
}

/** The right end of a bar dragged by `dx` pixels: the duration changes, never below one working day. */
export function resizeTask(model: ChartModel, task: number, dx: number, pxPerDay: number): DragOutcome {
  const t = model.tasks[task]!;
  const cal = model.calendar;
  const before = workdaysIn(model, t.start, t.end);
  const target = Math.max(t.start, t.end + Math.round(dx / pxPerDay));
  const after = Math.max(1, workdaysIn(model, t.start, target));
  const workingDays = after - before;
  if (workingDays === 0) {
    return { kind: 'resize', task, workingDays, start: t.start, end: t.end };
  }
  return { kind: 'resize', task, workingDays, start: t.start, end: cal.addWorkdays(t.start, after - 1) };
}
