import { MessageType } from '../protocol';
import type { FromWebviewMessage, GanttModel } from '../protocol';
import { METRICS } from '../../../common/gantt/bars';
import type { DateOverride } from '../../../common/gantt/bars';
import { formatDay as isoOfDay, dayOfIso, dayOfYmd } from '../../../common/dates';
import { MIN_PX_PER_DAY_FOR_WEEKENDS } from '../../../common/gantt/bands';
import { fitPxPerDay } from '../../../common/gantt/fit';
import { legendEntries } from '../../../common/gantt/legend';
import { dayLineX } from '../../../common/gantt/tracking';
import type { DragOutcome } from '../../../common/gantt/drag';
import { buildModel } from '../../../common/gantt/model';
import type { ChartModel } from '../../../common/gantt/model';
import { buildRows, phaseKey } from '../../../common/gantt/rows';
import type { RowModel } from '../../../common/gantt/rows';
import { ZOOM_PRESETS, clampPxPerDay, createTimeScale, dayAtX, xOfDay } from '../../../common/gantt/timeScale';
import type { TimeScale } from '../../../common/gantt/timeScale';
import { html, svg } from './dom';
import { TIER_HEIGHT, drawFrame } from './frame';
import type { FrameTargets } from './frame';
import { HeaderRenderer } from './header';
import { NamesRenderer } from './names';
import { BodyRenderer } from './render';
import { HoverCard } from './hoverCard';
import { columnResizer } from './columnResizer';
import { attachNameClicks, attachWheelZoom } from './input';
import { handleKey } from './keyboard';
import { attachPointer } from './pointer';
import { languageOf, stringsFor } from '../../../common/gantt/strings';
import type { Language, Strings } from '../../../common/gantt/strings';
import { Legend } from './legend';
import { DEFAULT_NAME_WIDTH, fitsOnOpen, hostDefaults, restoreState } from './state';
import type { ViewState } from './state';
import { Toolbar } from './toolbar';
import { Viewport } from './viewport';

export interface HostBridge {
  post(message: FromWebviewMessage): void;
  saveState(state: ViewState): void;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The folded name column: just room for the button that unfolds it. */
const COLLAPSED_NAME_WIDTH = 26;

/** `data-today` on the host page (tests pin it), else the local calendar day. */
function todayOf(dataset: DOMStringMap): number {
  const iso = dataset.today ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    return dayOfIso(iso);
  }
  const now = new Date();
  return dayOfYmd(now.getFullYear(), now.getMonth(), now.getDate());
}

/** The chart: owns the model, the view state and the DOM, and draws only what the layout returns. */
export class GanttView {
  readonly root = html('div', 'gantt');
  private model: ChartModel | null = null;
  private rowModel: RowModel = { rows: [], rowOfTask: new Int32Array(0) };
  private scale: TimeScale;
  private readonly state: Mutable<ViewState>;
  private readonly collapsed: Set<string>;
  private lang: Language = 'en';
  private strings: Strings = stringsFor('en');
  private highlighted = -1;
  private selectedRow = -1;
  /** Dates a bar is drawn at while dragged, and until the host answers its edit. */
  private override: DateOverride | undefined;
  private pendingEdit = -1;
  private nextMessageId = 1;
  private frameRequest = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private firstUpdate = true;
  /** The setting asks for a chart that fits the window, and the user has not zoomed this one yet. */
  private fitPending: boolean;
  private readonly today: number;
  private readonly legend = new Legend();
  private readonly notice = html('div', 'notice');
  private readonly namesToggle = html('button', 'names-toggle');
  private readonly toolbar: Toolbar;
  private readonly names = html('div', 'names');
  private readonly body = svg('svg', {}, 'body-svg');
  private readonly header = svg('svg', {}, 'header-svg');
  private readonly viewport = new Viewport(
    { nameWidth: DEFAULT_NAME_WIDTH, headerHeight: TIER_HEIGHT * 2, rowHeight: METRICS.rowHeight },
    this.body,
    this.header,
  );
  private readonly renderers: FrameTargets = {
    viewport: this.viewport,
    body: new BodyRenderer(this.body),
    header: new HeaderRenderer(this.header),
    names: new NamesRenderer(this.names),
  };
  private readonly corner = html('div', 'corner');
  private readonly cornerLabel = html('span', 'corner-label');
  private readonly empty = html('div', 'empty');
  private readonly card = new HoverCard();

