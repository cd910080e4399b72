import type { Assignment, Task } from '../model/planModel';
import { isClosed } from '../model/taskState';
import type { LoadInterval } from '../utils/loadSweep';
import type { Schedule, ScheduledTask } from './scheduleTypes';

/**
 * Loads are summed in millionths of an FTE, so 0.5 + 0.3 + 0.2 is exactly 1. Every load
 * computation (the `overallocation` rule, the portfolio, levelling) counts in these units.
 */
export const LOAD_UNIT = 1_000_000;

/** One person's listing on one task that takes their time. */
export interface Booking {
  readonly task: Task;
  readonly scheduled: ScheduledTask;
  readonly assignment: Assignment;
}

/** Whether a task takes its assignees' time: open leaf tasks do; summaries, milestones, done and cancelled ones do not. */
export function takesTime(scheduled: ScheduledTask): boolean {
  const task = scheduled.task;
  return task.children.length === 0 && !task.milestone && !scheduled.summary && !isClosed(task);
}

/** A load in FTE as integer units. */
export function loadUnits(load: number): number {
  return Math.round(load * LOAD_UNIT);
}

/**
 * Every person's bookings as intervals of working-day ordinals (`to` exclusive), in plan order,
 * by person id. Working-day ordinals, so two tasks that only share a weekend do not overlap. A
 * person listed twice on one task is booked twice under one key (the first listing's), so that
 * they are reported once.
 */
export function bookingsByPerson(schedule: Schedule): Map<string, LoadInterval<Booking>[]> {
  const calendar = schedule.calendar;
  const byPerson = new Map<string, LoadInterval<Booking>[]>();
  // The schedule holds every task of the plan, in the plan's order.
  for (const scheduled of schedule.tasks.values()) {
    if (!takesTime(scheduled)) {
      continue;
    }
    const task = scheduled.task;
    const from = calendar.ordinal(scheduled.start);
    const to = calendar.ordinal(scheduled.end + 1);
    for (const assignment of task.assignees) {
      const id = assignment.person.id;
      let list = byPerson.get(id);
      if (!list) {
        list = [];
        byPerson.set(id, list);
      }
      list.push({ key: earlierBooking(list, task) ?? { task, scheduled, assignment }, from, to, load: loadUnits(assignment.load) });
    }
  }
  return byPerson;
}

/**
 * The booking of the person's earlier listing on the same task, if any: it would be the last one on
 * their list, as the task's listings are read one after the other.
 */
function earlierBooking(list: readonly LoadInterval<Booking>[], task: Task): Booking | undefined {
  const last = list[list.length - 1];
  return last?.key.task === task ? last.key : undefined;
}

/** Each key's total load over its intervals (a person listed twice on a task counts twice). */
export function totalLoads<K>(intervals: readonly LoadInterval<K>[]): Map<K, number> {
  const loads = new Map<K, number>();
  for (const iv of intervals) {
    loads.set(iv.key, (loads.get(iv.key) ?? 0) + iv.load);
  }
  return loads;
}
