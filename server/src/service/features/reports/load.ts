import { formatDay, weekdayOf } from '../../../../../common/dates';
import type { WorkCalendar } from '../../../../../common/calendar';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import { planName, sharedPersonKey } from '../../analysis/portfolio/portfolioPlan';
import type { Task } from '../../model/planModel';
import { LOAD_UNIT, bookingsByPerson, loadUnits } from '../../scheduler/personLoad';
import { uriBasename } from '../../utils/uri';
import { ReportFacts } from './reportBasics';
import type { NamedRef, ReportHeader, ReportOptions } from './reportTypes';

/** Weeks a load report shows at most: two years is as far as a briefing looks. */
export const MAX_LOAD_WEEKS = 104;

/** A task booking the person on a day over capacity, with the plan it belongs to. */
export interface LoadTask {
  readonly plan: string;
  readonly task: string;
  readonly task_name: string | null;
  /** The person's load on the task, in FTE. */
  readonly load: number;
}

/** One person's load in one week (Monday to Sunday). */
export interface LoadWeek {
  /** The Monday, ISO. */
  readonly week: string;
  /** The busiest day's load, in FTE. */
  readonly peak: number;
  /** The week's load over its working days (those any plan of the report works), in FTE. */
  readonly average: number;
  /** Some day of the week is loaded past the person's capacity. */
  readonly over: boolean;
  /** The plans (by name) whose tasks load the person this week. */
  readonly plans: readonly string[];
  /** When over: the tasks booked on the days over capacity. */
  readonly over_tasks: readonly LoadTask[];
}

/** A person and their weeks with load. */
export interface LoadPerson {
  readonly id: string;
  readonly name: string | null;
  readonly department: NamedRef | null;
  /** In FTE, as the person's definition gives it (1 by default). */
  readonly capacity: number;
  /** The file that defines the person: the organisation file plans share, or a plan of their own. */
  readonly defined_in: string;
  /** Only the weeks with load, in order. */
  readonly weeks: readonly LoadWeek[];
}

/** A plan the report counts, with what its own header says about it. */
export interface LoadPlan extends ReportHeader {
  readonly name: string;
  readonly file: string;
}

/**
 * Load per person per ISO week over one or more plans: people imported from one organisation file
 * into several plans are one person, their bookings counted together; people a plan defines itself
 * are its own. Bookings as the `overallocation` rule counts them (`bookingsByPerson`).
 */
export interface LoadReport {
  readonly kind: 'load';
  readonly plans: readonly LoadPlan[];
  /** Mondays of the weeks the plans' schedules span (at most `MAX_LOAD_WEEKS`), ISO. */
  readonly weeks: readonly string[];
  /** Weeks of the span before the first and after the last shown (a span past `MAX_LOAD_WEEKS`). */
  readonly weeks_left_out: { readonly before: number; readonly after: number };
  /** Grouped by department (in order of first appearance, people without one last). */
  readonly people: readonly LoadPerson[];
}

interface Contribution {
  readonly plan: string;
  readonly task: Task;
  readonly load: number;
  readonly calendar: WorkCalendar;
  /** Working-day ordinals `[from, to)` of the plan's calendar, within the window. */
  readonly from: number;
  readonly to: number;
}

interface PersonLoad {
  readonly id: string;
  readonly name: string | null;
  readonly department: NamedRef | null;
  readonly capacity: number;
  readonly definedIn: string;
  /** Load units by day of the window. */
  readonly daily: Float64Array;
  readonly contributions: Contribution[];
}

