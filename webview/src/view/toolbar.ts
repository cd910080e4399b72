import type { Filters } from '../../../common/gantt/rows';
import { ZOOM_LEVELS } from '../../../common/gantt/timeScale';
import type { ZoomLevel } from '../../../common/gantt/timeScale';
import { html } from './dom';
import type { Strings } from '../../../common/gantt/strings';
import { CHART_EXPORT_FORMATS } from '../protocol';
import type { ChartExportFormat } from '../protocol';

export interface ToolbarHandlers {
  zoomTo(level: ZoomLevel): void;
  zoomBy(factor: number): void;
  setFilters(filters: Filters): void;
  setShowCritical(on: boolean): void;
  setGroupByPhase(on: boolean): void;
  setShowBaseline(on: boolean): void;
  setShowLegend(on: boolean): void;
  fitToWindow(): void;
  exportAs(format: ChartExportFormat): void;
}

export interface ToolbarState {
  readonly level: ZoomLevel;
  readonly filters: Filters;
  readonly showCritical: boolean;
  readonly groupByPhase: boolean;
  readonly showBaseline: boolean;
  /** The plan has a baseline: the toggle is offered only then. */
  readonly hasBaseline: boolean;
  readonly showLegend: boolean;
  readonly phases: readonly string[];
  readonly owners: readonly string[];
}

/** Zoom buttons, filters and toggles above the chart. */
export class Toolbar {
  readonly element: HTMLElement;
  private readonly zoomButtons = new Map<ZoomLevel, HTMLButtonElement>();
  private readonly zoomIn = html('button', 'zoom-step', '+');
  private readonly zoomOut = html('button', 'zoom-step', '−');
  private readonly fit = html('button', 'zoom-fit');
  private readonly showBaseline = html('input', 'toggle-baseline');
  private readonly baselineTool: HTMLElement;
  private readonly showLegend = html('input', 'toggle-legend');
  private readonly phase = html('select', 'filter-phase');
  private readonly owner = html('select', 'filter-owner');
  private readonly criticalOnly = html('input', 'filter-critical');
  private readonly showCritical = html('input', 'toggle-critical');
  private readonly groupByPhase = html('input', 'toggle-group');
  private readonly exportMenu = html('select', 'export-as');
  private readonly labels: Record<string, HTMLElement> = {};
  /** What the selects were last filled from: zooming refreshes the toolbar and must not rebuild them. */
  private optionsKey = '';

  constructor(private readonly handlers: ToolbarHandlers) {
    this.element = html('div', 'toolbar');
    this.element.setAttribute('role', 'toolbar');
    const zoom = html('div', 'zoom-group');
    for (const level of ZOOM_LEVELS) {
      const b = html('button', 'zoom-level');
      b.dataset.zoom = level;
      b.addEventListener('click', () => handlers.zoomTo(level));
      this.zoomButtons.set(level, b);
      zoom.append(b);
    }
    this.zoomOut.dataset.zoom = 'out';
    this.zoomIn.dataset.zoom = 'in';
    this.zoomOut.addEventListener('click', () => handlers.zoomBy(1 / 1.5));
    this.zoomIn.addEventListener('click', () => handlers.zoomBy(1.5));
    this.fit.dataset.zoom = 'fit';
    this.fit.addEventListener('click', () => handlers.fitToWindow());
    zoom.append(this.zoomOut, this.zoomIn, this.fit);
    this.phase.addEventListener('change', () => this.emitFilters());
    this.owner.addEventListener('change', () => this.emitFilters());
    for (const box of [this.criticalOnly, this.showCritical, this.groupByPhase, this.showBaseline, this.showLegend]) {
      box.type = 'checkbox';
    }
    this.criticalOnly.addEventListener('change', () => this.emitFilters());
    this.showCritical.addEventListener('change', () => handlers.setShowCritical(this.showCritical.checked));
    this.groupByPhase.addEventListener('change', () => handlers.setGroupByPhase(this.groupByPhase.checked));
    this.showBaseline.addEventListener('change', () => handlers.setShowBaseline(this.showBaseline.checked));
    this.showLegend.addEventListener('change', () => handlers.setShowLegend(this.showLegend.checked));
    this.baselineTool = this.labelled('showBaseline', this.showBaseline, false);
    this.exportMenu.addEventListener('change', () => {
      const format = this.exportMenu.value as ChartExportFormat;
      this.exportMenu.selectedIndex = 0;
      if ((CHART_EXPORT_FORMATS as readonly string[]).includes(format)) {
        handlers.exportAs(format);
      }
    });
    this.element.append(
      zoom,
      this.labelled('phase', this.phase, true),
      this.labelled('owner', this.owner, true),
      this.labelled('criticalOnly', this.criticalOnly, false),
      this.labelled('showCritical', this.showCritical, false),
      this.labelled('groupByPhase', this.groupByPhase, false),
      this.baselineTool,
      this.labelled('showLegend', this.showLegend, false),
      this.exportMenu,
    );
  }

