import type { ScheduleGraph } from './graphBuild';
import type { ForwardResult } from './forwardPass';
import { subtractLag } from './taskTiming';
import type { TaskTiming } from './taskTiming';

/** Late dates of every leaf task, as working-time points, and its total slack in working days. */
export interface BackwardResult {
  readonly lateStart: Float64Array;
  readonly lateFinish: Float64Array;
  readonly slack: Float64Array;
}

/**
 * Walks the graph backwards from the project finish (the latest early finish). `lsBound` and
 * `lfBound` hold the latest start and finish instants each node's successors allow; on a gate
 * node they collect the latest start and finish of its descendants, which is what the summary's
 * own predecessors must respect.
 */
export function backwardPass(
  graph: ScheduleGraph,
  timings: readonly TaskTiming[],
  order: Int32Array,
  ignored: Uint8Array,
  early: ForwardResult,
  projectFinish: number,
): BackwardResult {
  const n = graph.tasks.length;
  const nodes = graph.digraph.nodeCount;
  const { earlyStart: es, duration } = early;
  // Every task, not only those without successors, is bound by the project finish: with leads a
  // successor's late date could otherwise let a predecessor finish after the project does.
  const lfBound = new Float64Array(nodes).fill(projectFinish, 0, n).fill(Infinity, n);
  const lsBound = new Float64Array(nodes).fill(Infinity);
  const lateStart = new Float64Array(n);
  const lateFinish = new Float64Array(n);
  const slack = new Float64Array(n);
  const owner = new Int32Array(nodes).fill(-1);
  graph.gate.forEach((g, i) => g !== -1 && (owner[g] = i));

  const pushToPredecessors = (task: number, ls: number, lf: number): void => {
    for (let k = graph.depStart[task]!; k < graph.depStart[task + 1]!; k++) {
      if (ignored[k]) {
        continue;
      }
      const d = graph.deps[k]!;
      switch (d.type) {
        case 'FS':
          lfBound[d.pred] = Math.min(lfBound[d.pred]!, subtractLag(ls, d.lag));
          break;
        case 'SS':
          lsBound[d.pred] = Math.min(lsBound[d.pred]!, subtractLag(ls, d.lag));
          break;
        case 'FF':
          lfBound[d.pred] = Math.min(lfBound[d.pred]!, subtractLag(lf, d.lag));
          break;
        case 'SF':
          // Inverse of the forward SF constraint: the latest start whose day's end, plus lag, is no later than lf.
          lsBound[d.pred] = Math.min(lsBound[d.pred]!, 2 * Math.floor((lf - 2 * d.lag - 1) / 2));
          break;
      }
    }
  };
  const pushToParentGate = (task: number, ls: number, lf: number): void => {
    const p = graph.parent[task]!;
    if (p !== -1) {
      const pg = graph.gate[p]!;
      lsBound[pg] = Math.min(lsBound[pg]!, ls);
      lfBound[pg] = Math.min(lfBound[pg]!, lf);
    }
  };

  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i]!;
    if (v >= n) {
      const task = owner[v]!;
      pushToPredecessors(task, lsBound[v]!, lfBound[v]!);
      pushToParentGate(task, lsBound[v]!, lfBound[v]!);
      continue;
    }
    const timing = timings[v]!;
    if (timing.kind === 'summary') {
      // The summary finishes with its last child, so all children share its finish bound; it
      // starts with its first, so only the children that start with it share its start bound.
      for (const c of graph.children[v]!) {
        lfBound[c] = Math.min(lfBound[c]!, lfBound[v]!);
        if (es[c] === es[v]) {
          lsBound[c] = Math.min(lsBound[c]!, lsBound[v]!);
        }
      }
      continue;
    }
    let ls: number;
    let lf: number;
    if (timing.kind === 'point') {
      ls = lf = Math.min(lfBound[v]!, lsBound[v]!);
      slack[v] = Math.floor((ls - es[v]!) / 2);
      lateStart[v] = lateFinish[v] = Math.ceil(es[v]! / 2) + slack[v]!;
    } else {
      const d = duration[v]!;
      const finish = Math.min(Math.floor((lfBound[v]! + 1) / 2), Math.floor(lsBound[v]! / 2) + d);
      lateFinish[v] = finish;
      lateStart[v] = finish - d;
      slack[v] = finish - d - es[v]! / 2;
      // Successors constrain a task's points, so as instants its late finish is the start of
      // the next working day, not the end of its last one.
      ls = 2 * (finish - d);
      lf = 2 * finish;
    }
    pushToPredecessors(v, ls, lf);
    pushToParentGate(v, ls, lf);
  }
  return { lateStart, lateFinish, slack };
}
