import { weekdayOf } from '../../../../common/dates';
import type { WorkCalendar } from '../../../../common/calendar';
import type { Task } from '../model/planModel';
import { bookingsByPerson } from '../scheduler/personLoad';
import { uriBasename } from '../utils/uri';
import type { PlanAnalysis } from './planAnalysis';
import { planName, sharedPersonKey } from './portfolio/portfolioPlan';

/** Weeks a load grid spans at most: two years is as far as a briefing or the load view looks. */
export const MAX_LOAD_WEEKS = 104;

/** A task's share of a person's time, in one plan. */
export interface LoadContribution {
  /** The plan's name (its project's, else its file's). */
  readonly plan: string;
  readonly planUri: string;
  readonly task: Task;
  /** In load units (`LOAD_UNIT`). */
  readonly load: number;
  readonly calendar: WorkCalendar;
  /** Working-day ordinals `[from, to)` of the plan's calendar, within the grid. */
  readonly from: number;
  readonly to: number;
}

/** One person's load on each day of the grid, over every plan that books them. */
export interface PersonLoad {
  readonly id: string;
  readonly name: string | null;
  readonly department: { readonly id: string; readonly name: string | null } | null;
  /** In FTE, as the person's definition gives it (1 by default). */
  readonly capacity: number;
  /** The file that defines the person: the organisation file plans share, or a plan of their own. */
  readonly definedIn: string;
  /** Load units by day of the grid. */
  readonly daily: Float64Array;
  readonly contributions: LoadContribution[];
}

/**
 * Load per person per day over whole ISO weeks, across plans: people imported from one
 * organisation file into several plans are one person, their bookings counted together; people a
 * plan defines itself are its own. Bookings as the `overallocation` rule counts them.
 */
export interface LoadGrid {
  /** The plans counted, sorted by URI. */
  readonly plans: readonly PlanAnalysis[];
  /** The Monday the grid starts on (a day number). */
  readonly first: number;
  readonly weeks: number;
  /** Weeks of the plans' span before the grid and after it (a span past `MAX_LOAD_WEEKS`). */
  readonly left: { readonly before: number; readonly after: number };
  /** Whether any of the plans works each day of the grid. */
  readonly workdays: readonly boolean[];
  /** People with some load, grouped by department (in order of first appearance, those without one last). */
  readonly people: readonly PersonLoad[];
}

/** The Monday of the ISO week of a day number. */
export function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** A plan's bookings by person id, as `bookingsByPerson` gives them. */
export type PlanBookings = ReturnType<typeof bookingsByPerson>;

/**
 * The load grid of plans analysed with the same options; undefined without plans. `bookingsOf`
 * lets a caller that already has the plans' bookings hand them over instead of computing them again.
 */
export function loadGrid(
  analyses: readonly PlanAnalysis[],
  bookingsOf: (analysis: PlanAnalysis) => PlanBookings = (a) => bookingsByPerson(a.schedule),
): LoadGrid | undefined {
  const sorted = [...analyses].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  if (sorted.length === 0) {
    return undefined;
  }
  const bookings = sorted.map(bookingsOf);
  const window = weekWindow(sorted, bookings);
  const first = window.first;
  const days = window.weeks * 7;
  const workdays = Array.from({ length: days }, (_, i) => sorted.some((a) => a.schedule.calendar.isWorkday(first + i)));
  const people = new Map<string, PersonLoad>();
  sorted.forEach((analysis, p) => addPlan(analysis, bookings[p]!, first, days, people));
  const rows = [...people.values()].filter((person) => person.daily.some((u) => u !== 0));
  return { plans: sorted, first, weeks: window.weeks, left: { before: window.before, after: window.after }, workdays, people: byDepartment(rows) };
}

/**
 * The weeks of the grid: those of the plans' schedules and of every booking (a task may start
 * before its project). Past `MAX_LOAD_WEEKS`, the weeks from the earliest status date on, as far
 * as the span allows: a briefing looks ahead.
 */
function weekWindow(analyses: readonly PlanAnalysis[], bookings: readonly PlanBookings[]): { first: number; weeks: number; before: number; after: number } {
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

function addPlan(analysis: PlanAnalysis, bookings: PlanBookings, first: number, days: number, people: Map<string, PersonLoad>): void {
  const { calendar } = analysis.schedule;
  const plan = planName(analysis);
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
      row.contributions.push({ plan, planUri: analysis.uri, task: iv.key.task, load: iv.load, calendar, from, to });
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

/** Whether the contribution books some working day in `[from, to)` (calendar days). */
export function covers(c: LoadContribution, from: number, to: number): boolean {
  return c.calendar.ordinal(from) < c.to && c.calendar.ordinal(to) > c.from;
}
