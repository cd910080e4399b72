import { CodeActionKind } from 'vscode-languageserver-types';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { formatDay, parseIsoDate } from '../../../../../common/dates';
import { levellingMessages } from '../../analysis/levelling/levellingMessages';
import { minimalDelay } from '../../analysis/levelling/minimalDelay';
import type { Task } from '../../model/planModel';
import { bookingsByPerson, loadUnits } from '../../scheduler/personLoad';
import type { Booking } from '../../scheduler/personLoad';
import type { LoadInterval } from '../../utils/loadSweep';
import { dataString, dataStrings, entityAt, mapOf, quickFix } from './fixContext';
import type { FixContext, QuickFixProvider } from './fixContext';
import { moveStart } from './schedule';

/** Time the person is booked for in other plans (the portfolio's `busy`), which this plan cannot move. */
interface Elsewhere {
  readonly busy: string;
}

/**
 * `overallocation` (one plan's, or the portfolio's): levelling advice, not magic. Proposes the
 * smallest delay, within its total slack, of one of the conflicting tasks of this plan that ends
 * its part in the overload (the others, and bookings in other plans, staying where they are), and
 * applies it as a new start; or says that there is none.
 */
export const overallocationFixes: QuickFixProvider = (ctx) => {
  const person = dataString(ctx, 'person');
  const own = dataString(ctx, 'task');
  if (person === undefined || own === undefined) {
    return [];
  }
  const { schedule, symbols, plan } = ctx.analysis;
  const calendar = schedule.calendar;
  const bookings = bookingsByPerson(schedule).get(person) ?? [];
  const intervals: LoadInterval<Booking | Elsewhere>[] = [...bookings, ...elsewhere(ctx, dataStrings(ctx, 'busy'))];
  const capacity = loadUnits(symbols.person(person)?.capacity ?? 1);
  const m = levellingMessages[ctx.locale];
  let best: { task: Task; booking: Booking; days: number } | undefined;
  for (const id of [own, ...dataStrings(ctx, 'others')]) {
    const task = entityAt(ctx, plan.tasks, id);
    const booking = bookings.find((iv) => iv.key.task === task)?.key;
    if (!task || !booking) {
      continue;
    }
    const days = minimalDelay(intervals, booking, capacity, booking.scheduled.slack);
    if (days !== undefined && (!best || days < best.days)) {
      best = { task, booking, days };
    }
  }
  if (best) {
    const start = calendar.dayOf(calendar.ordinal(best.booking.scheduled.start) + best.days);
    const title = m.delay(best.task.id, best.days, formatDay(start), best.booking.scheduled.slack);
    return quickFix(ctx, title, startEdits(ctx, best.task, start));
  }
  // Said as a disabled action, so the editor shows why there is nothing to apply.
  const none: CodeAction = { title: m.none(), kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], disabled: { reason: m.none() } };
  return [none];
};

/** The new start written: over the written dates where there are some, else as a fixed `start`. */
function startEdits(ctx: FixContext, task: Task, start: number): (TextEdit | undefined)[] {
  if (task.start || task.end) {
    return moveStart(ctx, task, start);
  }
  const map = mapOf(ctx, task);
  return map ? [ctx.editor.setKey(map, 'start', formatDay(start), ['id', 'name', 'phase', 'owner', 'department'])] : [];
}

/** `FROM/TO@LOAD` entries as intervals of this plan's working days. */
function elsewhere(ctx: FixContext, busy: readonly string[]): LoadInterval<Elsewhere>[] {
  const calendar = ctx.analysis.schedule.calendar;
  const out: LoadInterval<Elsewhere>[] = [];
  for (const entry of busy) {
    const match = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})@(\d+(?:\.\d+)?)$/.exec(entry);
    const from = match ? parseIsoDate(match[1]!) : undefined;
    const to = match ? parseIsoDate(match[2]!) : undefined;
    if (match && from !== undefined && to !== undefined && to >= from) {
      out.push({ key: { busy: entry }, from: calendar.ordinal(from), to: calendar.ordinal(to + 1), load: loadUnits(Number(match[3])) });
    }
  }
  return out;
}
