import type { WorkCalendar } from '../../../../common/calendar';
import { isClosedStatus } from '../../../../common/taskStatus';
import type { Task } from '../model/planModel';
import { forwardPass } from './forwardPass';
import type { ForwardResult } from './forwardPass';
import type { ScheduleGraph } from './graphBuild';
import type { Forecast, ForecastDates } from './scheduleTypes';
import { dayOfInstant, endInstant, pointOf, startInstant } from './taskTiming';
import type { TaskTiming } from './taskTiming';

/** What the forecast needs of the planning pass. */
export interface PlannedPass {
  readonly graph: ScheduleGraph;
  readonly timings: readonly TaskTiming[];
  readonly order: Int32Array;
  readonly ignored: Uint8Array;
  readonly early: ForwardResult;
  readonly calendar: WorkCalendar;
  readonly projectStart: number;
  /** Shown first and last day of each task (summaries span their children). */
  readonly shown: (task: number) => ForecastDates;
}

/**
 * Where the plan will really land, seen from the status date (the contract's "Forecast"). Work that
 * is not finished cannot be done before the status date: a started task does its remaining share
 * from the first working day on or after it; a task that should have started and has not starts
 * then; successors move through their dependencies as in planning; nothing moves earlier than
 * planned. What is done (status `done` or `cancelled`, or an `actual_end`) stays where it is.
 * It is the planning pass again, with what is done pinned and a floor under the rest.
 */
export function computeForecast(planned: PlannedPass, statusDate: number): Forecast {
  const { graph, timings, early, calendar } = planned;
  const n = graph.tasks.length;
  const statusPoint = calendar.ordinal(statusDate);
  const notBefore = new Float64Array(graph.digraph.nodeCount).fill(-Infinity);
  const forecastTimings: TaskTiming[] = timings.map((timing, i) => {
    if (timing.kind === 'summary') {
      return timing;
    }
    const task = graph.tasks[i]!;
    const es = early.earlyStart[i]!;
    const ef = early.earlyFinish[i]!;
    const duration = timing.kind === 'point' ? 0 : early.duration[i]!;
    if (isFinished(task)) {
      return { kind: 'pinned', earlyStart: es, earlyFinish: ef, duration };
    }
    if (isStarted(task) && duration > 0) {
      const remaining = remainingDays(duration, task.progress?.value ?? 0);
      const finish = remaining > 0 ? Math.max(ef, endInstant(statusPoint + remaining)) : ef;
      return { kind: 'pinned', earlyStart: es, earlyFinish: finish, duration: pointOf(finish) - pointOf(es) };
    }
    // Not started: from its dependencies, never before its planned start, nor before the status
    // date when it should have started already.
    const floor = es < startInstant(statusPoint) ? startInstant(statusPoint) : es;
    notBefore[i] = floor;
    return timing.kind === 'point' ? { kind: 'point' } : { kind: 'derived', duration };
  });
  const forecast = forwardPass(graph, forecastTimings, planned.order, planned.ignored, calendar, planned.projectStart, notBefore);
  const tasks = new Map<Task, ForecastDates>();
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const timing = forecastTimings[i]!;
    if (timing.kind === 'summary') {
      let [lo, hi] = [Infinity, -Infinity];
      for (const c of graph.children[i]!) {
        lo = Math.min(lo, starts[c]!);
        hi = Math.max(hi, ends[c]!);
      }
      [starts[i], ends[i]] = [lo, hi];
      continue;
    }
    const plannedDates = planned.shown(i);
    if (timing.kind === 'pinned' && timing.earlyFinish === early.earlyFinish[i]) {
      // Kept as planned: its shown dates too (written dates stay as written).
      [starts[i], ends[i]] = [plannedDates.start, plannedDates.end];
      continue;
    }
    const s = pointOf(forecast.earlyStart[i]!);
    const d = timing.kind === 'point' ? 0 : forecast.duration[i]!;
    const start = d === 0 ? dayOfInstant(calendar, forecast.earlyStart[i]!) : calendar.dayOf(s);
    const end = d === 0 ? start : calendar.dayOf(s + d - 1);
    // Nothing moves earlier than planned, whatever the night side of a milestone says.
    starts[i] = Math.max(start, plannedDates.start);
    ends[i] = Math.max(end, plannedDates.end);
  }
  let finish = -Infinity;
  for (let i = 0; i < n; i++) {
    tasks.set(graph.tasks[i]!, { start: starts[i]!, end: ends[i]! });
    finish = Math.max(finish, ends[i]!);
  }
  return { statusDate, tasks, finish };
}

/** Done, cancelled, or with an actual end: a fact, not a forecast. */
function isFinished(task: Task): boolean {
  return isClosedStatus(task.status?.value) || task.actualEnd !== undefined;
}

function isStarted(task: Task): boolean {
  const status = task.status?.value;
  return task.actualStart !== undefined || status === 'in-progress' || status === 'blocked';
}

/** `ceil(duration × (100 − progress) / 100)` working days, at least 1 unless the progress is 100. */
export function remainingDays(duration: number, progress: number): number {
  const share = Math.min(100, Math.max(0, progress));
  if (share >= 100) {
    return 0;
  }
  return Math.max(1, Math.ceil((duration * (100 - share)) / 100));
}
