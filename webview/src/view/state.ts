import type { Filters } from '../../../common/gantt/rows';
import { ZOOM_PRESETS, clampPxPerDay } from '../../../common/gantt/timeScale';
import { MAX_NAME_WIDTH, MIN_NAME_WIDTH } from './columnResizer';

export const DEFAULT_NAME_WIDTH = 300;

/** What survives the panel being hidden or VS Code restarting (`getState` / `setState`). */
export interface ViewState {
  readonly version: 1;
  readonly pxPerDay: number;
  readonly scrollTop: number;
  readonly scrollLeft: number;
  readonly collapsed: readonly string[];
  readonly filters: Filters;
  readonly showCritical: boolean;
  readonly groupByPhase: boolean;
  readonly selected: string | null;
  /** The name column's width in CSS pixels (kept while the column is collapsed). */
  readonly nameWidth: number;
  /** The name column is folded away, leaving the timeline the whole width. */
  readonly namesCollapsed: boolean;
  /** The baseline's ghost bars are drawn (when the plan has a baseline). */
  readonly showBaseline: boolean;
  readonly showLegend: boolean;
  /** The host's settings this state was last reconciled with ({@link HostDefaults.key}). */
  readonly defaults: string;
}

/** The user's settings (`xproj.gantt.defaultZoom`, `xproj.gantt.showCriticalPath`), as the host page states them. */
export interface HostDefaults {
  readonly pxPerDay: number;
  /** `fit`: a new chart opens zoomed so the whole plan fits the panel's width. */
  readonly fit: boolean;
  readonly showCritical: boolean;
  readonly key: string;
}

const ZOOM_SETTING: Readonly<Record<string, number>> = {
  day: ZOOM_PRESETS.days,
  week: ZOOM_PRESETS.weeks,
  month: ZOOM_PRESETS.months,
  quarter: ZOOM_PRESETS.quarters,
};

/** Reads `data-default-zoom` and `data-show-critical-path` from the host page's body. */
export function hostDefaults(dataset: DOMStringMap): HostDefaults {
  const zoom = dataset.defaultZoom ?? '';
  const showCritical = dataset.showCriticalPath !== 'false';
  return { pxPerDay: ZOOM_SETTING[zoom] ?? ZOOM_PRESETS.days, fit: zoom === 'fit', showCritical, key: `${zoom} ${showCritical}` };
}

export const DEFAULT_STATE: ViewState = {
  version: 1,
  pxPerDay: ZOOM_PRESETS.days,
  scrollTop: 0,
  scrollLeft: 0,
  collapsed: [],
  filters: { phase: null, owner: null, criticalOnly: false },
  showCritical: true,
  groupByPhase: true,
  selected: null,
  nameWidth: DEFAULT_NAME_WIDTH,
  namesCollapsed: false,
  showBaseline: true,
  showLegend: true,
  defaults: '',
};

/**
 * Whether the first schedule should be fitted to the window: the setting asks for it and the zoom
 * is not one the user chose in this chart (no saved state, or the setting changed since).
 */
export function fitsOnOpen(saved: unknown, defaults: HostDefaults): boolean {
  return defaults.fit && (typeof saved !== 'object' || saved === null || (saved as Record<string, unknown>).defaults !== defaults.key);
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;
}

function strOrNull(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/**
 * Saved state comes from an older version or a corrupted store as easily as from us: take what is
 * valid. The settings give the zoom and the critical-path toggle of a new chart, and win over the
 * saved ones when the user has changed them since.
 */
export function restoreState(saved: unknown, defaults?: HostDefaults): ViewState {
  const base =
    defaults === undefined ? DEFAULT_STATE : { ...DEFAULT_STATE, pxPerDay: defaults.pxPerDay, showCritical: defaults.showCritical, defaults: defaults.key };
  if (typeof saved !== 'object' || saved === null) {
    return base;
  }
  const s = saved as Record<string, unknown>;
  const settingsChanged = defaults !== undefined && s.defaults !== defaults.key;
  const f = typeof s.filters === 'object' && s.filters !== null ? (s.filters as Record<string, unknown>) : {};
  return {
    version: 1,
    pxPerDay: settingsChanged ? base.pxPerDay : clampPxPerDay(num(s.pxPerDay, base.pxPerDay)),
    scrollTop: num(s.scrollTop, 0),
    scrollLeft: num(s.scrollLeft, 0),
    collapsed: Array.isArray(s.collapsed) ? s.collapsed.filter((c): c is string => typeof c === 'string') : [],
    filters: { phase: strOrNull(f.phase), owner: strOrNull(f.owner), criticalOnly: f.criticalOnly === true },
    showCritical: settingsChanged ? base.showCritical : s.showCritical !== false,
    groupByPhase: s.groupByPhase !== false,
    selected: strOrNull(s.selected),
    nameWidth: Math.max(MIN_NAME_WIDTH, Math.min(MAX_NAME_WIDTH, num(s.nameWidth, DEFAULT_NAME_WIDTH))),
    namesCollapsed: s.namesCollapsed === true,
    showBaseline: s.showBaseline !== false,
    showLegend: s.showLegend !== false,
    defaults: base.defaults,
  };
}
