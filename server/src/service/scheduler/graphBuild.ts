import type { Dependency, DependencyType, Task } from '../model/planModel';
import type { WorkCalendar } from '../../../../common/calendar';
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

/** Leaves share one empty list of children. */
const NO_CHILDREN: readonly number[] = Object.freeze([]);

/**
 * Runs on every edit, so it looks ids and tasks up as little as it can: a 20k-task plan's graph
 * took 36 ms with a map from task to index for every parent, child and dependency.
 */
export function buildScheduleGraph(tasks: readonly Task[], calendar: WorkCalendar): ScheduleGraph {
  const n = tasks.length;
  const { parent, children } = hierarchy(tasks);
  const gate = new Int32Array(n).fill(-1);
  let nodeCount = n;
  let childCount = 0;
  for (let i = 0; i < n; i++) {
    const count = children[i]!.length;
    childCount += count;
    if (count > 0) {
      gate[i] = nodeCount++;
    }
  }

  // A dependency names the first task with its id, as the symbol table resolves it (tasks come
  // from this plan only): one lookup instead of the table's two plus a task's index.
  const firstWithId = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = tasks[i]!.id;
    if (!firstWithId.has(id)) {
      firstWithId.set(id, i);
    }
  }
  const deps: DepEdge[] = [];
  const depStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    depStart[i] = deps.length;
    const dependsOn = tasks[i]!.dependsOn;
    for (let k = 0; k < dependsOn.length; k++) {
      const dependency = dependsOn[k]!;
      const pred = firstWithId.get(dependency.task.id);
      if (pred !== undefined) {
        deps.push({ succ: i, pred, type: dependency.type, lag: workingDays(dependency.lag, calendar), dependency });
      }
    }
  }
  depStart[n] = deps.length;

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
  let indexOf: Map<Task, number> | undefined;
  return {
    tasks,
    // Only cycles and violations need it, and a healthy plan has neither.
    get indexOf(): ReadonlyMap<Task, number> {
      return (indexOf ??= new Map(tasks.map((t, i) => [t, i])));
    },
    parent,
    children,
    gate,
    deps,
    depStart,
    digraph: createDigraph(nodeCount, from, to),
  };
}

/**
 * Each task's parent and subtasks, by index. The model lists every task before its subtasks and
 * those before its next sibling, so a stack of the open ancestors finds each parent; where that
 * does not hold (never for a built plan), tasks are looked up by identity instead.
 */
function hierarchy(tasks: readonly Task[]): { parent: Int32Array; children: (readonly number[])[] } {
  const n = tasks.length;
  const parent = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  let preOrder = true;
  for (let i = 0; i < n && preOrder; i++) {
    const up = tasks[i]!.parent;
    while (stack.length > 0 && tasks[stack[stack.length - 1]!] !== up) {
      stack.pop();
    }
    if (up !== undefined) {
      if (stack.length === 0) {
        preOrder = false;
        break;
      }
      parent[i] = stack[stack.length - 1]!;
    }
    stack.push(i);
  }
  const children: (readonly number[])[] = new Array<readonly number[]>(n).fill(NO_CHILDREN);
  if (preOrder) {
    for (let i = 0; i < n; i++) {
      const p = parent[i]!;
      if (p >= 0) {
        const own = children[p] === NO_CHILDREN ? [] : (children[p] as number[]);
        own.push(i);
        children[p] = own;
      }
    }
    // The model's own lists of subtasks must agree, or the order above was not what it seemed.
    if (tasks.every((t, i) => t.children.length === children[i]!.length)) {
      return { parent, children };
    }
  }
  return hierarchyByIdentity(tasks);
}

function hierarchyByIdentity(tasks: readonly Task[]): { parent: Int32Array; children: (readonly number[])[] } {
  const indexOf = new Map<Task, number>();
  tasks.forEach((t, i) => indexOf.set(t, i));
  const parent = new Int32Array(tasks.length).fill(-1);
  const children = tasks.map((t, i) => {
    const p = t.parent ? indexOf.get(t.parent) : undefined;
    if (p !== undefined) {
      parent[i] = p;
    }
    const own: number[] = [];
    for (const c of t.children) {
      const ci = indexOf.get(c);
      if (ci !== undefined) {
        own.push(ci);
      }
    }
    return own.length > 0 ? own : NO_CHILDREN;
  });
  return { parent, children };
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
