import type { Plan, Task } from '../model/planModel';
import type { WorkCalendar } from '../../../../common/calendar';
import { MAX_DAY, MIN_DAY, clampDay } from '../../../../common/dates';
import { topologicalOrder } from '../utils/graph';
import { backwardPass } from './backwardPass';
import type { BackwardResult } from './backwardPass';
import { findCycles } from './cycles';
import { computeForecast } from './forecast';
import { planCalendar } from './planCalendar';
import { forwardPass } from './forwardPass';
import type { ForwardResult } from './forwardPass';
import { buildScheduleGraph } from './graphBuild';
import type { ScheduleGraph } from './graphBuild';
import type { DateOverflow, Schedule, ScheduledTask } from './scheduleTypes';
import { dayOfInstant, pointOf, taskTiming } from './taskTiming';
import type { TaskTiming } from './taskTiming';

export interface ScheduleOptions {
  /** Day number the project starts on when `project.start` is missing. */
  readonly defaultStart: number;
  /** A status date given by the plan or the user: the schedule then has a forecast from it. */
  readonly statusDate?: number;
}

/**
 * The critical-path schedule of a plan, in working days of its calendar: a forward pass for the
 * early dates, a backward pass from the latest early finish for the late dates and slack.
 * Dependencies on cycles are reported and left out; unknown task ids are left to other rules.
 * Pure, and linear in tasks plus dependencies apart from the calendar's logarithmic conversions.
 */
export function computeSchedule(plan: Plan, options: ScheduleOptions): Schedule {
  const { calendar, preset } = planCalendar(plan.project?.calendar);
  const start = options.defaultStart;
  const graph = buildScheduleGraph(plan.tasks, calendar);
  const timings = plan.tasks.map((t, i) => taskTiming(t, graph.children[i]!.length > 0, calendar));
  const { cycles, ignored, inCycle } = findCycles(graph);
  const order = completeOrder(
    topologicalOrder(graph.digraph, (e) => e >= graph.deps.length || ignored[e] === 0),
    graph.digraph.nodeCount,
  );
  const early = forwardPass(graph, timings, order, ignored, calendar, start);
  let projectFinish = -Infinity;
  for (const f of early.earlyFinish) {
    projectFinish = Math.max(projectFinish, f);
  }
  const late = backwardPass(graph, timings, order, ignored, early, projectFinish);
  const { tasks, overflows } = collectTasks(graph, timings, early, late, inCycle, calendar);
  let finish = start;
  for (const t of tasks.values()) {
    finish = Math.max(finish, t.end);
  }
  const forecast =
    options.statusDate === undefined
      ? undefined
      : computeForecast(
          { graph, timings, order, ignored, early, calendar, projectStart: start, shown: (i) => tasks.get(graph.tasks[i]!)! },
          options.statusDate,
        );
  return {
    calendar,
    ...(preset ? { preset } : {}),
    ...(forecast ? { forecast } : {}),
    start,
    finish,
    tasks,
    cycles,
    violations: early.violations,
    overflows,
  };
}

/** Cycle edges are removed before ordering, so the order is complete; this only guards that. */
function completeOrder(order: Int32Array, nodeCount: number): Int32Array {
  if (order.length === nodeCount) {
    return order;
  }
  const seen = new Uint8Array(nodeCount);
  order.forEach((v) => (seen[v] = 1));
  const rest: number[] = [];
  seen.forEach((s, v) => s === 0 && rest.push(v));
  return Int32Array.from([...order, ...rest]);
}

