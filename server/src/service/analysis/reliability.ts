import type { PlanAnalysis } from './planAnalysis';

/**
 * Why the computed dates cannot be trusted, if they cannot: a dependency cycle (its edges are left
 * out, so tasks on it start too early) or error-level problems (wrong dates, unknown dependencies).
 * Shown wherever the finish date is, so a plan that is broken does not look early.
 */
export interface Reliability {
  readonly cycles: number;
  readonly errors: number;
}

export function scheduleReliability(analysis: PlanAnalysis): Reliability | undefined {
  const cycles = analysis.schedule.cycles.length;
  const errors = analysis.problems.filter((p) => p.severity === 'error').length;
  return cycles > 0 || errors > 0 ? { cycles, errors } : undefined;
}
