import type { Task } from '../model/planModel';
import type { WorkCalendar } from '../../../../common/calendar';
import { workingDays } from './graphBuild';

/*
 * Instants. Working-time point `p` is both the end of working day p-1 and the start of working
 * day p; for tasks that difference does not matter, for milestones it decides the day shown and
 * whether a successor may start that same day. So the passes compute in instants: 2p is the start
 * of working day p and 2p-1 the end of working day p-1. Their order is the real-time order (end of
 * Friday before start of Monday). A lag of L working days moves an instant by 2L, except that
 * working forward from the start of a day ends at the end of one (Monday's start plus 1d is the
 * end of Monday, as in TaskJuggler), hence 2L - 1. Tasks that take time are constrained by the
 * point of an instant (`pointOf`); only milestones keep the side of the night.
 */

/** `instant` moved by `lag` working days. */
export function addLag(instant: number, lag: number): number {
  return lag > 0 && instant % 2 === 0 ? instant + 2 * lag - 1 : instant + 2 * lag;
}

/** The latest instant that, moved by `lag` working days, is still no later than `instant`. */
export function subtractLag(instant: number, lag: number): number {
  return lag > 0 ? 2 * (Math.floor((instant + 1) / 2) - lag) : instant - 2 * lag;
}

export function startInstant(point: number): number {
  return 2 * point;
}

/** The end of working day `point - 1`. */
export function endInstant(point: number): number {
  return 2 * point - 1;
}

/** The working-time point of an instant. */
export function pointOf(instant: number): number {
  return Math.ceil(instant / 2);
}

/** The calendar day an instant falls on. */
export function dayOfInstant(calendar: WorkCalendar, instant: number): number {
  return calendar.dayOf(Math.floor(instant / 2));
}

/** The end of a calendar day, working or not: the end of the last working day up to it. */
export function endOfDay(calendar: WorkCalendar, day: number): number {
  return endInstant(calendar.ordinal(day + 1));
}

/** How a task's own fields place it, before dependencies are looked at. */
export type TaskTiming =
  /** Spans its children; an explicit `start` is a floor for all descendants. */
  | { readonly kind: 'summary'; readonly writtenStart?: number }
  /** A milestone or a zero-length task; `date` is its written day, if any. `actual`: that day is a fact. */
  | { readonly kind: 'point'; readonly date?: number; readonly actual?: boolean }
  /**
   * Start fixed by `start`, or by `end` with a duration. `actual`: fixed by an actual date, a fact
   * no dependency can contradict.
   */
  | {
      readonly kind: 'fixed';
      readonly start: number;
      readonly duration: number;
      readonly shownStart?: number;
      readonly shownEnd?: number;
      readonly actual?: boolean;
    }
  /** Only `end`: the start comes from dependencies, the finish point stays. */
  | { readonly kind: 'endOnly'; readonly finish: number; readonly writtenEnd: number }
  | { readonly kind: 'derived'; readonly duration: number }
  /** Placed already, as instants (the forecast keeps what is done where it was). */
  | { readonly kind: 'pinned'; readonly earlyStart: number; readonly earlyFinish: number; readonly duration: number };

export function taskTiming(task: Task, isSummary: boolean, calendar: WorkCalendar): TaskTiming {
  // Actual dates are facts: they replace the planned ones.
  const actual = task.actualStart !== undefined || task.actualEnd !== undefined;
  const start = task.actualStart?.day ?? task.start?.day;
  const end = task.actualEnd?.day ?? task.end?.day;
  if (isSummary) {
    return { kind: 'summary', writtenStart: task.start?.day };
  }
  const given = task.duration ? Math.max(0, workingDays(task.duration, calendar)) : undefined;
  if (task.milestone || given === 0) {
    const date = task.actualEnd?.day ?? task.actualStart?.day ?? start ?? end;
    return actual ? { kind: 'point', date, actual } : { kind: 'point', date };
  }
  if (start !== undefined) {
    const s = calendar.ordinal(start);
    const fact = actual ? { actual } : {};
    if (end === undefined) {
      return { kind: 'fixed', start: s, duration: given ?? 1, shownStart: start, ...fact };
    }
    const span = calendar.workdaysBetween(start, end);
    // An end before the start is `date-order`'s to report; the task still takes a day.
    return span >= 1
      ? { kind: 'fixed', start: s, duration: span, shownStart: start, shownEnd: end, ...fact }
      : { kind: 'fixed', start: s, duration: 1, shownStart: start, ...fact };
  }
  if (end !== undefined) {
    const finish = calendar.ordinal(end + 1);
    return given !== undefined ? { kind: 'fixed', start: finish - given, duration: given, shownEnd: end } : { kind: 'endOnly', finish, writtenEnd: end };
  }
  return { kind: 'derived', duration: given ?? 1 };
}
