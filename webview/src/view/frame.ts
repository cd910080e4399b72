import { layoutArrows } from '../../../common/gantt/arrows';
import { shadingBands, statusLineX } from '../../../common/gantt/bands';
import { METRICS, layoutBars } from '../../../common/gantt/bars';
import type { DateOverride } from '../../../common/gantt/bars';
import { formatDay as isoOfDay } from '../../../common/dates';
import type { ChartModel } from '../../../common/gantt/model';
import type { RowModel } from '../../../common/gantt/rows';
import { ticks } from '../../../common/gantt/timeScale';
import type { TimeScale } from '../../../common/gantt/timeScale';
import type { HeaderFrame, HeaderRenderer } from './header';
import type { NamesRenderer } from './names';
import type { BodyRenderer } from './render';
import { tickLabel } from '../../../common/gantt/strings';
import type { Language, Strings } from '../../../common/gantt/strings';
import type { RenderWindow, Viewport } from './viewport';
import { dayLineX, layoutTracking } from '../../../common/gantt/tracking';

export const TIER_HEIGHT = 22;

export interface FrameTargets {
  readonly viewport: Viewport;
  readonly body: BodyRenderer;
  readonly header: HeaderRenderer;
  readonly names: NamesRenderer;
}

export interface FrameContext {
  readonly model: ChartModel;
  readonly scale: TimeScale;
  readonly rows: RowModel;
  readonly strings: Strings;
  readonly lang: Language;
  readonly selectedRow: number;
  readonly highlighted: number;
  readonly override: DateOverride | undefined;
  /** The calendar's today (a day number), drawn apart from the status date. */
  readonly today: number;
  readonly showBaseline: boolean;
}

/** One frame: the layout for the window, then the header, body and name column drawn from it. */
export function drawFrame(t: FrameTargets, c: FrameContext, win: RenderWindow): void {
  const { model, scale } = c;
  const { rows, x0, x1 } = win;
  const rowH = METRICS.rowHeight;
  const statusX = statusLineX(model, scale);
  const major = ticks(scale, scale.tiers[0], x0, x1);
  const scaleKey = `${scale.origin} ${scale.days} ${scale.pxPerDay}`;
  const bars = layoutBars(model, scale, c.rows.rows, rows, METRICS, c.override);
  const tracking = layoutTracking(model, scale, bars, METRICS, c.showBaseline, c.override?.task);
  t.body.render({
    model,
    x0,
    x1,
    chartHeight: c.rows.rows.length * rowH,
    scaleKey,
    rowHeight: rowH,
    bands: shadingBands(model, scale, x0, x1),
    gridLines: major.map((tick) => tick.x),
    bars,
    tails: tracking.tails,
    ghosts: tracking.ghosts,
    tailEnds: new Map(tracking.tails.map((tail) => [tail.task, tail.x + tail.width])),
    todayX: dayLineX(scale, c.today),
    todayTitle: `${c.strings.today} ${isoOfDay(c.today)}`,
    arrows: layoutArrows(model, scale, c.rows, rows, METRICS, c.override),
    statusX,
    selectedRow: c.selectedRow,
    highlightedTask: c.highlighted,
    showLabels: true,
  });
  const headerFrame: HeaderFrame = {
    x0,
    x1,
    tierHeight: TIER_HEIGHT,
    tiers: [major, ticks(scale, scale.tiers[1], x0, x1)],
    label: (tick, isMajor) => tickLabel(c.strings, c.lang, tick.unit, tick.day, tick.width, isMajor),
    statusX,
    statusTitle: `${c.strings.statusDate} ${isoOfDay(model.statusDate)}`,
  };
  t.header.render(headerFrame, `${scaleKey} ${x0} ${x1} ${c.lang} ${statusX}`);
  t.viewport.placeHeader(x0);
  t.names.render({ model, rows: c.rows.rows, window: rows, rowHeight: rowH, selectedRow: c.selectedRow, highlightedTask: c.highlighted, strings: c.strings });
}
