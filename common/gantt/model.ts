import type { DependencyType } from '../dependencyType';
import type { GanttModel, GanttTask, IsoRange, NamedIsoRange } from '../ganttModel';
import type { DayRange } from '../calendar';
import { WorkCalendar } from '../calendar';
import { dayOfIso } from '../dates';

/** A task with its dates as day numbers and its place in the WBS as indices. */
export interface ModelTask {
  readonly index: number;
  readonly id: string;
  readonly data: GanttTask;
  readonly start: number;
  /** Last day, inclusive. */
  readonly end: number;
  /** -1 for a top-level task. */
  readonly parent: number;
  readonly children: number[];
  /** With a status date: the forecast last day, only when it is later than `end` (the task slips). */
  readonly forecastEnd: number | undefined;
  /** With a baseline that has the task: its first and last day there. */
  readonly baselineStart: number | undefined;
  readonly baselineEnd: number | undefined;
}

export interface ModelDependency {
  readonly from: number;
  readonly to: number;
  readonly type: DependencyType;
  readonly lag: number;
}

/** The plan model indexed once per update, so layout passes are array look-ups. */
export interface ChartModel {
  readonly tasks: readonly ModelTask[];
  readonly byId: ReadonlyMap<string, number>;
  readonly dependencies: readonly ModelDependency[];
  readonly calendar: WorkCalendar;
  readonly projectStart: number;
  readonly projectFinish: number;
  readonly statusDate: number;
  /** First and last day any task or the project touches. */
  readonly firstDay: number;
  readonly lastDay: number;
  /** The plan is measured against a baseline (its name, `v1.0`), so ghost bars can be drawn. */
  readonly baseline: string | undefined;
  /** Tasks whose forecast end is later than their planned end. */
  readonly slipping: number;
  /** Why the dates cannot be trusted, as the server says. */
  readonly unreliable: { readonly cycles: number; readonly errors: number } | undefined;
  /** The calendar has make-up working days (调休). */
  readonly hasMakeupDays: boolean;
  /** Phases in the order they first appear. */
  readonly phases: readonly string[];
  /** Owners, sorted. */
  readonly owners: readonly string[];
  /** The name of the holiday a day off or make-up day belongs to (春节), if the plan or its preset names it. */
  dayName(day: number): string | undefined;
}

export function buildModel(data: GanttModel): ChartModel {
  const byId = new Map<string, number>();
  const tasks: ModelTask[] = [];
  const projectStart = dayOfIso(data.project.start);
  const projectFinish = dayOfIso(data.project.finish);
  let firstDay = Math.min(projectStart, projectFinish);
  let lastDay = Math.max(projectStart, projectFinish);
  const phases = new Set<string>();
  const owners = new Set<string>();
  let slipping = 0;
  let hasBaseline = data.project.baseline !== undefined || data.project.baselineFinish !== undefined;
  // 20,000 tasks start and end on a few hundred days: each date is turned into a day number once.
  const days = new Map<string, number>();
  const dayOf = (iso: string): number => {
    let day = days.get(iso);
    if (day === undefined) {
      day = dayOfIso(iso);
      days.set(iso, day);
    }
    return day;
  };
  for (const t of data.tasks) {
    if (byId.has(t.id)) {
      continue;
    }
    const start = dayOf(t.start);
    // A backwards range is a diagnostic elsewhere; draw it as one day rather than a negative bar.
    const end = Math.max(start, dayOf(t.end));
    const parent = t.parent !== undefined ? (byId.get(t.parent) ?? -1) : -1;
    // Every task gets every field, so the layout loops see one object shape.
    const forecastEnd = laterDay(t.forecastEnd, end);
    const baselineStart = t.baselineStart !== undefined && t.baselineEnd !== undefined ? validDay(t.baselineStart) : undefined;
    const baselineEnd = baselineStart !== undefined ? Math.max(baselineStart, validDay(t.baselineEnd!) ?? baselineStart) : undefined;
    const task: ModelTask = { index: tasks.length, id: t.id, data: t, start, end, parent, children: [], forecastEnd, baselineStart, baselineEnd };
    if (forecastEnd !== undefined) {
      slipping++;
    }
    if (baselineStart !== undefined) {
      hasBaseline = true;
    }
    byId.set(t.id, task.index);
    tasks.push(task);
    if (parent >= 0) {
      tasks[parent]!.children.push(task.index);
    }
    // The chart reaches the forecast and the baseline too, so tails and ghosts are never cut off.
    firstDay = Math.min(firstDay, start, baselineStart ?? start);
    lastDay = Math.max(lastDay, end, forecastEnd ?? end, baselineEnd ?? end);
    if (t.phase !== undefined) {
      phases.add(t.phase);
    }
    if (t.owner !== undefined) {
      owners.add(t.owner);
    }
  }
  const dependencies: ModelDependency[] = [];
  for (const d of data.dependencies) {
    const from = byId.get(d.from);
    const to = byId.get(d.to);
    if (from !== undefined && to !== undefined && from !== to) {
      dependencies.push({ from, to, type: d.type, lag: d.lag });
    }
  }
  return {
    tasks,
    byId,
    dependencies,
    calendar: new WorkCalendar({
      workdays: data.calendar.workdays,
      holidays: data.calendar.holidays.map(dayRange),
      extraWorkdays: data.calendar.extraWorkdays.map(dayRange),
    }),
    projectStart,
    projectFinish,
    statusDate: dayOfIso(data.statusDate),
    baseline: hasBaseline ? (data.project.baseline ?? '') : undefined,
    slipping,
    unreliable: data.project.unreliable,
    hasMakeupDays: data.calendar.extraWorkdays.length > 0,
    firstDay,
    lastDay,
    phases: [...phases],
    owners: [...owners].sort((a, b) => a.localeCompare(b)),
    dayName: nameLookup(data.calendar.dayNames),
  };
}

function validDay(iso: string): number | undefined {
  const day = dayOfIso(iso);
  return Number.isFinite(day) ? day : undefined;
}

/** The forecast end when it is later than the planned end: the task slips. */
function laterDay(iso: string | undefined, end: number): number | undefined {
  const day = iso === undefined ? undefined : validDay(iso);
  return day !== undefined && day > end ? day : undefined;
}

function dayRange(r: IsoRange): DayRange {
  return { from: dayOfIso(r.from), to: dayOfIso(r.to) };
}

/** The first range's name that covers a day: the plan's own names come first in the list. */
function nameLookup(names: readonly NamedIsoRange[]): (day: number) => string | undefined {
  const ranges = names.map((n) => ({ ...dayRange(n), name: n.name }));
  return (day) => ranges.find((r) => r.from <= day && day <= r.to)?.name;
}
