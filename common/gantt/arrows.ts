import type { DependencyType } from '../dependencyType';
import { anchorOf, taskBar } from './bars';
import type { DateOverride, Metrics, Point } from './bars';
import type { ChartModel } from './model';
import type { RowModel, RowWindow } from './rows';
import type { TimeScale } from './timeScale';

export interface ArrowLayout {
  /** Index in the model's dependencies. */
  readonly index: number;
  readonly from: number;
  readonly to: number;
  readonly type: DependencyType;
  /** Both ends are on the critical path. */
  readonly critical: boolean;
  /** The orthogonal line from the predecessor's anchor to the tip. */
  readonly points: readonly Point[];
  /** The arrowhead triangle, tip first. */
  readonly head: readonly Point[];
}

/** Horizontal run before the first turn and after the last one. */
const STUB = 8;
const HEAD_LENGTH = 5;
const HEAD_HALF_WIDTH = 3.5;

/** Which side of each bar a dependency type links. */
export function sidesOf(type: DependencyType): { out: 'start' | 'end'; in: 'start' | 'end' } {
  switch (type) {
    case 'FS':
      return { out: 'end', in: 'start' };
    case 'SS':
      return { out: 'start', in: 'start' };
    case 'FF':
      return { out: 'end', in: 'end' };
    case 'SF':
      return { out: 'start', in: 'end' };
  }
}

/**
 * An orthogonal route from `a` (leaving towards `outDir`, +1 = right) to `b` (entering while moving
 * in `inDir`). When the route would have to double back, it runs along the gap between rows.
 */
export function routeArrow(a: Point, b: Point, outDir: 1 | -1, inDir: 1 | -1, rowHeight: number): Point[] {
  const x1 = a.x + outDir * STUB;
  const x2 = b.x - inDir * STUB;
  if (outDir !== inDir) {
    // SS goes out left and in from the left; FF the mirror: one vertical at the outermost stub.
    const xm = outDir > 0 ? Math.max(x1, x2) : Math.min(x1, x2);
    return [a, { x: xm, y: a.y }, { x: xm, y: b.y }, b];
  }
  if ((x2 - x1) * inDir >= 0) {
    return [a, { x: x1, y: a.y }, { x: x1, y: b.y }, b];
  }
  const gap = a.y + (b.y > a.y ? rowHeight / 2 : -rowHeight / 2);
  return [a, { x: x1, y: a.y }, { x: x1, y: gap }, { x: x2, y: gap }, { x: x2, y: b.y }, b];
}

function headAt(tip: Point, dir: 1 | -1): Point[] {
  const back = tip.x - dir * HEAD_LENGTH;
  return [tip, { x: back, y: tip.y - HEAD_HALF_WIDTH }, { x: back, y: tip.y + HEAD_HALF_WIDTH }];
}

/**
 * Arrows for the dependencies whose both ends are shown and whose vertical extent meets the row
 * window (an arrow may cross the viewport with both ends off screen).
 */
export function layoutArrows(model: ChartModel, scale: TimeScale, rowModel: RowModel, window: RowWindow, m: Metrics, override?: DateOverride): ArrowLayout[] {
  const out: ArrowLayout[] = [];
  const rowOf = rowModel.rowOfTask;
  const deps = model.dependencies;
  for (let index = 0; index < deps.length; index++) {
    const d = deps[index]!;
    const ra = rowOf[d.from]!;
    const rb = rowOf[d.to]!;
    if (ra < 0 || rb < 0 || Math.max(ra, rb) < window.first || Math.min(ra, rb) >= window.last) {
      continue;
    }
    const sides = sidesOf(d.type);
    const a = anchorOf(taskBar(model, scale, d.from, ra, m, override), sides.out);
    const tip = anchorOf(taskBar(model, scale, d.to, rb, m, override), sides.in);
    const outDir = sides.out === 'end' ? 1 : -1;
    const inDir = sides.in === 'start' ? 1 : -1;
    const points = routeArrow(a, tip, outDir, inDir, m.rowHeight);
    const critical = model.tasks[d.from]!.data.critical && model.tasks[d.to]!.data.critical;
    out.push({ index, from: d.from, to: d.to, type: d.type, critical, points, head: headAt(tip, inDir) });
  }
  return out;
}

/** SVG path data of a polyline or (closed) polygon. */
export function pathData(points: readonly Point[], close = false): string {
  let d = '';
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    d += `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`;
  }
  return close ? `${d}Z` : d;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
