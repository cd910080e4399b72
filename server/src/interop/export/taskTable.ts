import { formatDay } from '../../../../common/dates';
import type { Locale } from '../../service/l10n/localize';
import { COLUMN_HEADERS, STATUS_LABELS, TASK_COLUMNS, YES } from '../taskColumns';
import type { TaskColumn } from '../taskColumns';
import type { ExportDependency, ExportPlan, ExportTask } from './planFacts';

/** A cell: text, a whole number, or a date (a day number, which spreadsheets show as a date). */
export type Cell = string | number | { readonly day: number } | null;

/** The header row and a row per task in WBS order: what csv and xlsx write. */
export interface TaskTable {
  readonly columns: readonly TaskColumn[];
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Each row's task (for the depth xlsx indents by). */
  readonly tasks: readonly ExportTask[];
}

/** `approval`, `venue SS`, `brochure FF+1d`, `design FS-2d`: what imports read back. */
export function dependencyText(d: ExportDependency): string {
  const lag = d.lag !== 0 ? `${d.lag > 0 ? '+' : ''}${d.lag}d` : '';
  return d.type === 'FS' && lag === '' ? d.from.id : `${d.from.id} ${d.type}${lag}`;
}

export function taskTable(plan: ExportPlan, locale: Locale): TaskTable {
  const headers = COLUMN_HEADERS[locale];
  const cell = (t: ExportTask, c: TaskColumn): Cell => {
    switch (c) {
      case 'wbs':
        return t.wbs;
      case 'id':
        return t.id;
      case 'name':
        return t.name;
      case 'phase':
        return t.phase ?? null;
      case 'owner':
        return t.owner?.name ?? null;
      case 'department':
        return t.department?.name ?? null;
      case 'start':
        return { day: t.milestone ? t.start : plan.calendar.nextWorkday(t.start) };
      case 'end':
        return { day: t.end };
      case 'duration':
        return t.duration;
      case 'dependencies':
        return t.dependencies.map(dependencyText).join('; ');
      case 'status':
        return STATUS_LABELS[locale][t.status];
      case 'progress':
        return t.progress;
      case 'slack':
        return t.slack;
      case 'critical':
        return t.critical ? YES[locale] : '';
    }
  };
  return {
    columns: TASK_COLUMNS,
    headers: TASK_COLUMNS.map((c) => headers[c]),
    rows: plan.tasks.map((t) => TASK_COLUMNS.map((c) => cell(t, c))),
    tasks: plan.tasks,
  };
}

/** A cell as text: dates in ISO form. */
export function cellText(cell: Cell): string {
  return cell === null ? '' : typeof cell === 'object' ? formatDay(cell.day) : String(cell);
}
