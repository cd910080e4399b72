import { pathData } from '../../../common/gantt/arrows';
import type { ArrowLayout } from '../../../common/gantt/arrows';
import type { Band } from '../../../common/gantt/bands';
import { barShape } from '../../../common/gantt/bars';
import type { BarLayout } from '../../../common/gantt/bars';
import type { ChartModel } from '../../../common/gantt/model';
import type { Box, Ghost } from '../../../common/gantt/tracking';
import { svg } from './dom';
import { KeyedLayer } from './keyed';
import { taskMenuContext } from './menuContext';
import type { KeyedItem } from './keyed';

/** What one body frame draws, in chart coordinates (x from the scale's origin, y from row 0). */
export interface BodyFrame {
  readonly model: ChartModel;
  readonly x0: number;
  readonly x1: number;
  /** Height of all rows: shading and the status line span it, so scrolling down never redraws them. */
  readonly chartHeight: number;
  /** Changes whenever the time scale does. */
  readonly scaleKey: string;
  readonly rowHeight: number;
  readonly bands: readonly Band[];
  readonly gridLines: readonly number[];
  readonly bars: readonly BarLayout[];
  readonly arrows: readonly ArrowLayout[];
  readonly statusX: number;
  /** Null when today is outside the chart. */
  readonly todayX: number | null;
  readonly todayTitle: string;
  /** Hatched tails from planned to forecast ends, and the baseline's ghost bars, of the rows drawn. */
  readonly tails: readonly Box[];
  readonly ghosts: readonly Ghost[];
  /** Where each drawn tail ends, by task: the bar's label goes after it. */
  readonly tailEnds: ReadonlyMap<number, number>;
  readonly selectedRow: number;
  readonly highlightedTask: number;
  readonly showLabels: boolean;
}

function barElement(frame: BodyFrame, b: BarLayout, cls: string): SVGGElement {
  if (b.kind === 'phase') {
    const g = svg('g', {}, 'phase-bar');
    g.append(svg('rect', { x: b.x, y: b.y, width: b.width, height: b.height, rx: 1 }));
    return g;
  }
  const t = frame.model.tasks[b.task]!;
  const g = svg('g', { 'data-task-id': t.id, 'data-vscode-context': taskMenuContext(t) }, cls);
  if (b.kind === 'task') {
    g.append(svg('rect', { x: b.x, y: b.y, width: b.width, height: b.height, rx: 3 }, 'bar-body'));
    if (b.progressWidth > 0) {
      g.append(svg('rect', { x: b.x, y: b.y, width: b.progressWidth, height: b.height, rx: 3 }, 'bar-progress'));
    }
    // The grab zone for changing the duration: the right end, a little outside the bar for thin bars.
    g.append(svg('rect', { x: b.x + b.width - 4, y: b.y, width: 8, height: b.height }, 'bar-handle'));
    // The progress handle: a small tab under the bar at the end of the done part, shown on hover.
    const px = b.x + b.progressWidth;
    const bottom = b.y + b.height;
    g.append(svg('path', { d: `M${px - 5} ${bottom + 4}L${px + 5} ${bottom + 4}L${px} ${bottom - 3}Z` }, 'bar-progress-handle'));
  } else {
    g.append(svg('path', { d: barShape(b) }, 'bar-body'));
  }
  if (frame.showLabels) {
    // After the forecast tail, when there is one: the label must not sit on the hatching.
    const label = svg('text', { x: (frame.tailEnds.get(b.task) ?? b.x + b.width) + 5, y: b.y + b.height / 2 }, 'bar-label');
    label.textContent = t.data.name;
    g.append(label);
  }
  return g;
}

function barItem(frame: BodyFrame, b: BarLayout): KeyedItem {
  if (b.kind === 'phase') {
    return { key: `p${b.row}`, sig: `${b.x} ${b.y} ${b.width}`, make: () => barElement(frame, b, '') };
  }
  const t = frame.model.tasks[b.task]!;
  let cls = `bar ${b.kind} status-${t.data.status}`;
  if (b.critical) {
    cls += ' critical';
  }
  if (b.row === frame.selectedRow) {
    cls += ' selected';
  }
  if (b.task === frame.highlightedTask) {
    cls += ' highlighted';
  }
  return {
    key: String(b.task),
    sig: `${cls} ${b.x} ${b.y} ${b.width} ${b.progressWidth} ${frame.tailEnds.get(b.task)}`,
    make: () => barElement(frame, b, cls),
  };
}

function tailItem(frame: BodyFrame, t: Box): KeyedItem {
  return {
    key: String(t.task),
    sig: `${t.x} ${t.y} ${t.width} ${t.height}`,
    make: () => svg('rect', { x: t.x, y: t.y, width: t.width, height: t.height, 'data-tail-of': frame.model.tasks[t.task]!.id }, 'forecast-tail'),
  };
}

