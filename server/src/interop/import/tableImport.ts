import type { DependencyType } from '../../../../common/dependencyType';
import { dayOfYmd, formatDay, parseIsoDate } from '../../../../common/dates';
import type { Locale } from '../../service/l10n/localize';
import { IdAllocator, slugOf } from '../ids';
import { weekdayNumber } from '../../../../common/weekdays';
import { COLUMN_HEADERS, calendarRowKind, columnOf, statusOf } from '../taskColumns';
import type { TaskColumn } from '../taskColumns';
import type { ImportedPlan, ImportedTask } from './importedPlan';
import { ImportError, importMessages } from './importMessages';

/** A cell as csv (text) or xlsx (text, number, date) gives it. */
export type TableCell = string | number | boolean | Date | null | undefined;

/** The dates a sheet shows for a task, which the imported plan must reproduce. */
export interface SheetDates {
  readonly start?: number;
  readonly end?: number;
}

/** A table import: the plan, and each task's dates as the sheet had them (by the new id). */
export interface TableImport {
  readonly plan: ImportedPlan;
  readonly dates: ReadonlyMap<string, SheetDates>;
}

const VALID_ID = /^[\p{L}\p{N}_.-]+$/u;
const EXCEL_EPOCH = 25569;

function text(cell: TableCell): string {
  return cell === null || cell === undefined ? '' : cell instanceof Date ? formatDay(Math.floor(cell.getTime() / 86_400_000)) : String(cell).trim();
}

/** A date cell: an xlsx date, an Excel serial number, or `2026-03-02`, `2026/3/2`, `2026年3月2日`. */
function dayOf(cell: TableCell): number | undefined {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? undefined : Math.round(cell.getTime() / 86_400_000);
  }
  if (typeof cell === 'number') {
    return cell > 20000 && cell < 80000 ? Math.floor(cell) - EXCEL_EPOCH : undefined;
  }
  const t = text(cell);
  const iso = parseIsoDate(t.slice(0, 10));
  if (iso !== undefined && (t.length === 10 || /^\d{4}-\d\d-\d\d[T ]/.test(t))) {
    return iso;
  }
  const m = /^(\d{4})\s*[/.年-]\s*(\d{1,2})\s*[/.月-]\s*(\d{1,2})\s*日?$/.exec(t);
  if (m) {
    const day = dayOfYmd(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return formatDay(day) === `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` ? day : undefined;
  }
  return undefined;
}

function numberOf(cell: TableCell): number | undefined {
  if (typeof cell === 'number') {
    return cell;
  }
  const t = text(cell)
    .replace(/[%％]$/, '')
    .replace(/\s*(d|days?|天|工作日)$/i, '');
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : undefined;
}

/** `ref`, `ref SS`, `ref FF+2d`, `ref FS-1d`: a lag only after a type, so that `phase-1` stays an id. */
const DEPENDENCY = /^(.+?)(?:\s+(FS|SS|FF|SF)(?:\s*([+-])\s*(\d+)\s*(?:d|days?|天|工作日)?)?)?$/i;

interface Row {
  readonly line: number;
  readonly cells: Partial<Record<TaskColumn, TableCell>>;
}

/**
 * A plan from a task table (the csv and xlsx exports', or a sheet people keep): the first row
 * names the columns (in English or Chinese, `columnOf`); a row per task. `WBS` numbers nest the
 * rows; `Dependencies` are ids, WBS numbers or names, each with an optional type and lag
 * (`design`, `venue SS`, `2.1 FF+1d`); owners, departments and phases become the plan's people,
 * departments and phases by name. Durations keep the logic; start dates are written for tasks
 * without dependencies (and later for any task whose computed start would differ from the sheet).
 */