  constructor(
    parent: HTMLElement,
    private readonly bridge: HostBridge,
    saved: unknown,
  ) {
    const defaults = hostDefaults(parent.dataset);
    this.state = { ...restoreState(saved, defaults) };
    this.fitPending = fitsOnOpen(saved, defaults);
    this.today = todayOf(parent.dataset);
    this.collapsed = new Set(this.state.collapsed);
    this.scale = createTimeScale(0, 0, this.state.pxPerDay);
    this.toolbar = new Toolbar({
      zoomTo: (level) => this.zoomTo(ZOOM_PRESETS[level]),
      zoomBy: (f) => this.zoomTo(this.state.pxPerDay * f),
      setFilters: (filters) => this.changeRows(() => (this.state.filters = filters)),
      exportAs: (format) => this.bridge.post({ type: MessageType.ExportAs, format }),
      setShowCritical: (on) => {
        this.state.showCritical = on;
        this.root.classList.toggle('hide-critical', !on);
        this.refreshToolbar();
        this.persist();
      },
      setGroupByPhase: (on) => this.changeRows(() => (this.state.groupByPhase = on)),
      setShowBaseline: (on) => {
        this.state.showBaseline = on;
        this.render(true);
        this.refreshToolbar();
        this.persist();
      },
      setShowLegend: (on) => {
        this.state.showLegend = on;
        this.refreshToolbar();
        this.persist();
      },
      fitToWindow: () => this.fitToWindow(),
    });
    this.namesToggle.addEventListener('click', () => this.setNamesCollapsed(!this.state.namesCollapsed));
    const headerRow = html('div', 'header');
    this.corner.append(
      this.cornerLabel,
      this.namesToggle,
      columnResizer(
        {
          width: () => this.state.nameWidth,
          maxWidth: () => this.viewport.scroller.clientWidth - 120,
          resize: (width) => this.setNameWidth(width),
          done: () => this.persist(),
        },
        () => this.strings.resizeColumn,
        DEFAULT_NAME_WIDTH,
      ),
    );
    this.setNamesCollapsed(this.state.namesCollapsed, false);
    headerRow.append(this.corner, this.header);
    this.viewport.content.append(headerRow, this.names, this.body);
    this.root.tabIndex = 0;
    this.root.setAttribute('role', 'tree');
    this.root.classList.toggle('hide-critical', !this.state.showCritical);
    this.empty.hidden = true;
    this.notice.hidden = true;
    this.notice.setAttribute('role', 'status');
    this.root.append(this.toolbar.element, this.notice, this.viewport.scroller, this.legend.element, this.empty, this.card.element);
    // Right-click off the bars offers the chart's own entries (export, compare), not Cut/Copy/Paste.
    this.root.dataset.vscodeContext = JSON.stringify({ webviewSection: 'chart', preventDefaultContextMenuItems: true });
    parent.append(this.root);
    this.viewport.scroller.addEventListener('scroll', () => {
      this.card.hide();
      this.scheduleRender();
    });
    attachWheelZoom(
      this.viewport.scroller,
      () => this.nameWidth(),
      (factor, anchor) => this.zoomTo(this.state.pxPerDay * factor, anchor),
    );
    new ResizeObserver(() => this.rescale()).observe(this.viewport.scroller);
    // On the window, not the chart: the webview frame has the focus before anything inside it does.
    window.addEventListener('keydown', (e) => handleKey(this, e));
    attachNameClicks(this.names, this);
    this.refreshToolbar();
    attachPointer(this.body, {
      model: () => this.model,
      pxPerDay: () => this.scale.pxPerDay,
      preview: (o) => this.preview(o),
      commit: (o) => this.commit(o),
      activate: (task) => this.selectRow(this.rowAt(task), true),
      hover: (task, e, o) => this.hover(task, e, o),
      scroller: () => this.viewport.scroller,
      timelineEdges: () => {
        const left = this.viewport.scroller.getBoundingClientRect().left;
        return { left: left + this.nameWidth(), right: left + this.viewport.scroller.clientWidth };
      },
    });
  }

