import { formatDay } from '../../../../../common/dates';
import type { GanttModel, GanttTask } from '../../../../../common/ganttModel';
import { layoutArrows, pathData } from '../../../../../common/gantt/arrows';
import { shadingBands, statusLineX } from '../../../../../common/gantt/bands';
import { METRICS, barShape, layoutBars } from '../../../../../common/gantt/bars';
import { fitText } from '../../../../../common/gantt/fitText';
import { baselineGhost, forecastTail } from '../../../../../common/gantt/tracking';
import { buildModel } from '../../../../../common/gantt/model';
import { DEFAULT_PALETTE } from '../../../../../common/gantt/palette';
import type { Palette } from '../../../../../common/gantt/palette';
import { NO_FILTERS, buildRows } from '../../../../../common/gantt/rows';
import { formatDate, stringsFor, tickLabel } from '../../../../../common/gantt/strings';
import { MIN_PX_PER_DAY, createTimeScale, ticks } from '../../../../../common/gantt/timeScale';
import type { Locale } from '../../../service/l10n/localize';
import { defineMessages } from '../../../service/l10n/localize';
import type { Scene, Shape, TextMeasure } from './scene';

const labels = defineMessages(
  {
    subtitle: (from: string, to: string, count: number) => `${from} – ${to} · ${count} task${count === 1 ? '' : 's'}`,
    statusDate: (date: string) => `Status date ${date}`,
    range: (from: string, to: string) => `Showing ${from} – ${to}`,
    task: () => 'Task',
    summary: () => 'Summary',
    milestone: () => 'Milestone',
    critical: () => 'Critical path',
    done: () => 'Done',
    holiday: () => 'Holiday',
    makeup: () => 'Make-up working day',
    weekend: () => 'Day off',
    owner: () => 'Owner',
    start: () => 'Start',
    end: () => 'End',
    footer: (date: string) => `XProj · dates as computed on ${date}`,
    forecast: () => 'Forecast delay',
    baseline: (name: string) => (name === '' ? 'Baseline' : `Baseline ${name}`),
    unreliable: (cycles: number, errors: number) =>
      `Dates unreliable: ${[cycles > 0 ? `${cycles} dependency cycle${cycles === 1 ? '' : 's'}` : '', errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : ''].filter((x) => x !== '').join(', ')}`,
  },
  {
    subtitle: (from, to, count) => `${from} – ${to} · 共 ${count} 项任务`,
    statusDate: (date) => `状态日期 ${date}`,
    range: (from, to) => `显示范围 ${from} – ${to}`,
    task: () => '任务',
    summary: () => '汇总任务',
    milestone: () => '里程碑',
    critical: () => '关键路径',
    done: () => '已完成部分',
    holiday: () => '节假日',
    makeup: () => '调休上班',
    weekend: () => '休息日',
    owner: () => '负责人',
    start: () => '开始',
    end: () => '结束',
    footer: (date) => `XProj · 日期按 ${date} 的计划计算`,
    forecast: () => '预测延误',
    baseline: (name) => (name === '' ? '基线' : `基线 ${name}`),
    unreliable: (cycles, errors) =>
      `日期不可靠：${[cycles > 0 ? `${cycles} 个依赖循环` : '', errors > 0 ? `${errors} 个错误` : ''].filter((x) => x !== '').join('，')}`,
  },
);

/** What the chart document shows besides the plan. */
export interface ChartOptions {
  readonly locale: Locale;
  /** The first and last day shown (day numbers); the whole plan when absent. */
  readonly from?: number;
  readonly until?: number;
  readonly palette?: Palette;
  /** Measures text in the font that draws it; the columns are as wide as the widest entry. */
  readonly measure: TextMeasure;
  /** The font family names the document asks for, first choice first. */
  readonly fontFamily?: string;
}

const MARGIN = 24;
const TIER = 22;
const FONT = 12;
const CELL_PAD = 8;
/** The chart area aims at this width, within the layout's zoom limits. */
const CHART_WIDTH = 1100;
/** A name wider than this is ended with `…` on a character boundary, so one long name cannot stretch the page. */
const MAX_NAME_WIDTH = 420;

