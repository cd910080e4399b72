import { formatDay } from '../../../../../common/dates';
import { formatLoad } from '../../l10n/amounts';
import type { Locale } from '../../l10n/localize';
import type { LeveledProblem, RelatedSpan } from '../../model/problems';
import { LOAD_UNIT, loadUnits } from '../../scheduler/personLoad';
import { findOverloads } from '../../utils/loadSweep';
import type { LoadInterval } from '../../utils/loadSweep';
import { personLabel, portfolioMessages } from './portfolioMessages';
import type { PortfolioBooking, PortfolioPlan, SharedPersonKey } from './portfolioPlan';

/** What checking plans together adds to each. */
export interface PortfolioResult {
  /** Extra `overallocation` problems by plan URI, levelled as each plan says; only plans that have some. */
  readonly problems: ReadonlyMap<string, readonly LeveledProblem[]>;
  /**
   * The plans that share people, directly or through another plan, as groups of URIs in URI
   * order; a plan that shares nobody is in no group and nothing of it reaches the others.
   */
  readonly groups: readonly (readonly string[])[];
}

interface Entry {
  readonly plan: number;
  readonly booking: PortfolioBooking;
}

/**
 * Checks plans together: a person imported from one organisation file into several plans, whose
 * bookings across those plans add up past their capacity on a day, gets `overallocation` on each
 * booking that takes part together with a booking of another plan. Overloads within one plan alone
 * are that plan's own rule's. Pure: the plans come as `portfolioPlanOf` summaries.
 *
 * With `only`, problems are made for those plans alone (the groups still cover every plan): an
 * editor needs the problems of its open plans, not of the whole workspace, on each edit.
 */
export function checkPortfolio(given: readonly PortfolioPlan[], locale: Locale, only?: ReadonlySet<string>): PortfolioResult {
  // In URI order, so that the same plans give the same messages whichever plan a host starts from.
  const plans = [...given].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const byPerson = new Map<SharedPersonKey, Entry[]>();
  plans.forEach((plan, index) => {
    for (const booking of plan.bookings) {
      let list = byPerson.get(booking.person);
      if (!list) {
        list = [];
        byPerson.set(booking.person, list);
      }
      list.push({ plan: index, booking });
    }
  });
  const components = new UnionFind(plans.length);
  const problems = new Map<string, LeveledProblem[]>();
  for (const entries of byPerson.values()) {
    const first = entries[0]!.plan;
    if (entries.every((e) => e.plan === first)) {
      continue;
    }
    for (const e of entries) {
      components.union(first, e.plan);
    }
    const wanted = only ? entries.filter((e) => only.has(plans[e.plan]!.uri)) : entries;
    if (wanted.length > 0) {
      reportPerson(plans, entries, wanted, locale, problems);
    }
  }
  for (const list of problems.values()) {
    list.sort((a, b) => a.span.offset - b.span.offset || a.span.length - b.span.length);
  }
  return { problems, groups: components.groups(plans.map((p) => p.uri)) };
}

/** Other bookings named in a message; the rest are counted. */
const MAX_NAMED = 3;
/** Other bookings given as related information. */
const MAX_RELATED = 5;
/** Bookings elsewhere a quick fix is told about, nearest first. */
const MAX_BUSY = 20;