function collectTasks(
  graph: ScheduleGraph,
  timings: readonly TaskTiming[],
  early: ForwardResult,
  late: BackwardResult,
  inCycle: Uint8Array,
  calendar: WorkCalendar,
): { tasks: Map<Task, ScheduledTask>; overflows: DateOverflow[] } {
  const n = graph.tasks.length;
  const overflows: DateOverflow[] = [];
  const shownStart = new Float64Array(n);
  const shownEnd = new Float64Array(n);
  const slack = Float64Array.from(late.slack);
  const critical = new Uint8Array(n);
  // Reverse document order meets every child before its parent.
  for (let i = n - 1; i >= 0; i--) {
    const timing = timings[i]!;
    if (timing.kind !== 'summary') {
      const duration = timing.kind === 'point' ? 0 : early.duration[i]!;
      shownDates(timing, pointOf(early.earlyStart[i]!), duration, early.earlyStart[i]!, calendar, shownStart, shownEnd, i);
      // Dates past the supported range cannot be written; they are reported, and shown at its end.
      if (shownStart[i]! < MIN_DAY || shownEnd[i]! > MAX_DAY) {
        overflows.push({ task: graph.tasks[i]!, side: shownEnd[i]! > MAX_DAY ? 'after' : 'before' });
        shownStart[i] = clampDay(shownStart[i]!);
        shownEnd[i] = clampDay(shownEnd[i]!);
      }
      critical[i] = slack[i]! <= 0 ? 1 : 0;
      continue;
    }
    let [lo, hi, least, anyCritical] = [Infinity, -Infinity, Infinity, 0];
    for (const c of graph.children[i]!) {
      lo = Math.min(lo, shownStart[c]!);
      hi = Math.max(hi, shownEnd[c]!);
      least = Math.min(least, slack[c]!);
      anyCritical |= critical[c]!;
    }
    [shownStart[i], shownEnd[i], slack[i], critical[i]] = [lo, hi, least, anyCritical];
  }
  const out = new Map<Task, ScheduledTask>();
  for (let i = 0; i < n; i++) {
    const task = graph.tasks[i]!;
    const timing = timings[i]!;
    const summary = timing.kind === 'summary';
    const earlyStart = pointOf(early.earlyStart[i]!);
    const earlyFinish = summary ? pointOf(early.earlyFinish[i]!) : earlyStart + (timing.kind === 'point' ? 0 : early.duration[i]!);
    out.set(task, {
      task,
      start: shownStart[i]!,
      end: shownEnd[i]!,
      earlyStart,
      earlyFinish,
      lateStart: summary ? earlyStart + slack[i]! : late.lateStart[i]!,
      lateFinish: summary ? earlyFinish + slack[i]! : late.lateFinish[i]!,
      duration: earlyFinish - earlyStart,
      slack: slack[i]!,
      critical: critical[i] === 1,
      fixedStart: timing.kind === 'fixed' || (timing.kind === 'point' && timing.date !== undefined),
      summary,
      inCycle: inCycle[i] === 1,
    });
  }
  return { tasks: out, overflows: overflows.reverse() };
}

/** First and last day as shown, into `starts[i]` and `ends[i]`: written dates as written, computed ones from the points. */
function shownDates(
  timing: Exclude<TaskTiming, { kind: 'summary' }>,
  s: number,
  d: number,
  startAt: number,
  calendar: WorkCalendar,
  starts: Float64Array,
  ends: Float64Array,
  i: number,
): void {
  switch (timing.kind) {
    case 'point':
      starts[i] = ends[i] = timing.date ?? dayOfInstant(calendar, startAt);
      break;
    case 'fixed':
      starts[i] = timing.shownStart ?? calendar.dayOf(s);
      ends[i] = timing.shownEnd ?? calendar.dayOf(s + d - 1);
      break;
    case 'endOnly':
      starts[i] = calendar.dayOf(s);
      ends[i] = s + d === timing.finish ? timing.writtenEnd : calendar.dayOf(s + d - 1);
      break;
    case 'derived':
      starts[i] = calendar.dayOf(s);
      ends[i] = calendar.dayOf(s + d - 1);
      break;
    case 'pinned':
      starts[i] = d === 0 ? dayOfInstant(calendar, startAt) : calendar.dayOf(s);
      ends[i] = d === 0 ? starts[i]! : calendar.dayOf(s + d - 1);
      break;
  }
}