/** The Monday of the ISO week of a day number. */
export function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** The load report of plans analysed with the same options (a folder's plans, or one plan alone). */
export function loadReport(analyses: readonly PlanAnalysis[], options: Pick<ReportOptions, 'statusDate'>): LoadReport {
  const sorted = [...analyses].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const plans = sorted.map((a): LoadPlan => ({ name: planName(a), file: uriBasename(a.uri), ...new ReportFacts(a).header(options) }));
  if (sorted.length === 0) {
    return { kind: 'load', plans, weeks: [], weeks_left_out: { before: 0, after: 0 }, people: [] };
  }
  const bookings = sorted.map((a) => bookingsByPerson(a.schedule));
  const window = weekWindow(sorted, bookings);
  const first = window.first;
  const days = window.weeks * 7;
  const workdays = Array.from({ length: days }, (_, i) => sorted.some((a) => a.schedule.calendar.isWorkday(first + i)));
  const people = new Map<string, PersonLoad>();
  sorted.forEach((analysis, p) => addPlan(analysis, bookings[p]!, plans[p]!.name, first, days, people));
  const rows = [...people.values()].filter((person) => person.daily.some((u) => u !== 0));
  return {
    kind: 'load',
    plans,
    weeks: Array.from({ length: window.weeks }, (_, w) => formatDay(first + 7 * w)),
    weeks_left_out: { before: window.before, after: window.after },
    people: byDepartment(rows).map((person) => personRow(person, first, window.weeks, workdays)),
  };
}

/**
 * The weeks the report shows: those of the plans' schedules and of every booking (a task may start
 * before its project). Past `MAX_LOAD_WEEKS`, the weeks from the earliest status date on, as far
 * as the span allows: a briefing looks ahead.
 */
function weekWindow(
  analyses: readonly PlanAnalysis[],
  bookings: readonly ReturnType<typeof bookingsByPerson>[],
): { first: number; weeks: number; before: number; after: number } {
  let from = Infinity;
  let to = -Infinity;
  analyses.forEach((a, p) => {
    from = Math.min(from, a.schedule.start);
    to = Math.max(to, a.schedule.finish);
    for (const intervals of bookings[p]!.values()) {
      for (const iv of intervals) {
        from = Math.min(from, a.schedule.calendar.dayOf(iv.from));
        to = Math.max(to, a.schedule.calendar.dayOf(iv.to - 1));
      }
    }
  });
  const start = mondayOf(from);
  const span = Math.floor((mondayOf(to) - start) / 7) + 1;
  if (span <= MAX_LOAD_WEEKS) {
    return { first: start, weeks: span, before: 0, after: 0 };
  }
  const status = mondayOf(Math.min(...analyses.map((a) => a.statusDate)));
  const before = Math.min(Math.max(0, Math.floor((status - start) / 7)), span - MAX_LOAD_WEEKS);
  return { first: start + 7 * before, weeks: MAX_LOAD_WEEKS, before, after: span - MAX_LOAD_WEEKS - before };
}

function addPlan(
  analysis: PlanAnalysis,
  bookings: ReturnType<typeof bookingsByPerson>,
  plan: string,
  first: number,
  days: number,
  people: Map<string, PersonLoad>,
): void {
  const { calendar } = analysis.schedule;
  const start = calendar.ordinal(first);
  const end = calendar.ordinal(first + days);
  for (const [id, intervals] of bookings) {
    const person = analysis.symbols.person(id);
    const key = sharedPersonKey(person?.uri ?? analysis.uri, id);
    let row = people.get(key);
    if (!row) {
      const department = person?.department?.id;
      row = {
        id,
        name: person?.name?.value ?? null,
        department: department !== undefined ? { id: department, name: analysis.symbols.department(department)?.name?.value ?? null } : null,
        capacity: person?.capacity ?? 1,
        definedIn: uriBasename(person?.uri ?? analysis.uri),
        daily: new Float64Array(days),
        contributions: [],
      };
      people.set(key, row);
    }
    for (const iv of intervals) {
      const from = Math.max(iv.from, start);
      const to = Math.min(iv.to, end);
      if (from >= to || iv.load === 0) {
        continue;
      }
      for (let o = from; o < to; o++) {
        row.daily[calendar.dayOf(o) - first]! += iv.load;
      }
      row.contributions.push({ plan, task: iv.key.task, load: iv.load, calendar, from, to });
    }
  }
}

/** People grouped by department, departments in order of first appearance, those without one last. */
function byDepartment(rows: readonly PersonLoad[]): PersonLoad[] {
  const order = new Map<string, number>();
  for (const row of rows) {
    if (row.department && !order.has(row.department.id)) {
      order.set(row.department.id, order.size);
    }
  }
  const rank = (row: PersonLoad): number => (row.department ? order.get(row.department.id)! : order.size);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .map((e) => e.row);
}

function personRow(person: PersonLoad, first: number, weekCount: number, workdays: readonly boolean[]): LoadPerson {
  const capacity = loadUnits(person.capacity);
  const weeks: LoadWeek[] = [];
  for (let w = 0; w < weekCount; w++) {
    let peak = 0;
    let total = 0;
    let worked = 0;
    const overDays: number[] = [];
    for (let i = 7 * w; i < 7 * w + 7; i++) {
      const units = person.daily[i]!;
      peak = Math.max(peak, units);
      total += units;
      worked += workdays[i] ? 1 : 0;
      if (units > capacity) {
        overDays.push(first + i);
      }
    }
    if (total === 0) {
      continue;
    }
    const monday = first + 7 * w;
    const inWeek = person.contributions.filter((c) => covers(c, monday, monday + 7));
    const overTasks = person.contributions.filter((c) => overDays.some((d) => covers(c, d, d + 1)));
    weeks.push({
      week: formatDay(monday),
      peak: peak / LOAD_UNIT,
      average: Math.round((total / Math.max(worked, 1) / LOAD_UNIT) * 100) / 100,
      over: overDays.length > 0,
      plans: [...new Set(inWeek.map((c) => c.plan))],
      over_tasks: taskLoads(overTasks),
    });
  }
  return { id: person.id, name: person.name, department: person.department, capacity: person.capacity, defined_in: person.definedIn, weeks };
}

/** The tasks of the contributions, once each: a person listed twice on a task has both loads on it. */
function taskLoads(contributions: readonly Contribution[]): LoadTask[] {
  const byTask = new Map<Task, { plan: string; units: number }>();
  for (const c of contributions) {
    const seen = byTask.get(c.task);
    byTask.set(c.task, { plan: c.plan, units: (seen?.units ?? 0) + c.load });
  }
  return [...byTask].map(([task, { plan, units }]) => ({ plan, task: task.id, task_name: task.name?.value ?? null, load: units / LOAD_UNIT }));
}

/** Whether the contribution books some working day in `[from, to)` (calendar days). */
function covers(c: Contribution, from: number, to: number): boolean {
  return c.calendar.ordinal(from) < c.to && c.calendar.ordinal(to) > c.from;
}