/** Reports the overloads of one person's bookings (`entries`) on those of `wanted`. */
function reportPerson(
  plans: readonly PortfolioPlan[],
  entries: readonly Entry[],
  wanted: readonly Entry[],
  locale: Locale,
  out: Map<string, LeveledProblem[]>,
): void {
  const m = portfolioMessages[locale];
  const intervals: LoadInterval<Entry>[] = [];
  for (const entry of entries) {
    const days = entry.booking.days;
    for (let i = 0; i + 1 < days.length; i += 2) {
      intervals.push({ key: entry, from: days[i]!, to: days[i + 1]!, load: entry.booking.load });
    }
  }
  const { personId, personName, capacity } = entries[0]!.booking;
  const overloads = findOverloads(intervals, loadUnits(capacity));
  if (overloads.size === 0) {
    return;
  }
  const person = personLabel(personId, personName, locale);
  const busy = new BusyElsewhere(entries);
  // Made once per booking: one booking is related to many others' problems (and numbers format slowly).
  const relatedSpans = new Map<Entry, RelatedSpan>();
  const relatedOf = (o: Entry): RelatedSpan => {
    let span = relatedSpans.get(o);
    if (!span) {
      const plan = plans[o.plan]!;
      span = { uri: plan.uri, span: o.booking.span, message: m.related(person, o.booking.task, plan.name, formatLoad(o.booking.load / LOAD_UNIT)) };
      relatedSpans.set(o, span);
    }
    return span;
  };
  const reported = wanted.length === entries.length ? undefined : new Set(wanted);
  for (const [entry, overload] of overloads) {
    if (reported && !reported.has(entry)) {
      continue;
    }
    const plan = plans[entry.plan]!;
    const others = [...overload.others];
    if (plan.level === 'off' || !others.some((o) => o.plan !== entry.plan)) {
      continue;
    }
    // The other plans' bookings first: they are what the plan's own check cannot show.
    others.sort((a, b) => Number(a.plan === entry.plan) - Number(b.plan === entry.plan));
    const described = others
      .slice(0, MAX_NAMED)
      .map((o) => (o.plan === entry.plan ? m.thisPlanTask(o.booking.task) : m.otherPlanTask(o.booking.task, plans[o.plan]!.name)));
    if (others.length > MAX_NAMED) {
      described.push(m.more(others.length - MAX_NAMED));
    }
    const related = others.slice(0, MAX_RELATED).map((o) => relatedOf(o));
    const day = formatDay(overload.firstAt);
    let list = out.get(plan.uri);
    if (!list) {
      list = [];
      out.set(plan.uri, list);
    }
    list.push({
      code: 'overallocation',
      severity: plan.level,
      span: entry.booking.span,
      message: m.overallocated(person, entry.booking.task, day, formatLoad(overload.peak / LOAD_UNIT), formatLoad(capacity), described.join(m.separator())),
      related,
      data: {
        person: personId,
        task: entry.booking.task,
        firstDay: day,
        peak: overload.peak / LOAD_UNIT,
        capacity,
        others: others.filter((o) => o.plan === entry.plan).map((o) => o.booking.task),
        otherPlans: [...new Set(others.filter((o) => o.plan !== entry.plan).map((o) => plans[o.plan]!.uri))],
        busy: busy.around(entry),
      },
    });
  }
}

/**
 * The person's bookings in the other plans, as `FROM/TO@LOAD` (ISO days, `TO` inclusive, load in
 * FTE): what a quick fix in a plan must not run into, and cannot read from that plan alone. Only
 * those a delay of the booking within its slack can reach, nearest first and at most `MAX_BUSY`,
 * so that diagnostics stay small however many plans book the person.
 */
class BusyElsewhere {
  /** Each run of each booking, formatted once, in the order of their first days. */
  private readonly runs: { readonly plan: number; readonly from: number; readonly to: number; readonly text: string }[] = [];

  constructor(entries: readonly Entry[]) {
    for (const e of entries) {
      const days = e.booking.days;
      for (let i = 0; i + 1 < days.length; i += 2) {
        this.runs.push({
          plan: e.plan,
          from: days[i]!,
          to: days[i + 1]!,
          text: `${formatDay(days[i]!)}/${formatDay(days[i + 1]! - 1)}@${e.booking.load / LOAD_UNIT}`,
        });
      }
    }
    this.runs.sort((a, b) => a.from - b.from);
  }

  around(entry: Entry): string[] {
    const days = entry.booking.days;
    const first = days[0] ?? 0;
    // Slack counts working days; two calendar days per working day, plus a fortnight, covers weekends and holidays.
    const last = (days[days.length - 1] ?? first) + 2 * Math.max(0, entry.booking.slack) + 14;
    const out: string[] = [];
    for (const run of this.runs) {
      if (run.from >= last || out.length >= MAX_BUSY) {
        break;
      }
      if (run.plan !== entry.plan && run.to > first) {
        out.push(run.text);
      }
    }
    return out;
  }
}

/** Plans joined by the people they share. */
class UnionFind {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) {
      root = this.parent[root]!;
    }
    // Path compression keeps later finds short.
    for (let j = i; this.parent[j] !== root;) {
      const next = this.parent[j]!;
      this.parent[j] = root;
      j = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) {
      this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** The components of two or more members, their members named by `names`, in index order. */
  groups(names: readonly string[]): string[][] {
    const byRoot = new Map<number, string[]>();
    names.forEach((name, i) => {
      const root = this.find(i);
      let list = byRoot.get(root);
      if (!list) {
        list = [];
        byRoot.set(root, list);
      }
      list.push(name);
    });
    return [...byRoot.values()].filter((g) => g.length > 1);
  }
}
