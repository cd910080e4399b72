import type { BarLayout, Metrics } from './bars';
import type { ChartModel } from './model';
import { xOfDay } from './timeScale';
import type { TimeScale } from './timeScale';

/** A box in chart coordinates. */
export interface Box {
  readonly task: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A baseline ghost: a thin bar under the real one, or a diamond for a milestone. */
export interface Ghost extends Box {
  readonly milestone: boolean;
}

/** Height of a ghost bar, drawn in the gap between the bar and the next row. */
export const GHOST_HEIGHT = 4;

/**
 * The hatched tail of a slipping task: from where the bar (or diamond) ends to the end of its
 * forecast last day, at the bar's height; null when the task does not slip or is being dragged
 * (its forecast is then stale).
 */
export function forecastTail(model: ChartModel, scale: TimeScale, bar: BarLayout, draggedTask = -1): Box | null {
  if (bar.task < 0 || bar.task === draggedTask) {
    return null;
  }
  const fe = model.tasks[bar.task]!.forecastEnd;
  if (fe === undefined) {
    return null;
  }
  const from = bar.x + bar.width;
  const to = bar.kind === 'milestone' ? xOfDay(scale, fe) + scale.pxPerDay / 2 : xOfDay(scale, fe + 1);
  if (to <= from) {
    return null;
  }
  // A summary bracket and a diamond are thinner than a task bar: a tail of the bar's own height would hide the row.
  const height = bar.kind === 'task' ? bar.height : Math.min(bar.height, 8);
  return { task: bar.task, x: from, y: bar.y + bar.height / 2 - height / 2, width: to - from, height };
}

/** Where the baseline had a task, under its bar; null without a baseline for it. */
export function baselineGhost(model: ChartModel, scale: TimeScale, bar: BarLayout, m: Metrics): Ghost | null {
  if (bar.task < 0) {
    return null;
  }
  const t = model.tasks[bar.task]!;
  if (t.baselineStart === undefined || t.baselineEnd === undefined) {
    return null;
  }
  const bottom = bar.row * m.rowHeight + m.rowHeight / 2 + m.barHeight / 2;
  if (bar.kind === 'milestone') {
    const r = m.milestoneRadius - 2;
    const cx = xOfDay(scale, t.baselineStart) + scale.pxPerDay / 2;
    return { task: bar.task, milestone: true, x: cx - r, y: bottom + 1 - r, width: 2 * r, height: 2 * r };
  }
  const x = xOfDay(scale, t.baselineStart);
  const width = Math.max(2, (t.baselineEnd + 1 - t.baselineStart) * scale.pxPerDay);
  return { task: bar.task, milestone: false, x, y: bottom + 1, width, height: GHOST_HEIGHT };
}

/** Tails and ghosts of the bars drawn. */
export function layoutTracking(
  model: ChartModel,
  scale: TimeScale,
  bars: readonly BarLayout[],
  m: Metrics,
  ghosts: boolean,
  draggedTask = -1,
): { tails: Box[]; ghosts: Ghost[] } {
  const tails: Box[] = [];
  const out: Ghost[] = [];
  if (model.slipping === 0 && (!ghosts || model.baseline === undefined)) {
    return { tails, ghosts: out };
  }
  for (const b of bars) {
    const tail = forecastTail(model, scale, b, draggedTask);
    if (tail !== null) {
      tails.push(tail);
    }
    if (ghosts) {
      const g = baselineGhost(model, scale, b, m);
      if (g !== null) {
        out.push(g);
      }
    }
  }
  return { tails, ghosts: out };
}

/** The status date and today are different days: the plan's "as of" and the calendar's. */
export function dayLineX(scale: TimeScale, day: number): number | null {
  return day < scale.origin || day > scale.origin + scale.days ? null : xOfDay(scale, day);
}
