import { formatDay } from '../../../../../common/dates';
import { formatIdList } from '../../l10n/amounts';
import type { Locale } from '../../l10n/localize';
import type { Task } from '../../model/planModel';
import { bookingsByPerson, loadUnits } from '../../scheduler/personLoad';
import type { Booking } from '../../scheduler/personLoad';
import { findOverloads } from '../../utils/loadSweep';
import type { LoadInterval } from '../../utils/loadSweep';
import { personLabel } from '../portfolio/portfolioMessages';
import type { PlanAnalysis } from '../planAnalysis';
import { levellingMessages } from './levellingMessages';
import { minimalDelay } from './minimalDelay';

/** One change a greedy levelling proposes (or could not find), for `xproj schedule --level`. */
export interface LevellingProposal {
  readonly task: string;
  /** The planned start and the proposed one, ISO dates; equal when no delay was found. */
  readonly from: string;
  readonly to: string;
  /** Working days of delay; 0 when none within the task's slack ends the conflict. */
  readonly days: number;
  /** The person whose overallocation it ends, by id. */
  readonly person: string;
  readonly reason: string;
}

/** Passes over all people; a delay for one person can move another's booking of the same task. */
const MAX_PASSES = 8;

/**
 * What a greedy levelling would change: each overallocation, earliest first, is ended by the
 * smallest delay of one of its tasks within that task's total slack (the project's finish holds);
 * where none does, it is reported as such. Nothing is written, and successors are not moved: a
 * delay within total slack may still push successors with less free slack within theirs.
 */
export function levelPlan(analysis: PlanAnalysis, locale: Locale): LevellingProposal[] {
  const { schedule, symbols } = analysis;
  const calendar = schedule.calendar;
  const m = levellingMessages[locale];
  const shifts = new Map<Task, number>();
  const reasons = new Map<Task, { person: string; reason: string }>();
  const stuck: LevellingProposal[] = [];
  const stuckKeys = new Set<Booking>();
  const people = bookingsByPerson(schedule);
  const shifted = (intervals: readonly LoadInterval<Booking>[]): LoadInterval<Booking>[] =>
    intervals.map((iv) => {
      const k = shifts.get(iv.key.task) ?? 0;
      return k === 0 ? iv : { ...iv, from: iv.from + k, to: iv.to + k };
    });
  for (let pass = 0, changed = true; changed && pass < MAX_PASSES; pass++) {
    changed = false;
    for (const [id, intervals] of people) {
      const person = symbols.person(id);
      const capacity = loadUnits(person?.capacity ?? 1);
      const label = personLabel(id, person?.name?.value, locale);
      for (let guard = 0; guard <= intervals.length; guard++) {
        const current = shifted(intervals);
        const overloads = [...findOverloads(current, capacity)].filter(([key]) => !stuckKeys.has(key));
        if (overloads.length === 0) {
          break;
        }
        const [key, overload] = overloads.reduce((a, b) => (b[1].firstAt < a[1].firstAt ? b : a));
        const conflict = [key, ...overload.others];
        const others = (b: Booking): string =>
          formatIdList(
            conflict.filter((o) => o.task !== b.task).map((o) => o.task.id),
            locale,
          );
        const day = formatDay(calendar.dayOf(overload.firstAt));
        let best: { booking: Booking; days: number } | undefined;
        for (const booking of conflict) {
          const room = booking.scheduled.slack - (shifts.get(booking.task) ?? 0);
          const days = minimalDelay(current, booking, capacity, room);
          // The smallest delay; on a tie, the task that starts later gives way.
          if (days !== undefined && (!best || days < best.days || (days === best.days && booking.scheduled.start > best.booking.scheduled.start))) {
            best = { booking, days };
          }
        }
        if (!best) {
          conflict.forEach((b) => stuckKeys.add(b));
          const start = formatDay(key.scheduled.start);
          stuck.push({ task: key.task.id, from: start, to: start, days: 0, person: id, reason: m.stuck(label, day, others(key)) });
          continue;
        }
        const task = best.booking.task;
        shifts.set(task, (shifts.get(task) ?? 0) + best.days);
        if (!reasons.has(task)) {
          reasons.set(task, { person: id, reason: m.overloaded(label, day, others(best.booking)) });
        }
        changed = true;
      }
    }
  }
  const moved: LevellingProposal[] = [];
  for (const [task, days] of shifts) {
    const scheduled = schedule.tasks.get(task)!;
    const why = reasons.get(task)!;
    moved.push({
      task: task.id,
      from: formatDay(scheduled.start),
      to: formatDay(calendar.dayOf(calendar.ordinal(scheduled.start) + days)),
      days,
      person: why.person,
      reason: why.reason,
    });
  }
  return [...moved, ...stuck].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