  /** Brings labels, options and checked states in line with the view. */
  refresh(s: Strings, st: ToolbarState): void {
    for (const [level, b] of this.zoomButtons) {
      b.textContent = s.zoom[level];
      b.classList.toggle('active', level === st.level);
      b.setAttribute('aria-pressed', String(level === st.level));
    }
    this.zoomIn.title = s.zoomIn;
    this.zoomOut.title = s.zoomOut;
    this.fit.textContent = s.fitToWindow;
    this.fit.title = s.fitToWindowTitle;
    this.labels.showBaseline!.textContent = s.showBaseline;
    this.baselineTool.title = s.showBaselineTitle;
    this.baselineTool.hidden = !st.hasBaseline;
    this.labels.showLegend!.textContent = s.showLegend;
    this.showBaseline.checked = st.showBaseline;
    this.showLegend.checked = st.showLegend;
    this.labels.phase!.textContent = s.phaseFilter;
    this.labels.owner!.textContent = s.ownerFilter;
    this.labels.criticalOnly!.textContent = s.criticalOnly;
    this.labels.showCritical!.textContent = s.criticalPath;
    this.labels.groupByPhase!.textContent = s.groupByPhase;
    if (this.exportMenu.options.length === 0 || this.exportMenu.options[0]!.text !== s.exportAs) {
      this.exportMenu.replaceChildren(new Option(s.exportAs, ''), ...CHART_EXPORT_FORMATS.map((f) => new Option(f.toUpperCase(), f)));
      this.exportMenu.title = s.exportChart;
    }
    const key = JSON.stringify([s.allPhases, st.phases, st.owners, st.filters]);
    if (key !== this.optionsKey) {
      this.optionsKey = key;
      fillSelect(this.phase, s.allPhases, st.phases, st.filters.phase);
      fillSelect(this.owner, s.allOwners, st.owners, st.filters.owner);
    }
    this.criticalOnly.checked = st.filters.criticalOnly;
    this.showCritical.checked = st.showCritical;
    this.groupByPhase.checked = st.groupByPhase;
  }

  private labelled(key: string, control: HTMLElement, before: boolean): HTMLElement {
    const label = html('label', 'tool');
    const text = html('span');
    this.labels[key] = text;
    label.append(...(before ? [text, control] : [control, text]));
    return label;
  }

  private emitFilters(): void {
    this.handlers.setFilters({
      phase: this.phase.selectedIndex > 0 ? this.phase.value : null,
      owner: this.owner.selectedIndex > 0 ? this.owner.value : null,
      criticalOnly: this.criticalOnly.checked,
    });
  }
}

function fillSelect(select: HTMLSelectElement, all: string, values: readonly string[], current: string | null): void {
  const options = [new Option(all, '')];
  for (const v of values) {
    options.push(new Option(v, v));
  }
  select.replaceChildren(...options);
  // A filter on a phase the plan no longer has still shows, so the user can see why rows are missing.
  if (current !== null && !values.includes(current)) {
    select.append(new Option(current, current));
  }
  select.selectedIndex =
    current === null
      ? 0
      : Math.max(
          0,
          [...select.options].findIndex((o, i) => i > 0 && o.value === current),
        );
}