/** The tasks shown for a range: those that overlap it, and their summaries. */
function inRange(model: GanttModel, from: number | undefined, until: number | undefined): GanttModel {
  if (from === undefined && until === undefined) {
    return model;
  }
  const lo = from ?? -Infinity;
  const hi = until ?? Infinity;
  const byId = new Map(model.tasks.map((t) => [t.id, t]));
  const keep = new Set<string>();
  for (const t of model.tasks) {
    const start = Date.parse(t.start) / 86_400_000;
    const end = Date.parse(t.end) / 86_400_000;
    if (end >= lo && start <= hi) {
      for (let x: GanttTask | undefined = t; x && !keep.has(x.id); x = x.parent !== undefined ? byId.get(x.parent) : undefined) {
        keep.add(x.id);
      }
    }
  }
  return { ...model, tasks: model.tasks.filter((t) => keep.has(t.id)) };
}

/**
 * The Gantt chart as a document: a title block (project, dates, status date, range), a legend, the
 * WBS with the task names whole, their owners and dates, and the bars, milestones, dependency
 * arrows, days off and status-date line that the editor's chart draws, grouped by phase. Laid
 * out with the webview's own layout (`common/gantt/`), so both show the same chart.
 */
export function chartScene(gantt: GanttModel, options: ChartOptions): Scene {
  const msg = labels[options.locale];
  const lang = options.locale === 'zh-cn' ? 'zh' : 'en';
  const strings = stringsFor(lang);
  const p = options.palette ?? DEFAULT_PALETTE;
  const measure = options.measure;
  const data = inRange(gantt, options.from, options.until);
  const model = buildModel(data);
  const rows = buildRows(model, { filters: NO_FILTERS, collapsed: new Set(), groupByPhase: true });
  const first = options.from ?? model.firstDay;
  const last = options.until ?? model.lastDay;
  const days = Math.max(1, last - first + 1);
  const scale = createTimeScale(first, last, Math.max(MIN_PX_PER_DAY, Math.min(32, CHART_WIDTH / days)));
  const shapes: Shape[] = [];
  const text = (x: number, y: number, value: string, extra: Partial<Extract<Shape, { kind: 'text' }>> = {}): void => {
    shapes.push({ kind: 'text', x, y, text: value, size: FONT, fill: p.foreground, ...extra });
  };
  const date = (iso: string): string => formatDate(lang, iso);

  // Columns: the names whole (indented by level), the owner, the dates.
  const rowH = METRICS.rowHeight;
  const fit = (text: string, indent: number): string => fitText(text, MAX_NAME_WIDTH - indent, (x) => measure(x, FONT));
  const nameText = rows.rows.map((row) =>
    row.kind === 'phase' ? fit(row.phase ?? strings.noPhase, 0) : fit(model.tasks[row.task]!.data.name, 16 + row.depth * 14),
  );
  const nameWidth = Math.max(
    measure(msg.task(), FONT),
    ...rows.rows.map((row, i) => measure(nameText[i]!, FONT) + (row.kind === 'task' ? 16 + row.depth * 14 : 0)),
  );
  const ownerWidth = Math.max(measure(msg.owner(), FONT), ...model.tasks.map((t) => measure(t.data.owner ?? '', FONT)));
  const dateWidth = Math.max(measure(msg.start(), FONT), measure(date('2026-12-31'), FONT));
  const columns = [
    { title: msg.task(), width: nameWidth + 2 * CELL_PAD },
    { title: msg.owner(), width: ownerWidth + 2 * CELL_PAD },
    { title: msg.start(), width: dateWidth + 2 * CELL_PAD },
    { title: msg.end(), width: dateWidth + 2 * CELL_PAD },
  ];
  const tableWidth = columns.reduce((s, c) => s + c.width, 0);

  // Title block and legend.
  const titleSize = 20;
  let y = MARGIN + titleSize;
  text(MARGIN, y, gantt.project.name ?? gantt.project.id ?? '', { size: titleSize, bold: true });
  y += 22;
  const projectDays = msg.subtitle(date(gantt.project.start), date(gantt.project.finish), gantt.tasks.length);
  text(MARGIN, y, `${projectDays} · ${msg.statusDate(date(gantt.statusDate))}`, { fill: p.muted });
  if (options.from !== undefined || options.until !== undefined) {
    y += 18;
    text(MARGIN, y, msg.range(date(formatDay(first)), date(formatDay(last))), { fill: p.muted });
  }
  const unreliable = gantt.project.unreliable;
  if (unreliable !== undefined && unreliable.cycles + unreliable.errors > 0) {
    y += 18;
    text(MARGIN, y, `⚠ ${msg.unreliable(unreliable.cycles, unreliable.errors)}`, { fill: p.status, bold: true });
  }
  y += 22;
  let lx = MARGIN;
  const legend = (draw: (x: number, mid: number) => void, label: string, swatch = 18): void => {
    draw(lx, y - 4);
    text(lx + swatch + 6, y, label, { size: 11 });
    lx += swatch + 6 + measure(label, 11) + 18;
  };
  legend((x, mid) => shapes.push({ kind: 'rect', x, y: mid - 6, width: 18, height: 12, fill: p.bar, opacity: 0.55, radius: 3 }), msg.task());
  legend((x, mid) => shapes.push({ kind: 'rect', x, y: mid - 6, width: 18, height: 12, fill: p.bar, radius: 3 }), msg.done());
  legend((x, mid) => shapes.push({ kind: 'rect', x, y: mid - 6, width: 18, height: 12, fill: p.critical, radius: 3 }), msg.critical());
  legend(
    (x, mid) =>
      shapes.push({
        kind: 'path',
        d: barShape({ kind: 'summary', task: -1, row: 0, x, y: mid - 4, width: 18, height: 5, progressWidth: 0, critical: false }),
        fill: p.summary,
      }),
    msg.summary(),
  );
  legend(
    (x, mid) =>
      shapes.push({
        kind: 'path',
        d: barShape({ kind: 'milestone', task: -1, row: 0, x: x + 3, y: mid - 6, width: 12, height: 12, progressWidth: 0, critical: false }),
        fill: p.milestone,
      }),
    msg.milestone(),
  );
  if (model.slipping > 0) {
    legend((x, mid) => shapes.push(...hatched(x, mid - 6, 18, 12, p.forecast)), msg.forecast());
  }
  if (model.baseline !== undefined) {
    legend(
      (x, mid) => shapes.push({ kind: 'rect', x, y: mid - 2, width: 18, height: 4, fill: p.baseline, opacity: 0.6, radius: 1 }),
      msg.baseline(model.baseline ?? ''),
    );
  }
  legend(
    (x, mid) => shapes.push({ kind: 'line', x1: x + 9, y1: mid - 8, x2: x + 9, y2: mid + 8, stroke: p.status, width: 1.5, dash: [4, 3] }),
    msg.statusDate(''),
    18,
  );
  legend((x, mid) => shapes.push({ kind: 'rect', x, y: mid - 7, width: 18, height: 14, fill: p.holiday, opacity: 0.2 }), msg.holiday());
  if (data.calendar.extraWorkdays.length > 0) {
    legend((x, mid) => shapes.push({ kind: 'rect', x, y: mid - 7, width: 18, height: 14, fill: p.makeup, opacity: 0.12 }), msg.makeup());
  }
  if (scale.pxPerDay >= 5) {
    legend((x, mid) => shapes.push({ kind: 'rect', x, y: mid - 7, width: 18, height: 14, fill: p.weekend, opacity: 0.1 }), msg.weekend());
  }
  const legendRight = lx;
  y += 16;

  // The table and the chart, under a two-tier header.
  const top = y;
  const header = TIER * 2;
  const bodyTop = top + header;
  const bodyHeight = Math.max(rowH, rows.rows.length * rowH);
  const chartX = MARGIN + tableWidth;
  const width = Math.max(chartX + scale.width + MARGIN, legendRight + MARGIN);
  const height = bodyTop + bodyHeight + MARGIN + 18;
  const at =
    (dx: number, dy: number) =>
    (s: Shape): Shape => {
      switch (s.kind) {
        case 'rect':
        case 'text':
          return { ...s, x: s.x + dx, y: s.y + dy };
        case 'line':
          return { ...s, x1: s.x1 + dx, x2: s.x2 + dx, y1: s.y1 + dy, y2: s.y2 + dy };
        case 'path':
          return { ...s, d: shiftPath(s.d, dx, dy) };
        case 'clip':
          return { ...s, x: s.x + dx, y: s.y + dy };
        case 'unclip':
        case 'group':
        case 'ungroup':
          return s;
      }
    };
  // A range cuts bars off at the chart's edges.
  const chart: Shape[] = [{ kind: 'clip', x: 0, y: -header, width: scale.width, height: header + bodyHeight }];
  const all = { first: 0, last: rows.rows.length };
  for (const band of shadingBands(model, scale, 0, scale.width)) {
    const fill = band.kind === 'holiday' ? p.holiday : band.kind === 'makeup' ? p.makeup : p.weekend;
    chart.push({
      kind: 'rect',
      x: band.x,
      y: 0,
      width: band.width,
      height: bodyHeight,
      fill,
      opacity: band.kind === 'holiday' ? 0.2 : band.kind === 'makeup' ? 0.12 : 0.1,
    });
  }
  for (const t of ticks(scale, scale.tiers[0], 0, scale.width)) {
    chart.push({ kind: 'line', x1: t.x, y1: 0, x2: t.x, y2: bodyHeight, stroke: p.grid, width: 1 });
  }
  for (let r = 1; r < rows.rows.length; r++) {
    chart.push({ kind: 'line', x1: 0, y1: r * rowH, x2: scale.width, y2: r * rowH, stroke: p.grid, width: 0.5 });
  }
  const bars = layoutBars(model, scale, rows.rows, all, METRICS);
  // The baseline's ghosts first: under the arrows and the bars, as in the editor's chart.
  for (const b of bars) {
    const g = baselineGhost(model, scale, b, METRICS);
    if (g !== null) {
      chart.push(
        g.milestone
          ? {
              kind: 'path',
              d: barShape({ kind: 'milestone', task: g.task, row: b.row, x: g.x, y: g.y, width: g.width, height: g.height, progressWidth: 0, critical: false }),
              fill: p.baseline,
              opacity: 0.4,
            }
          : { kind: 'rect', x: g.x, y: g.y, width: g.width, height: g.height, fill: p.baseline, opacity: 0.6, radius: 1 },
      );
    }
  }
  for (const a of layoutArrows(model, scale, rows, all, METRICS)) {
    const color = a.critical ? p.critical : p.arrow;
    chart.push(
      { kind: 'group', attrs: { class: a.critical ? 'dep critical' : 'dep', 'data-from': model.tasks[a.from]!.id, 'data-to': model.tasks[a.to]!.id } },
      { kind: 'path', d: pathData(a.points), stroke: color, width: 1.2 },
      { kind: 'path', d: pathData(a.head, true), fill: color },
      { kind: 'ungroup' },
    );
  }
  for (const b of bars) {
    const tail = forecastTail(model, scale, b);
    if (tail !== null) {
      chart.push(...hatched(tail.x, tail.y, tail.width, tail.height, p.forecast));
    }
    if (b.kind !== 'phase') {
      chart.push({ kind: 'group', attrs: { class: `bar ${b.kind}${b.critical ? ' critical' : ''}`, 'data-task-id': model.tasks[b.task]!.id } });
    }
    if (b.kind === 'phase') {
      chart.push({ kind: 'rect', x: b.x, y: b.y, width: b.width, height: b.height, fill: p.muted, opacity: 0.5 });
    } else if (b.kind === 'task') {
      const color = b.critical ? p.critical : p.bar;
      chart.push({ kind: 'rect', x: b.x, y: b.y, width: b.width, height: b.height, fill: color, opacity: 0.55, radius: 3 });
      if (b.progressWidth > 0) {
        chart.push({ kind: 'rect', x: b.x, y: b.y, width: b.progressWidth, height: b.height, fill: color, radius: 3 });
      }
    } else {
      chart.push({ kind: 'path', d: barShape(b), fill: b.critical ? p.critical : b.kind === 'milestone' ? p.milestone : p.summary });
    }
    if (b.kind !== 'phase') {
      chart.push({ kind: 'ungroup' });
    }
  }
  if (gantt.statusDate >= formatDay(scale.origin) && gantt.statusDate <= formatDay(scale.origin + scale.days - 1)) {
    const sx = statusLineX(model, scale);
    chart.push({ kind: 'line', x1: sx, y1: -header, x2: sx, y2: bodyHeight, stroke: p.status, width: 1.5, dash: [4, 3] });
  }
  scale.tiers.forEach((unit, tier) => {
    for (const t of ticks(scale, unit, 0, scale.width)) {
      const label = tickLabel(strings, lang, t.unit, t.day, t.width, tier === 0);
      const ty = -header + tier * TIER;
      chart.push({ kind: 'line', x1: t.x, y1: ty, x2: t.x, y2: ty + TIER, stroke: p.grid, width: 1 });
      const left = Math.max(0, t.x);
      const right = Math.min(t.x + t.width, scale.width);
      if (label !== '' && (tier === 1 || right - left >= measure(label, FONT) + 12)) {
        chart.push(
          tier === 0
            ? { kind: 'text', x: left + 6, y: ty + TIER / 2 + 4, text: label, size: FONT, fill: p.foreground }
            : { kind: 'text', x: t.x + t.width / 2, y: ty + TIER / 2 + 4, text: label, size: 11, fill: p.foreground, anchor: 'middle' },
        );
      }
    }
  });
  chart.push({ kind: 'unclip' });
  shapes.push({ kind: 'rect', x: MARGIN, y: top, width: width - 2 * MARGIN, height: header, fill: p.header });
  for (let r = 1; r < rows.rows.length; r++) {
    shapes.push({ kind: 'line', x1: MARGIN, y1: bodyTop + r * rowH, x2: chartX, y2: bodyTop + r * rowH, stroke: p.grid, width: 0.5 });
  }
  shapes.push(...chart.map(at(chartX, bodyTop)));

  // Table: headers, then a row per phase and task.
  let cx = MARGIN;
  for (const c of columns) {
    text(cx + CELL_PAD, top + header - 10, c.title, { bold: true });
    cx += c.width;
    shapes.push({ kind: 'line', x1: cx, y1: top, x2: cx, y2: bodyTop + bodyHeight, stroke: p.grid, width: 1 });
  }
  rows.rows.forEach((row, r) => {
    const base = bodyTop + r * rowH + rowH / 2 + 4;
    if (row.kind === 'phase') {
      text(MARGIN + CELL_PAD, base, nameText[r]!, { bold: true });
      return;
    }
    const t = model.tasks[row.task]!.data;
    text(MARGIN + CELL_PAD + 16 + row.depth * 14 - 16, base, nameText[r]!, { bold: row.hasChildren, ...(t.critical ? { fill: p.critical } : {}) });
    let x = MARGIN + columns[0]!.width;
    text(x + CELL_PAD, base, t.owner ?? '', { fill: p.muted });
    x += columns[1]!.width;
    text(x + CELL_PAD, base, date(t.start));
    x += columns[2]!.width;
    text(x + CELL_PAD, base, date(t.end));
  });
  shapes.push({ kind: 'rect', x: MARGIN, y: top, width: width - 2 * MARGIN, height: bodyTop + bodyHeight - top, fill: 'none', stroke: p.grid });
  text(MARGIN, height - MARGIN + 6, msg.footer(date(gantt.statusDate)), { size: 10, fill: p.muted });
  return { width: Math.ceil(width), height: Math.ceil(height), background: p.background, shapes, title: gantt.project.name ?? gantt.project.id ?? '' };
}

