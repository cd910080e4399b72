import { isClosedStatus } from '../../../../common/taskStatus';
import type { Task } from './planModel';

/**
 * Done or cancelled, on the task itself or on a summary above it (closing a work package closes its
 * subtasks), or finished by the facts: an `actual_end`.
 */
export function isClosed(task: Task): boolean {
  if (task.actualEnd !== undefined) {
    return true;
  }
  for (let t: Task | undefined = task; t; t = t.parent) {
    if (isClosedStatus(t.status?.value)) {
      return true;
    }
  }
  return false;
}
