import type { WorkCalendar } from '../../../../common/calendar';
import type { DepEdge, ScheduleGraph } from './graphBuild';
import type { DependencyViolation } from './scheduleTypes';
import { addLag, dayOfInstant, endInstant, endOfDay, pointOf, startInstant } from './taskTiming';
import type { TaskTiming } from './taskTiming';

/** Early dates of every task, as instants (see taskTiming.ts). */
export interface ForwardResult {
  readonly earlyStart: Float64Array;
  readonly earlyFinish: Float64Array;
  /** Working days of each leaf that takes time (end-only tasks get theirs here). */
  readonly duration: Float64Array;
  readonly violations: readonly DependencyViolation[];
}

const NONE = -Infinity;

function onFinish(d: DepEdge): boolean {
  return d.type === 'FF' || d.type === 'SF';
}

/**
 * Places every task as early as its dependencies, its ancestors' dependencies and the project
 * start allow, in topological order of the graph without the cycle edges (`ignored`).
 */
export function forwardPass(
  graph: ScheduleGraph,
  timings: readonly TaskTiming[],
  order: Int32Array,
  ignored: Uint8Array,
  calendar: WorkCalendar,
  projectStart: number,
  notBefore?: Float64Array,
): ForwardResult {
  const n = graph.tasks.length;
  const nodes = graph.digraph.nodeCount;
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  const duration = new Float64Array(n);
  // Per node: on a gate, what the summary's and its ancestors' start and dependencies impose on
  // its descendants; on a leaf's own slot, that plus the leaf's dependencies.
  const floor = new Float64Array(nodes).fill(NONE);
  const startBound = new Float64Array(nodes).fill(NONE);
  const finishBound = new Float64Array(nodes).fill(NONE);
  const startBy = new Int32Array(nodes).fill(-1);
  const finishBy = new Int32Array(nodes).fill(-1);
  const hasDeps = new Uint8Array(nodes);
  const owner = new Int32Array(nodes).fill(-1);
  graph.gate.forEach((g, i) => g !== -1 && (owner[g] = i));
  const violations: DependencyViolation[] = [];
  const base = startInstant(calendar.ordinal(projectStart));

  // The contract counts SF in days: the successor's last day is no earlier than the predecessor's
  // first day plus lag, so SF measures from the end of that first day (MS Project would take the
  // start, ending the successor the day before).
  const constraint = (d: DepEdge): number => {
    const from = d.type === 'FS' || d.type === 'FF' ? ef[d.pred]! : d.type === 'SF' ? es[d.pred]! + 1 : es[d.pred]!;
    return addLag(from, d.lag);
  };

  /** Fills node `into`'s bounds: the parent gate's, raised by the task's own dependencies. */
  const collect = (task: number, into: number): void => {
    const p = graph.parent[task]!;
    const pg = p === -1 ? -1 : graph.gate[p]!;
    if (pg !== -1) {
      floor[into] = floor[pg]!;
      startBound[into] = startBound[pg]!;
      startBy[into] = startBy[pg]!;
      finishBound[into] = finishBound[pg]!;
      finishBy[into] = finishBy[pg]!;
      hasDeps[into] = hasDeps[pg]!;
    }
    for (let k = graph.depStart[task]!; k < graph.depStart[task + 1]!; k++) {
      if (ignored[k]) {
        continue;
      }
      const d = graph.deps[k]!;
      const c = constraint(d);
      hasDeps[into] = 1;
      if (onFinish(d)) {
        if (c > finishBound[into]!) {
          finishBound[into] = c;
          finishBy[into] = k;
        }
      } else if (c > startBound[into]!) {
        startBound[into] = c;
        startBy[into] = k;
      }
    }
  };

  /** Records the dependencies a written date breaks: the task's own, and its ancestors' binding ones. */
  const checkFixed = (task: number, start: number, finish: number, point: boolean): void => {
    const p = graph.parent[task]!;
    const pg = p === -1 ? -1 : graph.gate[p]!;
    const inherited = pg === -1 ? [] : [startBy[pg]!, finishBy[pg]!];
    const own: number[] = [];
    for (let k = graph.depStart[task]!; k < graph.depStart[task + 1]!; k++) {
      if (!ignored[k]) {
        own.push(k);
      }
    }
    for (const k of [...own, ...inherited]) {
      if (k === -1) {
        continue;
      }
      const d = graph.deps[k]!;
      const c = constraint(d);
      const dur = duration[task]!;
      let earliest: number | undefined;
      if (point) {
        earliest = start < c ? dayOfInstant(calendar, c) : undefined;
      } else if (!onFinish(d)) {
        earliest = start < c ? calendar.dayOf(pointOf(c)) : undefined;
      } else {
        earliest = pointOf(finish) < pointOf(c) ? calendar.dayOf(pointOf(c) - dur) : undefined;
      }
      if (earliest !== undefined) {
        violations.push({ task: graph.tasks[task]!, dependency: d.dependency, earliestStart: earliest });
      }
    }
  };

  for (const v of order) {
    if (v >= n) {
      const task = owner[v]!;
      collect(task, v);
      const timing = timings[task]!;
      if (timing.kind === 'summary' && timing.writtenStart !== undefined) {
        const written = startInstant(calendar.ordinal(timing.writtenStart));
        floor[v] = Math.max(floor[v]!, written);
        checkFixed(task, written, Infinity, false);
      }
      continue;
    }
    const timing = timings[v]!;
    if (timing.kind === 'summary') {
      let lo = Infinity;
      let hi = -Infinity;
      for (const c of graph.children[v]!) {
        lo = Math.min(lo, es[c]!);
        hi = Math.max(hi, ef[c]!);
      }
      es[v] = lo;
      ef[v] = hi;
      continue;
    }
    // A leaf's bounds live in its own node slot, which no gate uses.
    collect(v, v);
    // `notBefore`: the forecast's floor per task (its planned start, or the status date).
    const startAt = Math.max(base, floor[v]!, startBound[v]!, notBefore?.[v] ?? NONE);
    const finishAt = finishBound[v]!;
    switch (timing.kind) {
      case 'point': {
        if (timing.date !== undefined) {
          // With dependencies a written date means the end of that day, so writing the
          // predecessor's last day is no violation.
          const at = hasDeps[v] ? endOfDay(calendar, timing.date) : startInstant(calendar.ordinal(timing.date));
          es[v] = ef[v] = at;
          if (!timing.actual) {
            checkFixed(v, at, at, true);
          }
        } else {
          es[v] = ef[v] = Math.max(startAt, finishAt);
        }
        break;
      }
      case 'fixed': {
        duration[v] = timing.duration;
        es[v] = startInstant(timing.start);
        ef[v] = endInstant(timing.start + timing.duration);
        // Actual dates are facts: a dependency they contradict is no violation.
        if (!timing.actual) {
          checkFixed(v, es[v]!, ef[v]!, false);
        }
        break;
      }
      case 'pinned': {
        duration[v] = timing.duration;
        es[v] = timing.earlyStart;
        ef[v] = timing.earlyFinish;
        break;
      }
      case 'endOnly': {
        const s = pointOf(startAt);
        duration[v] = Math.max(1, timing.finish - s);
        es[v] = startInstant(s);
        ef[v] = endInstant(s + duration[v]!);
        break;
      }
      case 'derived': {
        const d = timing.duration;
        const s = Math.max(pointOf(startAt), pointOf(finishAt) - d);
        duration[v] = d;
        es[v] = startInstant(s);
        ef[v] = endInstant(s + d);
        break;
      }
    }
  }
  violations.sort((x, y) => graph.indexOf.get(x.task)! - graph.indexOf.get(y.task)!);
  return { earlyStart: es, earlyFinish: ef, duration, violations };
}
