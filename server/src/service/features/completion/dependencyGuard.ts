import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { Task } from '../../model/planModel';
import { contains } from '../symbolAt';

/**
 * The tasks `task` must not depend on, because the new edge would close a cycle: itself, every
 * task that already waits on it (directly or through a chain), and its own ancestors and
 * descendants, which the scheduler links to it through the WBS (a summary spans its subtasks).
 *
 * This is a walk from `task` along the scheduler's graph, in O(tasks + dependencies): a task's
 * span node leads to its dependents and its parent; a summary's gate leads to its children.
 * Every task whose span node is reached would close a cycle.
 */
export function tasksClosingCycle(analysis: PlanAnalysis, task: Task): Set<Task> {
  const dependents = new Map<Task, Task[]>();
  for (const t of analysis.plan.tasks) {
    for (const d of t.dependsOn) {
      const pred = analysis.symbols.task(d.task.id);
      if (pred) {
        const list = dependents.get(pred);
        if (list) {
          list.push(t);
        } else {
          dependents.set(pred, [t]);
        }
      }
    }
  }
  const reached = new Set<Task>();
  const gates = new Set<Task>();
  const stack: { task: Task; gate: boolean }[] = [];
  const enter = (t: Task): void => {
    if (t.children.length > 0) {
      if (!gates.has(t)) {
        gates.add(t);
        stack.push({ task: t, gate: true });
      }
    } else if (!reached.has(t)) {
      reached.add(t);
      stack.push({ task: t, gate: false });
    }
  };
  const reach = (t: Task): void => {
    if (!reached.has(t)) {
      reached.add(t);
      stack.push({ task: t, gate: false });
    }
  };
  enter(task);
  while (stack.length > 0) {
    const { task: t, gate } = stack.pop()!;
    if (gate) {
      t.children.forEach(enter);
    } else {
      dependents.get(t)?.forEach(enter);
      if (t.parent) {
        reach(t.parent);
      }
    }
  }
  return reached;
}

/** The task whose mapping holds the cursor: by the id written in it, else by where the plan's tasks lie. */
export function taskAt(analysis: PlanAnalysis, id: string | undefined, offset: number): Task | undefined {
  const tasks = analysis.plan.tasks;
  if (id !== undefined) {
    return tasks.find((t) => t.id === id && contains(t.span, offset)) ?? analysis.symbols.task(id);
  }
  let best: Task | undefined;
  for (const t of tasks) {
    if (contains(t.span, offset) && (!best || t.depth > best.depth)) {
      best = t;
    }
  }
  return best;
}
