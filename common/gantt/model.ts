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
  for (const t of data.tasks) {
    if (byId.has(t.id)) {
      continue;
    }
    const start = dayOfIso(t.start);
    // A backwards range is a diagnostic elsewhere; draw it as one day rather than a negative bar.
    const end = Math.max(start, dayOfIso(t.end));
    const parent = t.parent !== undefined ? (byId.get(t.parent) ?? -1) : -1;
    const task: ModelTask = { index: tasks.length, id: t.id, data: t, start, end, parent, children: [] };
    byId.set(t.id, task.index);
    tasks.push(task);
    if (parent >= 0) {
      tasks[parent]!.children.push(task.index);
    }
    if (start < firstDay) {
      firstDay = start;
    }
    if (end > lastDay) {
      lastDay = end;
    }
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
    firstDay,
    lastDay,
    phases: [...phases],
    owners: [...owners].sort((a, b) => a.localeCompare(b)),
    dayName: nameLookup(data.calendar.dayNames),
  };
}

function dayRange(r: IsoRange): DayRange {
  return { from: dayOfIso(r.from), to: dayOfIso(r.to) };
}

/** The first range's name that covers a day: the plan's own names come first in the list. */
function nameLookup(names: readonly NamedIsoRange[]): (day: number) => string | undefined {
  const ranges = names.map((n) => ({ ...dayRange(n), name: n.name }));
  return (day) => ranges.find((r) => r.from <= day && day <= r.to)?.name;
}

