import type { Task } from './planModel';

/** Done or cancelled, on the task itself or on a summary above it: closing a work package closes its subtasks. */
export function isClosed(task: Task): boolean {
  for (let t: Task | undefined = task; t; t = t.parent) {
    const status = t.status?.value;
    if (status === 'done' || status === 'cancelled') {
      return true;
    }
  }
  return false;
}
