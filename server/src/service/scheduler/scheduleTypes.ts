import type { Dependency, Task } from '../model/planModel';
import type { WorkCalendar } from '../../../../common/calendar';
import type { HolidayPreset } from '../../../../common/calendarPresets/holidayPreset';

/**
 * One task's computed dates. Internally the scheduler works in working-time points: point `p` is
 * the start of the working day with ordinal `p`, so a task of `d` days runs from point `s` to
 * point `s + d`, and a milestone is a single point.
 */
export interface ScheduledTask {
  readonly task: Task;
  /** First and last calendar day (day numbers), as shown to users; a milestone has start === end. */
  readonly start: number;
  readonly end: number;
  /**
   * Early and late start and finish as working-time points: `calendar.dayOf(earlyStart)` is the
   * first working day, `calendar.dayOf(earlyFinish - 1)` the last. A milestone's start and finish
   * are one point; a summary's early points span its children's and its late ones add its slack.
   */
  readonly earlyStart: number;
  readonly earlyFinish: number;
  readonly lateStart: number;
  readonly lateFinish: number;
  /** Working days the task takes (`earlyFinish - earlyStart`); 0 for a milestone. */
  readonly duration: number;
  /** Total slack in working days (negative when an explicit date makes the task late). */
  readonly slack: number;
  readonly critical: boolean;
  /** Start fixed by an explicit `start` (or `end` with a duration) rather than derived. */
  readonly fixedStart: boolean;
  readonly summary: boolean;
  /** On a dependency cycle; such tasks are placed as if the cycle's edges were absent. */
  readonly inCycle: boolean;
}

/** One edge of a cycle: `task` lists `dependency` in its `depends_on`. */
export interface CycleEdge {
  readonly task: Task;
  readonly dependency: Dependency;
}

export interface DependencyCycle {
  /** The tasks of the cycle in dependency order (each waits on the previous one, the first on the last). */
  readonly tasks: readonly Task[];
  readonly edges: readonly CycleEdge[];
}

/** An explicit start earlier than a dependency allows. */
export interface DependencyViolation {
  readonly task: Task;
  readonly dependency: Dependency;
  /** The earliest start (day number) that dependency allows. */
  readonly earliestStart: number;
}

/**
 * A task whose computed dates leave the supported range (0001-01-01 to 9999-12-31, see
 * `common/dates.ts`): a huge duration or lag, or a fixed end with a long duration before it. Its
 * shown dates are clamped to the range; its working-time points are not.
 */
export interface DateOverflow {
  readonly task: Task;
  /** `after`: it would end after 9999-12-31; `before`: it would start before 0001-01-01. */
  readonly side: 'before' | 'after';
}

/** A task's first and last day, as day numbers. */
export interface ForecastDates {
  readonly start: number;
  readonly end: number;
}

/** Where the plan will land, seen from the status date; the planned dates stay beside it. */
export interface Forecast {
  readonly statusDate: number;
  /** Every task, summaries included: never earlier than planned. */
  readonly tasks: ReadonlyMap<Task, ForecastDates>;
  /** The latest forecast end. */
  readonly finish: number;
}

export interface Schedule {
  /** The plan's working calendar, its preset merged in: what every working-day count uses. */
  readonly calendar: WorkCalendar;
  /** With a status date: where the plan will land (the planned dates are `tasks`). */
  readonly forecast?: Forecast;
  /** The statutory preset the calendar was merged with (`calendar.preset`), for the names of its days. */
  readonly preset?: HolidayPreset;
  /** The project's start and its computed finish (the latest early finish), as day numbers. */
  readonly start: number;
  readonly finish: number;
  readonly tasks: ReadonlyMap<Task, ScheduledTask>;
  readonly cycles: readonly DependencyCycle[];
  readonly violations: readonly DependencyViolation[];
  /** Tasks clamped to the supported dates, in plan order. */
  readonly overflows: readonly DateOverflow[];
}