  update(data: GanttModel, locale: string): void {
    this.lang = languageOf(locale);
    this.strings = stringsFor(this.lang);
    this.model = buildModel(data);
    this.card.hide();
    this.renderers.body.reset();
    this.renderers.header.reset();
    this.renderers.names.reset();
    this.override = undefined;
    this.pendingEdit = -1;
    this.highlighted = -1;
    this.cornerLabel.textContent = this.strings.taskColumn;
    this.empty.textContent = this.strings.noTasks;
    const unreliable = this.model.unreliable;
    this.notice.hidden = unreliable === undefined || unreliable.cycles + unreliable.errors === 0;
    this.notice.textContent = unreliable === undefined ? '' : `⚠ ${this.strings.unreliable(unreliable.cycles, unreliable.errors)}`;
    this.rescale();
    this.relayout();
    if (this.fitPending && this.viewport.timelineWidth() > 0) {
      this.fitPending = false;
      this.fitToWindow();
    }
    if (this.firstUpdate) {
      this.firstUpdate = false;
      this.viewport.scrollTo(this.state.scrollLeft, this.state.scrollTop, false);
      this.render(true);
    }
  }

  /** The editor cursor moved onto a task (or off all tasks). */
  setHighlight(taskId: string | null): void {
    const model = this.model;
    this.highlighted = taskId === null || model === null ? -1 : (model.byId.get(taskId) ?? -1);
    if (this.highlighted >= 0) {
      this.revealTask(this.highlighted);
    }
    this.render(true);
  }

  editResult(messageId: number, ok: boolean, error?: string): void {
    if (messageId !== this.pendingEdit) {
      return;
    }
    this.pendingEdit = -1;
    if (!ok) {
      console.warn(`[xproj gantt] edit refused${error !== undefined ? `: ${error}` : ''}`);
      this.preview(null);
    }
  }

  // What the keyboard handler reads.
  get rows(): RowModel {
    return this.rowModel;
  }
  get chartModel(): ChartModel | null {
    return this.model;
  }
  get selection(): number {
    return this.selectedRow;
  }
  get pxPerDay(): number {
    return this.scale.pxPerDay;
  }

  selectRow(row: number, reveal: boolean): void {
    const r = this.rowModel.rows[row];
    const model = this.model;
    if (r === undefined || model === null) {
      return;
    }
    this.root.focus({ preventScroll: true });
    this.state.selected = r.kind === 'phase' ? r.key : model.tasks[r.task]!.id;
    this.selectedRow = row;
    this.viewport.ensureRowVisible(row, false);
    if (reveal && r.kind === 'task') {
      this.bridge.post({ type: MessageType.Reveal, taskId: model.tasks[r.task]!.id });
    }
    this.render(true);
    this.persist();
  }

  toggleRow(row: number, expand?: boolean): void {
    const r = this.rowModel.rows[row];
    const key = r === undefined ? undefined : r.kind === 'phase' ? r.key : r.hasChildren ? this.model!.tasks[r.task]!.id : undefined;
    const collapse = key !== undefined && (expand === undefined ? !this.collapsed.has(key) : !expand);
    if (key !== undefined && collapse !== this.collapsed.has(key)) {
      this.changeRows(() => (collapse ? this.collapsed.add(key) : this.collapsed.delete(key)));
    }
  }

