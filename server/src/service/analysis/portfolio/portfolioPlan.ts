import type { RuleLevel, Span } from '../../model/planModel';
import { effectiveLevel, isRuleCode } from '../../model/ruleCodes';
import type { RuleCode } from '../../model/ruleCodes';
import { bookingsByPerson, totalLoads } from '../../scheduler/personLoad';
import { uriBasename } from '../../utils/uri';
import type { PlanAnalysis } from '../planAnalysis';

/**
 * A person shared by several plans is the same person when each plan imports the same definition:
 * the same organisation file (its URI, as the imports resolve it) and the same id. People defined
 * in a plan itself are its own, whatever their id, and never shared.
 */
export type SharedPersonKey = string;

/** The key of a person defined in `definedIn` under `id`. */
export function sharedPersonKey(definedIn: string, id: string): SharedPersonKey {
  // JSON, so that no URI or id can pass for the separator.
  return JSON.stringify([definedIn, id]);
}

/** One booking of an imported person in one plan, as the portfolio needs it. */
export interface PortfolioBooking {
  readonly person: SharedPersonKey;
  readonly personId: string;
  readonly personName?: string;
  /** The person's capacity as this plan's import reads it. */
  readonly capacity: number;
  readonly task: string;
  readonly taskName?: string;
  /** The person's id in the task's `assignees`, where problems are reported. */
  readonly span: Span;
  /** Integer load units (`LOAD_UNIT`). */
  readonly load: number;
  /**
   * The working days of the booking as calendar day numbers, in runs: `[from, to)` pairs, one per
   * stretch of consecutive working days of the plan's own calendar. Plans may have different
   * calendars; a day counts for a booking when its own plan works that day.
   */
  readonly days: readonly number[];
  /** The task's total slack in working days: how far a quick fix may delay it. */
  readonly slack: number;
}

/**
 * What the portfolio needs of one plan: plain JSON, so it crosses worker threads and is cheap to
 * keep for plans that are not open.
 */
export interface PortfolioPlan {
  readonly uri: string;
  /** The project's name, else its id, else the file's name. */
  readonly name: string;
  /** The level of `overallocation` in this plan (its `rules:`, then the settings, then the default). */
  readonly level: RuleLevel;
  readonly bookings: readonly PortfolioBooking[];
}

/** The portfolio's view of one analysed plan: its bookings of imported people. */
export function portfolioPlanOf(analysis: PlanAnalysis, settingLevels?: Readonly<Record<string, RuleLevel | undefined>>): PortfolioPlan {
  const { schedule, symbols } = analysis;
  const calendar = schedule.calendar;
  const bookings: PortfolioBooking[] = [];
  // Only people from an imported file are shared: a plan importing none books no one the portfolio
  // sees, and is spared walking every booking after each keystroke.
  const shared = analysis.imports.files.length > 0 ? bookingsByPerson(schedule) : new Map<string, never>();
  for (const [id, intervals] of shared) {
    const person = symbols.person(id);
    if (!person || person.uri === analysis.uri) {
      continue;
    }
    const key = sharedPersonKey(person.uri, id);
    // A person listed twice on one task is one booking of both loads, as the plan's own rule counts it.
    for (const [booking, load] of totalLoads(intervals)) {
      const iv = intervals.find((i) => i.key === booking)!;
      const task = booking.task;
      bookings.push({
        person: key,
        personId: id,
        ...(person.name ? { personName: person.name.value } : {}),
        capacity: person.capacity,
        task: task.id,
        ...(task.name ? { taskName: task.name.value } : {}),
        span: booking.assignment.person.span,
        load,
        days: workingRuns(calendar, iv.from, iv.to),
        slack: booking.scheduled.slack,
      });
    }
  }
  return { uri: analysis.uri, name: planName(analysis), level: overallocationLevel(analysis, settingLevels), bookings };
}

/** The project's name, else its id, else the file's name: how plans are named to people. */
export function planName(analysis: PlanAnalysis): string {
  const project = analysis.plan.project;
  return project?.name?.value ?? project?.id?.value ?? uriBasename(analysis.uri);
}

function overallocationLevel(analysis: PlanAnalysis, settingLevels: Readonly<Record<string, RuleLevel | undefined>> | undefined): RuleLevel {
  const planLevels = new Map<RuleCode, RuleLevel>();
  for (const s of analysis.plan.ruleLevels) {
    if (isRuleCode(s.code)) {
      planLevels.set(s.code, s.level);
    }
  }
  return effectiveLevel('overallocation', planLevels, settingLevels);
}

/** The working days with ordinals `[from, to)` as runs of consecutive calendar days. */
function workingRuns(calendar: { dayOf(ordinal: number): number }, from: number, to: number): number[] {
  const runs: number[] = [];
  let runStart = NaN;
  let previous = NaN;
  for (let o = from; o < to; o++) {
    const day = calendar.dayOf(o);
    if (day !== previous + 1) {
      if (!Number.isNaN(runStart)) {
        runs.push(runStart, previous + 1);
      }
      runStart = day;
    }
    previous = day;
  }
  if (!Number.isNaN(runStart)) {
    runs.push(runStart, previous + 1);
  }
  return runs;
}
