import type { Dependency, DependencyType, Task } from '../parser/planModel';
import type { SymbolTable } from '../symbols/symbolTable';
import type { WorkCalendar } from '../utils/calendar';
import { createDigraph } from '../utils/graph';
import type { Digraph } from '../utils/graph';

/** A `depends_on` entry whose task resolved: `succ` waits on `pred` (task indices). */
export interface DepEdge {
  readonly succ: number;
  readonly pred: number;
  readonly type: DependencyType;
  /** In working days; negative for a lead. */
  readonly lag: number;
  readonly dependency: Dependency;
}

/**
 * The plan as a graph. Node `i < tasks.length` is task `i` itself (a summary's node is its span,
 * known once its children are); each summary also has a gate node that collects what its own
 * `depends_on` and its ancestors' impose on all its descendants. Edge `k < deps.length` is
 * dependency `k` (predecessor's node → the dependent's gate, or the dependent itself when it is a
 * leaf); the remaining edges are the hierarchy (child → parent, gate → child). A dependency between
 * a task and its own ancestor therefore closes a cycle through the hierarchy.
 */
export interface ScheduleGraph {
  /** `plan.tasks`: document order, parents before their subtasks. */
  readonly tasks: readonly Task[];
  readonly indexOf: ReadonlyMap<Task, number>;
  /** Parent task index, or -1. */
  readonly parent: Int32Array;
  readonly children: readonly (readonly number[])[];
  /** The gate node of each summary, -1 for leaves. */
  readonly gate: Int32Array;
  readonly deps: readonly DepEdge[];
  /** The dependencies of task `i` are `deps[depStart[i]] .. deps[depStart[i + 1] - 1]`. */
  readonly depStart: Int32Array;
  readonly digraph: Digraph;
}

export function buildScheduleGraph(tasks: readonly Task[], symbols: SymbolTable, calendar: WorkCalendar): ScheduleGraph {
  const n = tasks.length;
  const indexOf = new Map<Task, number>();
  tasks.forEach((t, i) => indexOf.set(t, i));
  const parent = new Int32Array(n).fill(-1);
  const children: number[][] = tasks.map(() => []);
  const gate = new Int32Array(n).fill(-1);
  let nodeCount = n;
  for (let i = 0; i < n; i++) {
    const t = tasks[i]!;
    const p = t.parent ? indexOf.get(t.parent) : undefined;
    if (p !== undefined) {
      parent[i] = p;
    }
    for (const c of t.children) {
      const ci = indexOf.get(c);
      if (ci !== undefined) {
        children[i]!.push(ci);
      }
    }
    if (children[i]!.length > 0) {
      gate[i] = nodeCount++;
    }
  }

  const deps: DepEdge[] = [];
  const depStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    depStart[i] = deps.length;
    for (const dependency of tasks[i]!.dependsOn) {
      const target = symbols.task(dependency.task.id);
      const pred = target ? indexOf.get(target) : undefined;
      if (pred !== undefined) {
        deps.push({ succ: i, pred, type: dependency.type, lag: workingDays(dependency.lag, calendar), dependency });
      }
    }
  }
  depStart[n] = deps.length;

  let childCount = 0;
  for (let i = 0; i < n; i++) {
    childCount += children[i]!.length;
  }
  const from = new Int32Array(deps.length + 2 * childCount);
  const to = new Int32Array(from.length);
  const entry = (i: number): number => (gate[i] === -1 ? i : gate[i]!);
  let e = 0;
  for (const d of deps) {
    from[e] = d.pred;
    to[e++] = entry(d.succ);
  }
  for (let p = 0; p < n; p++) {
    for (const c of children[p]!) {
      from[e] = c;
      to[e++] = p;
      from[e] = gate[p]!;
      to[e++] = entry(c);
    }
  }
  return { tasks, indexOf, parent, children, gate, deps, depStart, digraph: createDigraph(nodeCount, from, to) };
}

/** Far beyond any real plan (about 380 years), yet keeps day arithmetic finite for absurd inputs. */
const MAX_WORKING_DAYS = 100_000;

/** A duration or lag in working days; `w` is the calendar's working days per week. */
export function workingDays(value: { readonly amount: number; readonly unit: 'd' | 'w' } | undefined, calendar: WorkCalendar): number {
  if (!value) {
    return 0;
  }
  const days = value.unit === 'w' ? value.amount * calendar.workdaysPerWeek : value.amount;
  return Math.max(-MAX_WORKING_DAYS, Math.min(MAX_WORKING_DAYS, days));
}
