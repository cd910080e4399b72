import { defineMessages } from '../l10n/localize';
import type { Assignment, Task } from '../model/planModel';
import { formatIdList, formatLoad } from '../l10n/amounts';
import { formatDay } from '../../../../common/dates';
import { findOverloads } from '../utils/loadSweep';
import { isClosed } from '../model/taskState';
import type { LoadInterval } from '../utils/loadSweep';
import type { PlanRule, RuleContext } from './types';
import type { RelatedSpan } from '../model/problems';

/** Loads are summed in millionths of an FTE, so 0.5 + 0.3 + 0.2 is exactly 1. */
const UNIT = 1_000_000;

const messages = defineMessages(
  {
    overallocated: (person: string, task: string, day: string, peak: string, capacity: string, others: string) =>
      `'${person}' is overallocated on task '${task}' from ${day}: together with ${others}, the load reaches ${peak} FTE against a capacity of ${capacity}.`,
    alone: (person: string, task: string, day: string, peak: string, capacity: string) =>
      `'${person}' is booked for ${peak} FTE on task '${task}' from ${day}, more than their capacity of ${capacity}.`,
    related: (person: string, task: string, load: string) => `'${person}' on task '${task}' (${load} FTE)`,
  },
  {
    overallocated: (person, task, day, peak, capacity, others) =>
      `“${person}”自 ${day} 起在任务“${task}”上超负荷：与${others}叠加后负荷达 ${peak} FTE，超出其产能 ${capacity} FTE。`,
    alone: (person, task, day, peak, capacity) => `“${person}”自 ${day} 起在任务“${task}”上的投入为 ${peak} FTE，超出其产能 ${capacity} FTE。`,
    related: (person, task, load) => `“${person}”在任务“${task}”上的投入（${load} FTE）`,
  },
);

interface Booking {
  readonly task: Task;
  readonly assignment: Assignment;
}

/**
 * `overallocation`: on some working day a person's loads on open leaf tasks add up past their
 * capacity. Done and cancelled tasks no longer take anyone's time; milestones take none.
 */
export const overallocationRule: PlanRule = {
  codes: ['overallocation'],
  check(ctx: RuleContext): void {
    for (const [person, intervals] of bookingsByPerson(ctx)) {
      report(ctx, person, intervals);
    }
  },
};

function bookingsByPerson(ctx: RuleContext): Map<string, LoadInterval<Booking>[]> {
  const calendar = ctx.schedule.calendar;
  const byPerson = new Map<string, LoadInterval<Booking>[]>();
  // The schedule holds every task of the plan, in the plan's order.
  for (const scheduled of ctx.schedule.tasks.values()) {
    const task = scheduled.task;
    if (task.children.length > 0 || task.milestone || scheduled.summary || isClosed(task)) {
      continue;
    }
    // Working-day ordinals, so two tasks that only share a weekend do not overlap.
    const from = calendar.ordinal(scheduled.start);
    const to = calendar.ordinal(scheduled.end + 1);
    for (const assignment of task.assignees) {
      const id = assignment.person.id;
      let list = byPerson.get(id);
      if (!list) {
        list = [];
        byPerson.set(id, list);
      }
      // A person listed twice on one task is booked twice, but reported once: both share the first listing's key.
      list.push({ key: earlierBooking(list, task) ?? { task, assignment }, from, to, load: Math.round(assignment.load * UNIT) });
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

function report(ctx: RuleContext, person: string, intervals: readonly LoadInterval<Booking>[]): void {
  const m = messages[ctx.locale];
  const capacity = ctx.symbols.person(person)?.capacity ?? 1;
  const overloads = findOverloads(intervals, Math.round(capacity * UNIT));
  if (overloads.size === 0) {
    return;
  }
  const loads = new Map<Booking, number>();
  for (const iv of intervals) {
    loads.set(iv.key, (loads.get(iv.key) ?? 0) + iv.load);
  }
  for (const [booking, overload] of overloads) {
    const others = [...overload.others];
    const otherIds = others.map((o) => o.task.id);
    const day = formatDay(ctx.schedule.calendar.dayOf(overload.firstAt));
    const peak = formatLoad(overload.peak / UNIT);
    ctx.report({
      code: 'overallocation',
      span: booking.assignment.person.span,
      message:
        others.length > 0
          ? m.overallocated(person, booking.task.id, day, peak, formatLoad(capacity), formatIdList(otherIds, ctx.locale))
          : m.alone(person, booking.task.id, day, peak, formatLoad(capacity)),
      related: others.map(
        (o): RelatedSpan => ({ uri: o.task.uri, span: o.assignment.person.span, message: m.related(person, o.task.id, formatLoad((loads.get(o) ?? 0) / UNIT)) }),
      ),
      data: { person, task: booking.task.id, firstDay: day, peak: overload.peak / UNIT, capacity, others: otherIds },
    });
  }
}
