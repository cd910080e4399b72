import { formatDay } from '../../../../../common/dates';
import { covers, loadGrid } from '../../analysis/loadGrid';
import type { LoadContribution, PersonLoad } from '../../analysis/loadGrid';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import { planName } from '../../analysis/portfolio/portfolioPlan';
import type { Task } from '../../model/planModel';
import { LOAD_UNIT, loadUnits } from '../../scheduler/personLoad';
import { uriBasename } from '../../utils/uri';
import { ReportFacts } from './reportBasics';
import type { NamedRef, ReportHeader, ReportOptions } from './reportTypes';

export { MAX_LOAD_WEEKS, mondayOf } from '../../analysis/loadGrid';

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

/** The load report of plans analysed with the same options (a folder's plans, or one plan alone). */
export function loadReport(analyses: readonly PlanAnalysis[], options: Pick<ReportOptions, 'statusDate'>): LoadReport {
  const grid = loadGrid(analyses);
  const plans = (grid?.plans ?? []).map((a): LoadPlan => ({ name: planName(a), file: uriBasename(a.uri), ...new ReportFacts(a).header(options) }));
  if (!grid) {
    return { kind: 'load', plans, weeks: [], weeks_left_out: { before: 0, after: 0 }, people: [] };
  }
  return {
    kind: 'load',
    plans,
    weeks: Array.from({ length: grid.weeks }, (_, w) => formatDay(grid.first + 7 * w)),
    weeks_left_out: grid.left,
    people: grid.people.map((person) => personRow(person, grid.first, grid.weeks, grid.workdays)),
  };
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
function taskLoads(contributions: readonly LoadContribution[]): LoadTask[] {
  const byTask = new Map<Task, { plan: string; units: number }>();
  for (const c of contributions) {
    const seen = byTask.get(c.task);
    byTask.set(c.task, { plan: c.plan, units: (seen?.units ?? 0) + c.load });
  }
  return [...byTask].map(([task, { plan, units }]) => ({ plan, task: task.id, task_name: task.name?.value ?? null, load: units / LOAD_UNIT }));
}