  /** Zooms keeping the day under `anchorX` (timeline pixels from the left of the window) in place. */
  zoomTo(pxPerDay: number, anchorX = this.viewport.timelineWidth() / 2): void {
    const day = dayAtX(this.scale, this.viewport.scroller.scrollLeft + anchorX);
    this.state.pxPerDay = clampPxPerDay(pxPerDay);
    this.rescale();
    this.viewport.scrollTo(xOfDay(this.scale, day) - anchorX, this.viewport.scroller.scrollTop, false);
    this.render(true);
    this.refreshToolbar();
    this.persist();
  }

  /** Zooms so that the whole plan, forecasts and baseline included, fits the timeline's width. */
  fitToWindow(): void {
    const model = this.model;
    if (model === null) {
      return;
    }
    this.state.pxPerDay = fitPxPerDay(model.firstDay, model.lastDay, this.viewport.timelineWidth());
    this.rescale();
    this.viewport.scrollTo(0, this.viewport.scroller.scrollTop, false);
    this.render(true);
    this.refreshToolbar();
    this.persist();
  }

  /** The name column's width on screen: the folded strip, or the width the user gave it. */
  private nameWidth(): number {
    return this.state.namesCollapsed ? COLLAPSED_NAME_WIDTH : this.state.nameWidth;
  }

  private setNamesCollapsed(collapsed: boolean, persist = true): void {
    this.state.namesCollapsed = collapsed;
    this.root.classList.toggle('names-collapsed', collapsed);
    this.namesToggle.textContent = collapsed ? '›' : '‹';
    this.namesToggle.title = collapsed ? this.strings.expandNames : this.strings.collapseNames;
    this.namesToggle.setAttribute('aria-expanded', String(!collapsed));
    this.setNameWidth(this.state.nameWidth);
    this.render(true);
    if (persist) {
      this.persist();
    }
  }

  private setNameWidth(width: number): void {
    this.state.nameWidth = width;
    const shown = this.nameWidth();
    this.root.style.setProperty('--xg-name-width', `${shown}px`);
    this.viewport.setNameWidth(shown);
    this.rescale();
  }

  private rescale(): void {
    const model = this.model;
    if (model !== null) {
      this.scale = createTimeScale(model.firstDay, model.lastDay, this.state.pxPerDay, this.viewport.timelineWidth());
      this.viewport.setSize(this.scale.width, this.rowModel.rows.length);
      this.scheduleRender();
    }
  }

  private changeRows(change: () => void): void {
    change();
    this.relayout();
    this.persist();
  }

  private relayout(): void {
    const model = this.model;
    if (model === null) {
      return;
    }
    this.state.collapsed = [...this.collapsed];
    this.rowModel = buildRows(model, { filters: this.state.filters, collapsed: this.collapsed, groupByPhase: this.state.groupByPhase });
    const sel = this.state.selected;
    this.selectedRow =
      sel === null ? -1 : sel.startsWith('phase:') ? this.rowModel.rows.findIndex((r) => r.kind === 'phase' && r.key === sel) : this.rowAt(model.byId.get(sel));
    this.empty.hidden = this.rowModel.rows.length > 0;
    this.viewport.setSize(this.scale.width, this.rowModel.rows.length);
    this.refreshToolbar();
    this.render(true);
  }

  private rowAt(task: number | undefined): number {
    return task === undefined ? -1 : (this.rowModel.rowOfTask[task] ?? -1);
  }

  private refreshToolbar(): void {
    const { filters, showCritical, groupByPhase, showBaseline, showLegend } = this.state;
    const model = this.model;
    const hasBaseline = model?.baseline !== undefined;
    this.toolbar.refresh(this.strings, {
      level: this.scale.level,
      filters,
      showCritical,
      groupByPhase,
      showBaseline,
      hasBaseline,
      showLegend,
      phases: model?.phases ?? [],
      owners: model?.owners ?? [],
    });
    this.namesToggle.title = this.state.namesCollapsed ? this.strings.expandNames : this.strings.collapseNames;
    const kinds = legendEntries({
      showCritical,
      slipping: (model?.slipping ?? 0) > 0,
      baseline: hasBaseline && showBaseline,
      today: dayLineX(this.scale, this.today) !== null,
      makeupDays: model?.hasMakeupDays ?? false,
      weekends: this.scale.pxPerDay >= MIN_PX_PER_DAY_FOR_WEEKENDS,
    });
    // Drawn before the first schedule too: a strip appearing then would shrink the chart and cost it a second layout.
    this.legend.render(kinds, this.strings, showLegend);
  }

