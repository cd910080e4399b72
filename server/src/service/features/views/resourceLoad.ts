import { formatDay } from '../../../../../common/dates';
import type { ResourceBooking, ResourceLoadModel, ResourcePerson } from '../../../../../common/resourceLoad';
import { loadGrid } from '../../analysis/loadGrid';
import type { PersonLoad, PlanBookings } from '../../analysis/loadGrid';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import { planName, sharedPersonKey } from '../../analysis/portfolio/portfolioPlan';
import { LOAD_UNIT, bookingsByPerson } from '../../scheduler/personLoad';

/**
 * The load view's model of a plan and of those among `others` (the workspace's plans) that book
 * some of its people, imported from the same organisation file: each person's load per day as
 * runs, and the bookings behind it. Null when the plan books no one. The status day is the plan's.
 */
export function getResourceLoad(analysis: PlanAnalysis, others: readonly PlanAnalysis[] = []): ResourceLoadModel | null {
  // Each plan's bookings once: to tell who shares people, then for the grid.
  const bookings = new Map<PlanAnalysis, PlanBookings>();
  const bookingsOf = (a: PlanAnalysis): PlanBookings => bookings.get(a) ?? bookings.set(a, bookingsByPerson(a.schedule)).get(a)!;
  const own = bookedPeople(analysis, bookingsOf(analysis));
  const sharing = others.filter((o) => o.uri !== analysis.uri && o.plan.project && [...bookedPeople(o, bookingsOf(o))].some((key) => own.has(key)));
  const grid = loadGrid([analysis, ...sharing], bookingsOf);
  if (!grid || grid.people.length === 0) {
    return null;
  }
  const planIndex = new Map(grid.plans.map((a, i) => [a.uri, i]));
  const plans = grid.plans.map((a) => ({ uri: a.uri, name: planName(a) }));
  return {
    uri: analysis.uri,
    first: formatDay(grid.first),
    days: grid.weeks * 7,
    workdays: grid.workdays.map((w) => (w ? '1' : '0')).join(''),
    statusDay: analysis.statusDate - grid.first,
    left: grid.left,
    plans,
    people: grid.people.map((p) => person(p, grid.first, planIndex)),
  };
}

/** The people a plan books, by the key that is the same in every plan importing them. */
function bookedPeople(analysis: PlanAnalysis, bookings: PlanBookings): Set<string> {
  const keys = new Set<string>();
  for (const id of bookings.keys()) {
    keys.add(sharedPersonKey(analysis.symbols.person(id)?.uri ?? analysis.uri, id));
  }
  return keys;
}

function person(p: PersonLoad, first: number, planIndex: ReadonlyMap<string, number>): ResourcePerson {
  return {
    id: p.id,
    ...(p.name !== null ? { name: p.name } : {}),
    ...(p.department ? { department: { id: p.department.id, ...(p.department.name !== null ? { name: p.department.name } : {}) } } : {}),
    capacity: p.capacity,
    definedIn: p.definedIn,
    runs: runsOf(p.daily),
    bookings: p.contributions.map((c): ResourceBooking => {
      // From the first working day booked to the day after the last one, in calendar days of the grid.
      const from = c.calendar.dayOf(c.from) - first;
      const to = c.calendar.dayOf(c.to - 1) + 1 - first;
      const name = c.task.name?.value;
      return { plan: planIndex.get(c.planUri) ?? 0, task: c.task.id, ...(name !== undefined ? { taskName: name } : {}), load: c.load / LOAD_UNIT, from, to };
    }),
  };
}

/** Days of equal non-zero load as `[firstDay, length, load in FTE]`, flattened. */
function runsOf(daily: Float64Array): number[] {
  const runs: number[] = [];
  let d = 0;
  while (d < daily.length) {
    const units = daily[d]!;
    let end = d + 1;
    while (end < daily.length && daily[end] === units) {
      end++;
    }
    if (units !== 0) {
      runs.push(d, end - d, units / LOAD_UNIT);
    }
    d = end;
  }
  return runs;
}
