import { PathSearch, stronglyConnectedComponents } from '../utils/graph';
import type { CycleEdge, DependencyCycle } from './scheduleTypes';
import type { ScheduleGraph } from './graphBuild';

export interface CycleAnalysis {
  readonly cycles: readonly DependencyCycle[];
  /** Per dependency: 1 when it lies on a cycle and the schedule ignores it. */
  readonly ignored: Uint8Array;
  /** Per task: 1 when it is named by a cycle. */
  readonly inCycle: Uint8Array;
}

/**
 * Finds the dependencies that lie on cycles (both ends in one strongly connected component,
 * self-dependencies included) and splits them into simple cycles, each dependency in exactly one,
 * so every offending `depends_on` entry is reported once, with a cycle it really closes.
 */
export function findCycles(graph: ScheduleGraph): CycleAnalysis {
  const g = graph.digraph;
  const { component } = stronglyConnectedComponents(g);
  const deps = graph.deps;
  const ignored = new Uint8Array(deps.length);
  const byComponent = new Map<number, number[]>();
  for (let k = 0; k < deps.length; k++) {
    const c = component[g.from[k]!]!;
    if (c === component[g.to[k]!]) {
      ignored[k] = 1;
      const list = byComponent.get(c);
      if (list) {
        list.push(k);
      } else {
        byComponent.set(c, [k]);
      }
    }
  }
  const cycles: DependencyCycle[] = [];
  const search = new PathSearch(g);
  // Covering a component costs one search per cycle; a pathological tangle gets one lump report instead.
  const budget = 8 * (g.nodeCount + g.to.length) + 10_000;
  for (const [c, edges] of byComponent) {
    const covered = new Set<number>();
    for (const k of edges) {
      if (covered.has(k)) {
        continue;
      }
      const path = search.work > budget ? undefined : search.find(g.to[k]!, g.from[k]!, (v) => component[v] === c);
      if (!path) {
        const rest = edges.filter((e) => !covered.has(e));
        cycles.push(lumpCycle(graph, rest));
        break;
      }
      const walk = [k, ...path].filter((e) => e < deps.length);
      walk.forEach((e) => covered.add(e));
      cycles.push(simpleCycle(graph, walk));
    }
  }
  const inCycle = new Uint8Array(graph.tasks.length);
  for (const cycle of cycles) {
    for (const t of cycle.tasks) {
      inCycle[graph.indexOf.get(t)!] = 1;
    }
  }
  return { cycles, ignored, inCycle };
}

/** `walk`: the dependencies of one closed walk, in order. Starts it at its first task in document order. */
function simpleCycle(graph: ScheduleGraph, walk: readonly number[]): DependencyCycle {
  let first = 0;
  for (let i = 1; i < walk.length; i++) {
    if (graph.deps[walk[i]!]!.pred < graph.deps[walk[first]!]!.pred) {
      first = i;
    }
  }
  const ordered = [...walk.slice(first), ...walk.slice(0, first)];
  const tasks: number[] = [];
  const push = (t: number): void => {
    if (tasks[tasks.length - 1] !== t) {
      tasks.push(t);
    }
  };
  for (const k of ordered) {
    push(graph.deps[k]!.pred);
    push(graph.deps[k]!.succ);
  }
  if (tasks.length > 1 && tasks[tasks.length - 1] === tasks[0]) {
    tasks.pop();
  }
  return { tasks: tasks.map((t) => graph.tasks[t]!), edges: ordered.map((k) => cycleEdge(graph, k)) };
}

function lumpCycle(graph: ScheduleGraph, rest: readonly number[]): DependencyCycle {
  const members = new Set<number>();
  for (const k of rest) {
    members.add(graph.deps[k]!.pred);
    members.add(graph.deps[k]!.succ);
  }
  const tasks = [...members].sort((a, b) => a - b).map((t) => graph.tasks[t]!);
  return { tasks, edges: rest.map((k) => cycleEdge(graph, k)) };
}

function cycleEdge(graph: ScheduleGraph, k: number): CycleEdge {
  const d = graph.deps[k]!;
  return { task: graph.tasks[d.succ]!, dependency: d.dependency };
}
