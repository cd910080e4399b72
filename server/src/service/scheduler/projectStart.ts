import type { Plan } from '../model/planModel';

/** Without `project.start`, a plan starts at its earliest explicit task date, else on `fallback` (the status date). */
export function defaultProjectStart(plan: Plan, fallback: number): number {
  let earliest: number | undefined;
  for (const t of plan.tasks) {
    const d = t.start?.day;
    if (d !== undefined && (earliest === undefined || d < earliest)) {
      earliest = d;
    }
  }
  return plan.project?.start?.day ?? earliest ?? fallback;
}
