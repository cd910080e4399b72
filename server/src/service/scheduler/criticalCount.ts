import type { Schedule } from './scheduleTypes';

/**
 * How many tasks are on the critical path: leaves and milestones with no slack. Summaries are not
 * counted (they only span their children), so the CLI, the code lens and the views say the same.
 */
export function criticalTaskCount(schedule: Schedule): number {
  let count = 0;
  for (const s of schedule.tasks.values()) {
    if (s.critical && !s.summary) {
      count++;
    }
  }
  return count;
}