export function importTable(rows: readonly (readonly TableCell[])[], title: string, locale: Locale): TableImport {
  const msg = importMessages[locale];
  const headerIndex = rows.findIndex((r) => r.some((c) => text(c) !== ''));
  const header = rows[headerIndex] ?? [];
  const columns = header.map((h) => columnOf(text(h)));
  if (!columns.includes('name') && !columns.includes('id')) {
    throw new ImportError(msg.missingColumns(`'${COLUMN_HEADERS[locale].name}'`));
  }
  const notes: string[] = [];
  const body: Row[] = [];
  rows.forEach((r, i) => {
    if (i > headerIndex && r.some((c) => text(c) !== '')) {
      const cells: Partial<Record<TaskColumn, TableCell>> = {};
      columns.forEach((c, k) => {
        if (c !== undefined && cells[c] === undefined) {
          cells[c] = r[k];
        }
      });
      body.push({ line: i + 1, cells });
    }
  });
  if (body.length === 0) {
    throw new ImportError(msg.noTasks());
  }
  const headerOf = (c: TaskColumn): string => text(header[columns.indexOf(c)]);

  const people = new Map<string, { id: string; name: string; department?: string }>();
  const departments = new Map<string, { id: string; name: string }>();
  const phases = new Map<string, { id: string; name: string }>();
  const personIds = new IdAllocator('person');
  const departmentIds = new IdAllocator('department');
  const phaseIds = new IdAllocator('phase');
  const named = <T extends { id: string; name: string }>(map: Map<string, T>, ids: IdAllocator, name: string, make: (id: string) => T): T => {
    if (!map.has(name)) {
      map.set(name, make(ids.take(slugOf(name))));
    }
    return map.get(name)!;
  };

  const taskIds = new IdAllocator('task');
  for (const row of body) {
    const id = text(row.cells.id);
    if (VALID_ID.test(id)) {
      taskIds.reserve(id);
    }
  }
  const seen = new Set<string>();
  const tasks: { row: Row; task: ImportedTask; wbs: string; sheetStart?: number; sheetEnd?: number; duration?: number }[] = [];
  const byRef = new Map<string, ImportedTask>();
  for (const row of body) {
    const c = row.cells;
    const written = text(c.id);
    const name = text(c.name);
    const id = VALID_ID.test(written) && !seen.has(written) ? written : taskIds.take(slugOf(name || written));
    seen.add(id);
    const task: ImportedTask = { id, ...(name ? { name } : {}), depends: [], assignees: [], children: [] };
    const department = text(c.department);
    if (department) {
      task.department = named(departments, departmentIds, department, (x) => ({ id: x, name: department })).id;
    }
    const owner = text(c.owner);
    if (owner) {
      const person = named(people, personIds, owner, (x) => ({ id: x, name: owner, ...(task.department ? { department: task.department } : {}) }));
      task.owner = person.id;
    }
    const phase = text(c.phase);
    if (phase) {
      task.phase = named(phases, phaseIds, phase, (x) => ({ id: x, name: phase })).id;
    }
    const status = text(c.status);
    if (status) {
      const s = statusOf(status);
      if (s) {
        task.status = s;
      } else {
        notes.push(msg.badValue(row.line, headerOf('status'), status));
      }
    }
    const progress = numberOf(c.progress);
    if (progress !== undefined && progress > 0 && progress < 100 && task.status !== 'done') {
      task.progress = Math.round(progress);
    }
    const start = dayOf(c.start);
    const end = dayOf(c.end);
    for (const [col, value, day] of [
      ['start', c.start, start],
      ['end', c.end, end],
    ] as const) {
      if (text(value) !== '' && day === undefined) {
        notes.push(msg.badValue(row.line, headerOf(col), text(value)));
      }
    }
    const durationText = text(c.duration);
    let duration = numberOf(c.duration);
    if (durationText !== '' && (duration === undefined || duration < 0)) {
      notes.push(msg.badValue(row.line, headerOf('duration'), durationText));
      duration = undefined;
    } else if (duration !== undefined && !Number.isInteger(duration)) {
      duration = Math.round(duration);
      notes.push(msg.roundedDuration(id, duration));
    }
    const wbs = text(c.wbs);
    tasks.push({ row, task, wbs, sheetStart: start, sheetEnd: end, duration });
    for (const ref of [id, written, wbs, name]) {
      if (ref !== '' && !byRef.has(ref)) {
        byRef.set(ref, task);
      }
    }
  }

  const roots: ImportedTask[] = [];
  const byWbs = new Map(tasks.filter((t) => t.wbs !== '').map((t) => [t.wbs, t.task]));
  for (const t of tasks) {
    const parent = t.wbs.includes('.') ? byWbs.get(t.wbs.slice(0, t.wbs.lastIndexOf('.'))) : undefined;
    (parent && parent !== t.task ? parent.children : roots).push(t.task);
  }

  const projectStart = tasks.reduce<number | undefined>((min, t) => {
    const d = t.sheetStart ?? t.sheetEnd;
    return d !== undefined && (min === undefined || d < min) ? d : min;
  }, undefined);
  const dates = new Map<string, SheetDates>();
  for (const t of tasks) {
    const { task } = t;
    for (const token of text(t.row.cells.dependencies).split(/\s*[;,，；\n]\s*/)) {
      if (token === '') {
        continue;
      }
      const whole = byRef.get(token);
      const m = whole ? [token, token] : DEPENDENCY.exec(token);
      const from = whole ?? (m ? byRef.get(m[1]!.trim()) : undefined);
      if (!m || !from) {
        notes.push(msg.unknownPredecessor(task.id, token));
        continue;
      }
      if (from === task) {
        notes.push(msg.selfDependency(task.id));
        continue;
      }
      const lag = m[4] !== undefined ? Number(m[4]) * (m[3] === '-' ? -1 : 1) : 0;
      task.depends.push({ id: from.id, type: (m[2]?.toUpperCase() ?? 'FS') as DependencyType, lag });
    }
    if (task.children.length > 0) {
      continue;
    }
    dates.set(task.id, { start: t.sheetStart, end: t.sheetEnd });
    if (t.duration === 0) {
      task.milestone = true;
    } else if (t.duration !== undefined) {
      task.duration = t.duration;
    }
    const free = task.depends.length === 0;
    if (t.duration !== undefined) {
      if (free && t.sheetStart !== undefined && t.sheetStart !== projectStart) {
        task.start = t.sheetStart;
      }
    } else if (t.sheetStart !== undefined && t.sheetEnd !== undefined) {
      task.start = t.sheetStart;
      task.end = t.sheetEnd;
    } else if (t.sheetEnd !== undefined) {
      task.end = t.sheetEnd;
    } else if (free && t.sheetStart !== undefined && t.sheetStart !== projectStart) {
      task.start = t.sheetStart;
    }
  }
  const name = title.replace(/\.(csv|xlsx)$/i, '');
  return {
    plan: {
      project: { id: slugOf(name) || 'imported-project', name, ...(projectStart !== undefined ? { start: projectStart } : {}) },
      people: [...people.values()],
      departments: [...departments.values()],
      phases: [...phases.values()],
      tasks: roots,
      notes,
    },
    dates,
  };
}

/** The calendar sheet of an xlsx export: working weekdays, holidays and make-up days. */
export function importCalendar(rows: readonly (readonly TableCell[])[]): NonNullable<ImportedPlan['calendar']> | undefined {
  const calendar: NonNullable<ImportedPlan['calendar']> = { workdays: [1, 2, 3, 4, 5], holidays: [], extraWorkdays: [] };
  let found = false;
  for (const row of rows) {
    const kind = calendarRowKind(text(row[0]));
    if (kind === 'workdays') {
      const days = text(row[1])
        .split(/[\s,，、]+/)
        .map((d) => weekdayNumber(d))
        .filter((d): d is NonNullable<typeof d> => d !== undefined);
      if (days.length > 0) {
        calendar.workdays = [...new Set(days)].sort();
        found = true;
      }
      continue;
    }
    const from = dayOf(row[1]);
    const to = dayOf(row[2]) ?? from;
    if (kind && from !== undefined && to !== undefined && to >= from) {
      (kind === 'holiday' ? calendar.holidays : calendar.extraWorkdays).push({ from, to });
      found = true;
    }
  }
  return found ? calendar : undefined;
}
