import type { ChartModel } from '../../../common/gantt/model';
import type { RowModel } from '../../../common/gantt/rows';

/** What the keyboard needs from the view. */
export interface KeyboardTarget {
  readonly rows: RowModel;
  readonly chartModel: ChartModel | null;
  /** The selected row, -1 for none. */
  readonly selection: number;
  selectRow(row: number, reveal: boolean): void;
  toggleRow(row: number, expand?: boolean): void;
  zoomTo(pxPerDay: number): void;
  readonly pxPerDay: number;
}

/**
 * Tree-style navigation: arrows move the selection, Left/Right collapse and expand (or go to the
 * parent), Enter shows the task in the editor or toggles a phase, +/- zoom.
 */
export function handleKey(v: KeyboardTarget, e: KeyboardEvent): void {
  const rows = v.rows.rows;
  if (rows.length === 0 || e.target instanceof HTMLSelectElement || e.target instanceof HTMLInputElement || e.target instanceof HTMLButtonElement) {
    return;
  }
  const sel = v.selection;
  const current = rows[sel];
  const page = 10;
  switch (e.key) {
    case 'ArrowDown':
      v.selectRow(sel < 0 ? 0 : Math.min(rows.length - 1, sel + 1), false);
      break;
    case 'ArrowUp':
      v.selectRow(sel < 0 ? 0 : Math.max(0, sel - 1), false);
      break;
    case 'PageDown':
      v.selectRow(Math.min(rows.length - 1, Math.max(0, sel) + page), false);
      break;
    case 'PageUp':
      v.selectRow(Math.max(0, sel - page), false);
      break;
    case 'Home':
      v.selectRow(0, false);
      break;
    case 'End':
      v.selectRow(rows.length - 1, false);
      break;
    case 'ArrowRight':
      if (current !== undefined && current.collapsed) {
        v.toggleRow(sel, true);
      }
      break;
    case 'ArrowLeft':
      if (current === undefined) {
        break;
      }
      if ((current.kind === 'phase' || current.hasChildren) && !current.collapsed) {
        v.toggleRow(sel, false);
      } else if (current.kind === 'task' && v.chartModel !== null) {
        const parent = v.chartModel.tasks[current.task]!.parent;
        const row = parent >= 0 ? v.rows.rowOfTask[parent]! : -1;
        if (row >= 0) {
          v.selectRow(row, false);
        }
      }
      break;
    case 'Enter':
      if (current?.kind === 'phase') {
        v.toggleRow(sel);
      } else if (current !== undefined) {
        v.selectRow(sel, true);
      }
      break;
    case '+':
    case '=':
      v.zoomTo(v.pxPerDay * 1.5);
      break;
    case '-':
      v.zoomTo(v.pxPerDay / 1.5);
      break;
    default:
      return;
  }
  e.preventDefault();
}