  private scheduleRender(): void {
    if (this.frameRequest === 0) {
      this.frameRequest = requestAnimationFrame(() => {
        this.frameRequest = 0;
        this.render(false);
        this.persist();
      });
    }
  }

  /** Draws the current window; unless forced, only when scrolling has moved it past its overscan. */
  private render(force: boolean): void {
    const model = this.model;
    if (model === null) {
      return;
    }
    // Read before writing: a read after the DOM changes would force a layout in the middle of the frame.
    const scrollLeft = this.viewport.scroller.scrollLeft;
    const win = this.viewport.window(this.scale.width, this.rowModel.rows.length, force);
    if (win !== null) {
      const { scale, rowModel: rows, strings, lang, selectedRow, highlighted, override } = this;
      drawFrame(
        this.renderers,
        { model, scale, rows, strings, lang, selectedRow, highlighted, override, today: this.today, showBaseline: this.state.showBaseline },
        win,
      );
      if (this.viewport.partial) {
        this.scheduleRender();
      }
    }
    this.renderers.header.pinMajorLabels(scrollLeft);
  }

  /** Expands the summaries and the phase above a task and scrolls it to the middle of the window. */
  private revealTask(task: number): void {
    const model = this.model!;
    let expanded = false;
    let top = task;
    for (let p = model.tasks[task]!.parent; p >= 0; p = model.tasks[p]!.parent) {
      expanded = this.collapsed.delete(model.tasks[p]!.id) || expanded;
      top = p;
    }
    expanded = this.collapsed.delete(phaseKey(model.tasks[top]!.data.phase ?? null)) || expanded;
    if (expanded) {
      this.relayout();
    }
    const row = this.rowAt(task);
    const t = model.tasks[task]!;
    if (row >= 0) {
      this.viewport.ensureRowVisible(row, true, xOfDay(this.scale, t.start), xOfDay(this.scale, t.end + 1));
    }
  }

  private preview(outcome: DragOutcome | null): void {
    this.override = outcome ?? undefined;
    this.render(true);
  }

  private commit(o: DragOutcome): void {
    const messageId = this.nextMessageId++;
    this.pendingEdit = messageId;
    this.preview(o);
    const taskId = this.model!.tasks[o.task]!.id;
    if (o.kind === 'progress') {
      this.bridge.post({ type: MessageType.SetProgress, messageId, taskId, progress: o.progress ?? 0 });
      return;
    }
    this.bridge.post({ type: MessageType.Edit, messageId, taskId, kind: o.kind, workingDays: o.workingDays, start: isoOfDay(o.start), end: isoOfDay(o.end) });
  }

  private hover(task: number | null, e: PointerEvent, o?: DragOutcome): void {
    const t = task === null || task < 0 ? undefined : this.model?.tasks[task];
    if (t === undefined) {
      this.card.hide();
      return;
    }
    if (o?.kind === 'progress') {
      this.card.show({ task: { ...t.data, progress: o.progress ?? t.data.progress } }, this.strings, this.lang, e.clientX, e.clientY);
      return;
    }
    const extra = o === undefined ? {} : { start: isoOfDay(o.start), end: isoOfDay(o.end), delta: o.workingDays };
    this.card.show({ task: t.data, ...extra }, this.strings, this.lang, e.clientX, e.clientY);
  }

  private persist(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.state.scrollTop = this.viewport.scroller.scrollTop;
      this.state.scrollLeft = this.viewport.scroller.scrollLeft;
      this.state.collapsed = [...this.collapsed];
      this.bridge.saveState({ ...this.state });
    }, 200);
  }
}
