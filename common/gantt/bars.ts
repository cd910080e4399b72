import type { ChartModel } from './model';
import type { Row, RowWindow } from './rows';
import { xOfDay } from './timeScale';
import type { TimeScale } from './timeScale';

export interface Metrics {
  readonly rowHeight: number;
  readonly barHeight: number;
  readonly summaryHeight: number;
  /** Half the diagonal of a milestone diamond. */
  readonly milestoneRadius: number;
}

export const METRICS: Metrics = { rowHeight: 26, barHeight: 16, summaryHeight: 8, milestoneRadius: 7 };

/** Dates (and progress) a bar is drawn at instead of the model's, while it is dragged or its edit is pending. */
export interface DateOverride {
  readonly task: number;
  readonly start: number;
  readonly end: number;
  /** Percent done, while the progress handle is dragged. */
  readonly progress?: number;
}

export type BarKind = 'task' | 'milestone' | 'summary' | 'phase';

export interface BarLayout {
  readonly kind: BarKind;
  /** Task index, -1 for a phase row. */
  readonly task: number;
  readonly row: number;
  /** Bounding box in chart coordinates (for a milestone, of the diamond). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Width of the done part (0 for milestones and phases). */
  readonly progressWidth: number;
  readonly critical: boolean;
}

/** The box of one task's bar on row `row`. */
export function taskBar(model: ChartModel, scale: TimeScale, task: number, row: number, m: Metrics, override?: DateOverride): BarLayout {
  const t = model.tasks[task]!;
  const start = override?.task === task ? override.start : t.start;
  const end = override?.task === task ? override.end : t.end;
  const mid = row * m.rowHeight + m.rowHeight / 2;
  const critical = t.data.critical;
  if (t.data.milestone) {
    const cx = xOfDay(scale, start) + scale.pxPerDay / 2;
    const r = m.milestoneRadius;
    return { kind: 'milestone', task, row, x: cx - r, y: mid - r, width: 2 * r, height: 2 * r, progressWidth: 0, critical };
  }
  const x = xOfDay(scale, start);
  // At coarse zooms a one-day task would vanish; keep it grabbable.
  const width = Math.max(2, (end + 1 - start) * scale.pxPerDay);
  const summary = t.data.summary || t.children.length > 0;
  const height = summary ? m.summaryHeight : m.barHeight;
  const progress = Math.min(100, Math.max(0, (override?.task === task ? override.progress : undefined) ?? t.data.progress));
  return {
    kind: summary ? 'summary' : 'task',
    task,
    row,
    x,
    y: mid - height / 2,
    width,
    height,
    progressWidth: (width * progress) / 100,
    critical,
  };
}

/** Bars of the rows in `window`. */
export function layoutBars(model: ChartModel, scale: TimeScale, rows: readonly Row[], window: RowWindow, m: Metrics, override?: DateOverride): BarLayout[] {
  const out: BarLayout[] = [];
  for (let r = window.first; r < window.last; r++) {
    const row = rows[r];
    if (row === undefined) {
      break;
    }
    if (row.kind === 'task') {
      out.push(taskBar(model, scale, row.task, r, m, override));
    } else {
      const x = xOfDay(scale, row.start);
      const height = m.summaryHeight / 2;
      const y = r * m.rowHeight + m.rowHeight / 2 - height / 2;
      out.push({ kind: 'phase', task: -1, row: r, x, y, width: (row.end + 1 - row.start) * scale.pxPerDay, height, progressWidth: 0, critical: false });
    }
  }
  return out;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where a dependency arrow leaves or enters a bar: the middle of its start or end side. */
export function anchorOf(bar: BarLayout, side: 'start' | 'end'): Point {
  const y = bar.y + bar.height / 2;
  return { x: side === 'start' ? bar.x : bar.x + bar.width, y };
}

/** A bar's outline as a path: a rounded bar, a diamond, or a summary bracket with end tabs. */
export function barShape(b: BarLayout): string {
  const { x, y, width: w, height: h } = b;
  if (b.kind === 'milestone') {
    const cx = x + w / 2;
    const cy = y + h / 2;
    return `M${cx} ${y}L${x + w} ${cy}L${cx} ${y + h}L${x} ${cy}Z`;
  }
  if (b.kind === 'summary') {
    const tab = Math.min(5, w / 2);
    return `M${x} ${y}H${x + w}V${y + h + 4}L${x + w - tab} ${y + h}H${x + tab}L${x} ${y + h + 4}Z`;
  }
  return '';
}
