import type { ChartModel } from './model';

export interface Filters {
  /** Show only tasks of this phase (null: all). */
  readonly phase: string | null;
  /** Show only tasks of this owner (null: all). */
  readonly owner: string | null;
  readonly criticalOnly: boolean;
}

export const NO_FILTERS: Filters = { phase: null, owner: null, criticalOnly: false };

export interface RowOptions {
  readonly filters: Filters;
  /** Collapsed summary task ids and phase keys ({@link phaseKey}). */
  readonly collapsed: ReadonlySet<string>;
  readonly groupByPhase: boolean;
}

export interface PhaseRow {
  readonly kind: 'phase';
  /** The collapse key; the phase name is `phase` (null: tasks without a phase). */
  readonly key: string;
  readonly phase: string | null;
  readonly collapsed: boolean;
  /** Tasks in the group that pass the filters. */
  readonly count: number;
  /** Span of the group's tasks as day numbers. */
  readonly start: number;
  readonly end: number;
}

export interface TaskRow {
  readonly kind: 'task';
  readonly task: number;
  readonly depth: number;
  readonly hasChildren: boolean;
  readonly collapsed: boolean;
  /** False when the task fails the filters and is shown only because a subtask passes them. */
  readonly matched: boolean;
}

export type Row = PhaseRow | TaskRow;

export interface RowModel {
  readonly rows: readonly Row[];
  /** Row index of each task, -1 when it is hidden. */
  readonly rowOfTask: Int32Array;
}

export function phaseKey(phase: string | null): string {
  // Task ids cannot contain ':', so the keys never clash with them.
  return phase === null ? 'phase:' : `phase:${phase}`;
}

function filtersActive(f: Filters): boolean {
  return f.phase !== null || f.owner !== null || f.criticalOnly;
}

/** Which tasks pass the filters, and which must be kept to show the passing ones in their WBS. */
function keepMask(model: ChartModel, f: Filters): { matched: Uint8Array; kept: Uint8Array } {
  const n = model.tasks.length;
  const matched = new Uint8Array(n);
  const kept = new Uint8Array(n);
  const active = filtersActive(f);
  for (let i = 0; i < n; i++) {
    const t = model.tasks[i]!.data;
    const ok = !active || ((f.phase === null || t.phase === f.phase) && (f.owner === null || t.owner === f.owner) && (!f.criticalOnly || t.critical));
    matched[i] = ok ? 1 : 0;
    kept[i] = matched[i]!;
  }
  // WBS order puts every subtask after its parent, so one backward sweep lifts the keep to all ancestors.
  for (let i = n - 1; i >= 0; i--) {
    const p = model.tasks[i]!.parent;
    if (kept[i] && p >= 0) {
      kept[p] = 1;
    }
  }
  return { matched, kept };
}

/** Top-level tasks in groups: by the phase of each top-level task, phases in first-seen order, no phase last. */
function groups(model: ChartModel, byPhase: boolean): Array<{ phase: string | null; roots: number[] }> {
  const roots = model.tasks.filter((t) => t.parent < 0);
  if (!byPhase || model.phases.length === 0) {
    return [{ phase: null, roots: roots.map((t) => t.index) }];
  }
  const map = new Map<string | null, number[]>(model.phases.map((p) => [p, []]));
  map.set(null, []);
  for (const t of roots) {
    map.get(t.data.phase ?? null)!.push(t.index);
  }
  return [...map].filter(([, r]) => r.length > 0).map(([phase, r]) => ({ phase, roots: r }));
}

export function buildRows(model: ChartModel, options: RowOptions): RowModel {
  const { matched, kept } = keepMask(model, options.filters);
  const rows: Row[] = [];
  const rowOfTask = new Int32Array(model.tasks.length).fill(-1);
  const grouped = options.groupByPhase && model.phases.length > 0;
  const stack: number[] = [];
  for (const group of groups(model, options.groupByPhase)) {
    const key = phaseKey(group.phase);
    const groupCollapsed = grouped && options.collapsed.has(key);
    const headerAt = rows.length;
    if (grouped) {
      rows.push({ kind: 'phase', key, phase: group.phase, collapsed: groupCollapsed, count: 0, start: 0, end: 0 });
    }
    let count = 0;
    let start = Infinity;
    let end = -Infinity;
    for (let r = group.roots.length - 1; r >= 0; r--) {
      stack.push(group.roots[r]!);
    }
    while (stack.length > 0) {
      // A negative entry `~i` is a task under a collapsed summary: counted, not shown.
      const entry = stack.pop()!;
      const hidden = entry < 0 || groupCollapsed;
      const i = entry < 0 ? ~entry : entry;
      if (!kept[i]) {
        continue;
      }
      const t = model.tasks[i]!;
      count++;
      start = Math.min(start, t.start);
      end = Math.max(end, t.end);
      const hasChildren = t.children.length > 0;
      const collapsed = hasChildren && options.collapsed.has(t.id);
      if (!hidden) {
        rowOfTask[i] = rows.length;
        rows.push({ kind: 'task', task: i, depth: t.data.depth, hasChildren, collapsed, matched: matched[i] === 1 });
      }
      const hideChildren = hidden || collapsed;
      for (let c = t.children.length - 1; c >= 0; c--) {
        const child = t.children[c]!;
        stack.push(hideChildren ? ~child : child);
      }
    }
    if (grouped) {
      if (count === 0) {
        rows.pop();
      } else {
        rows[headerAt] = { kind: 'phase', key, phase: group.phase, collapsed: groupCollapsed, count, start, end };
      }
    }
  }
  return { rows, rowOfTask };
}

export interface RowWindow {
  /** First row to draw. */
  readonly first: number;
  /** One past the last row to draw. */
  readonly last: number;
}

/** The rows that intersect the viewport, plus `overscan` rows on each side. */
export function visibleRows(scrollTop: number, viewportHeight: number, rowHeight: number, rowCount: number, overscan = 3): RowWindow {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}
