import { formatDay } from '../../../../../common/dates';
import type { ResourceBooking, ResourceLoadModel, ResourcePerson } from '../../../../../common/resourceLoad';
import { loadGrid } from '../../analysis/loadGrid';
import type { PersonLoad } from '../../analysis/loadGrid';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import { planName, sharedPersonKey } from '../../analysis/portfolio/portfolioPlan';
import { LOAD_UNIT, bookingsByPerson } from '../../scheduler/personLoad';

/**
 * The load view's model of a plan and of those among `others` (the workspace's plans) that book
 * some of its people, imported from the same organisation file: each person's load per day as
 * runs, and the bookings behind it. Null when the plan books no one. The status day is the plan's.
 */
export function getResourceLoad(analysis: PlanAnalysis, others: readonly PlanAnalysis[] = []): ResourceLoadModel | null {
  const own = bookedPeople(analysis);
  const sharing = others.filter((o) => o.uri !== analysis.uri && o.plan.project && [...bookedPeople(o)].some((key) => own.has(key)));
  const analyses = [analysis, ...sharing];
  const grid = loadGrid(analyses);
  if (!grid || grid.people.length === 0) {
    return null;
  }
  const planIndex = new Map<string, number>();
  const plans = [...analyses]
    .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))
    .map((a, i) => (planIndex.set(a.uri, i), { uri: a.uri, name: planName(a) }));
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
function bookedPeople(analysis: PlanAnalysis): Set<string> {
  const keys = new Set<string>();
  for (const id of bookingsByPerson(analysis.schedule).keys()) {
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