function ghostItem(frame: BodyFrame, g: Ghost): KeyedItem {
  const { x, y, width: w, height: h } = g;
  return {
    key: String(g.task),
    sig: `${g.milestone} ${x} ${y} ${w}`,
    make: () => {
      const attrs = { 'data-baseline-of': frame.model.tasks[g.task]!.id };
      return g.milestone
        ? svg('path', { ...attrs, d: `M${x + w / 2} ${y}L${x + w} ${y + h / 2}L${x + w / 2} ${y + h}L${x} ${y + h / 2}Z` }, 'baseline-ghost milestone')
        : svg('rect', { ...attrs, x, y, width: w, height: h, rx: 1 }, 'baseline-ghost');
    },
  };
}

/** A diagonal hatch in the forecast colour, for the slipping tails (one per document). */
function hatchDefs(): SVGDefsElement {
  const defs = svg('defs', {});
  const pattern = svg('pattern', { id: 'xg-hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  pattern.append(svg('rect', { width: 6, height: 6 }, 'hatch-back'), svg('line', { x1: 0, y1: 0, x2: 0, y2: 6 }, 'hatch-line'));
  defs.append(pattern);
  return defs;
}

function arrowItem(frame: BodyFrame, a: ArrowLayout): KeyedItem {
  const line = pathData(a.points);
  return {
    key: String(a.index),
    sig: `${a.critical} ${line}`,
    make: () => {
      const g = svg(
        'g',
        { 'data-from': frame.model.tasks[a.from]!.id, 'data-to': frame.model.tasks[a.to]!.id, 'data-type': a.type },
        a.critical ? 'dep critical' : 'dep',
      );
      g.append(svg('path', { d: line }, 'dep-line'), svg('path', { d: pathData(a.head, true) }, 'dep-head'));
      return g;
    },
  };
}

/**
 * The chart body SVG. It spans the whole chart in chart coordinates and is never moved: scrolling
 * is the compositor's, and a frame only adds the rows entering the window and drops those leaving
 * it, so the browser repaints those rows and nothing else. Layers are kept between frames.
 */
export class BodyRenderer {
  private readonly backdrop = svg('g', {}, 'backdrop');
  private readonly selection = svg('rect', {}, 'row-selected');
  private readonly ghosts = new KeyedLayer(svg('g', {}, 'ghosts'));
  private readonly arrows = new KeyedLayer(svg('g', {}, 'arrows'));
  private readonly tails = new KeyedLayer(svg('g', {}, 'tails'));
  private readonly bars = new KeyedLayer(svg('g', {}, 'bars'));
  private readonly status = svg('line', {}, 'status-line');
  private readonly today = svg('line', {}, 'today-line');
  private readonly todayTitle = svg('title', {});
  private backdropKey = '';

  constructor(root: SVGSVGElement) {
    this.today.append(this.todayTitle);
    root.append(
      hatchDefs(),
      this.backdrop,
      this.selection,
      this.ghosts.element,
      this.arrows.element,
      this.tails.element,
      this.bars.element,
      this.status,
      this.today,
    );
  }

  /** Drops every kept element: the model or the language changed. */
  reset(): void {
    this.ghosts.clear();
    this.arrows.clear();
    this.tails.clear();
    this.bars.clear();
    this.backdropKey = '';
  }

  render(frame: BodyFrame): void {
    const { x0, x1, chartHeight } = frame;
    const key = `${frame.scaleKey} ${x0} ${x1} ${chartHeight}`;
    if (key !== this.backdropKey) {
      this.backdropKey = key;
      const parts: SVGElement[] = [];
      for (const band of frame.bands) {
        const rect = svg('rect', { x: band.x, y: 0, width: band.width, height: chartHeight }, `band ${band.kind}`);
        if (band.name !== undefined) {
          // The browser's own tooltip: the holiday's name on hover, with no script.
          const title = svg('title', {});
          title.textContent = band.name;
          rect.append(title);
        }
        parts.push(rect);
      }
      for (const x of frame.gridLines) {
        parts.push(svg('line', { x1: x, y1: 0, x2: x, y2: chartHeight }, 'grid'));
      }
      this.backdrop.replaceChildren(...parts);
      setAttrs(this.status, { x1: frame.statusX, y1: 0, x2: frame.statusX, y2: chartHeight });
    }
    this.today.style.display = frame.todayX === null ? 'none' : '';
    if (frame.todayX !== null) {
      setAttrs(this.today, { x1: frame.todayX, y1: 0, x2: frame.todayX, y2: chartHeight });
      this.todayTitle.textContent = frame.todayTitle;
    }
    const sel = frame.selectedRow;
    this.selection.style.display = sel < 0 ? 'none' : '';
    setAttrs(this.selection, { x: x0, y: Math.max(0, sel) * frame.rowHeight, width: x1 - x0, height: frame.rowHeight });
    this.ghosts.update(frame.ghosts.map((g) => ghostItem(frame, g)));
    this.arrows.update(frame.arrows.map((a) => arrowItem(frame, a)));
    this.tails.update(frame.tails.map((t) => tailItem(frame, t)));
    this.bars.update(frame.bars.map((b) => barItem(frame, b)));
  }
}

function setAttrs(el: Element, attrs: Record<string, number>): void {
  for (const k in attrs) {
    el.setAttribute(k, String(attrs[k]));
  }
}
