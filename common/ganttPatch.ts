import type { GanttDependency, GanttModel, GanttTask } from './ganttModel';
import { applyRows, diffRows, isEmptyPatch, shiftRange } from './rowPatch';
import type { RowShape, RowsPatch } from './rowPatch';

/**
 * The Gantt model as a change of the previous one: the small parts whole, the tasks as a row
 * patch, the dependencies only when they changed (a duration typed changes dates, not links).
 */
export interface GanttPatch extends Omit<GanttModel, 'tasks' | 'dependencies'> {
  readonly tasks: RowsPatch<GanttTask>;
  /** Absent when they are the base's. */
  readonly dependencies?: readonly GanttDependency[];
}

/** Tasks are keyed by id; `range` is where the id is written. */
export const GANTT_ROWS: RowShape<GanttTask> = {
  key: (task) => task.id,
  range: (task) => task.range,
  shifted: (task, lines) => ({ ...task, range: shiftRange(task.range, lines) }),
};

/** What turns `base` into `next`; undefined when a patch cannot say it (duplicate task ids): send `next` whole. */
export function diffGantt(base: GanttModel, next: GanttModel): GanttPatch | undefined {
  const tasks = diffRows(base.tasks, next.tasks, GANTT_ROWS);
  if (!tasks) {
    return undefined;
  }
  const { tasks: _tasks, dependencies, ...rest } = next;
  return { ...rest, tasks, ...(sameDependencies(base.dependencies, dependencies) ? {} : { dependencies }) };
}

/** Whether a patch leaves the model as it was (the same small parts too). */
export function isEmptyGanttPatch(base: GanttModel, patch: GanttPatch): boolean {
  const { tasks, dependencies, ...rest } = patch;
  const { tasks: _tasks, dependencies: _dependencies, ...baseRest } = base;
  return isEmptyPatch(tasks) && dependencies === undefined && JSON.stringify(rest) === JSON.stringify(baseRest);
}

/** The model `patch` makes of `base`; undefined when it does not fit (the client then asks for the whole model). */
export function applyGanttPatch(base: GanttModel, patch: GanttPatch): GanttModel | undefined {
  const tasks = applyRows(base.tasks, patch.tasks, GANTT_ROWS);
  if (!tasks) {
    return undefined;
  }
  const { tasks: _tasks, dependencies, ...rest } = patch;
  return { ...rest, tasks, dependencies: dependencies ?? base.dependencies };
}

function sameDependencies(a: readonly GanttDependency[], b: readonly GanttDependency[]): boolean {
  return a.length === b.length && a.every((d, i) => d.from === b[i]!.from && d.to === b[i]!.to && d.type === b[i]!.type && d.lag === b[i]!.lag);
}