/** A box hatched with diagonal lines and outlined: the forecast tail of a slipping task, in every writer. */
function hatched(x: number, y: number, width: number, height: number, color: string): Shape[] {
  const out: Shape[] = [
    { kind: 'rect', x, y, width, height, fill: color, opacity: 0.12 },
    { kind: 'clip', x, y, width, height },
  ];
  for (let d = -height; d < width; d += 5) {
    out.push({ kind: 'line', x1: x + d, y1: y + height, x2: x + d + height, y2: y, stroke: color, width: 1.2 });
  }
  out.push({ kind: 'unclip' }, { kind: 'rect', x, y, width, height, fill: 'none', stroke: color });
  return out;
}

/** Moves path data made of M, L, H, V and Z commands. */
function shiftPath(d: string, dx: number, dy: number): string {
  return d.replace(/([MLHV])\s*(-?[\d.]+)(?:\s+(-?[\d.]+))?/g, (_, cmd: string, a: string, b: string | undefined) => {
    const n = (v: string, by: number): number => Math.round((Number(v) + by) * 10) / 10;
    if (cmd === 'H') {
      return `H${n(a, dx)}`;
    }
    if (cmd === 'V') {
      return `V${n(a, dy)}`;
    }
    return `${cmd}${n(a, dx)} ${n(b ?? '0', dy)}`;
  });
}
