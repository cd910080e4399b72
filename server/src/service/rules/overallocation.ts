import { defineMessages } from '../l10n/localize';
import { formatIdList, formatLoad } from '../l10n/amounts';
import { formatDay } from '../../../../common/dates';
import { findOverloads } from '../utils/loadSweep';
import { LOAD_UNIT, bookingsByPerson, loadUnits, totalLoads } from '../scheduler/personLoad';
import type { Booking } from '../scheduler/personLoad';
import type { LoadInterval } from '../utils/loadSweep';
import type { PlanRule, RuleContext } from './types';
import type { RelatedSpan } from '../model/problems';

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

/**
 * `overallocation`: on some working day a person's loads on open leaf tasks add up past their
 * capacity. Done and cancelled tasks no longer take anyone's time; milestones take none.
 */
export const overallocationRule: PlanRule = {
  codes: ['overallocation'],
  check(ctx: RuleContext): void {
    for (const [person, intervals] of bookingsByPerson(ctx.schedule)) {
      report(ctx, person, intervals);
    }
  },
};

function report(ctx: RuleContext, person: string, intervals: readonly LoadInterval<Booking>[]): void {
  const m = messages[ctx.locale];
  const capacity = ctx.symbols.person(person)?.capacity ?? 1;
  const overloads = findOverloads(intervals, loadUnits(capacity));
  if (overloads.size === 0) {
    return;
  }
  const loads = totalLoads(intervals);
  for (const [booking, overload] of overloads) {
    const others = [...overload.others];
    const otherIds = others.map((o) => o.task.id);
    const day = formatDay(ctx.schedule.calendar.dayOf(overload.firstAt));
    const peak = formatLoad(overload.peak / LOAD_UNIT);
    ctx.report({
      code: 'overallocation',
      span: booking.assignment.person.span,
      message:
        others.length > 0
          ? m.overallocated(person, booking.task.id, day, peak, formatLoad(capacity), formatIdList(otherIds, ctx.locale))
          : m.alone(person, booking.task.id, day, peak, formatLoad(capacity)),
      related: others.map((o): RelatedSpan => ({
        uri: o.task.uri,
        span: o.assignment.person.span,
        message: m.related(person, o.task.id, formatLoad((loads.get(o) ?? 0) / LOAD_UNIT)),
      })),
      data: { person, task: booking.task.id, firstDay: day, peak: overload.peak / LOAD_UNIT, capacity, others: otherIds },
    });
  }
}
