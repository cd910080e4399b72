import type { PlanAnalysis } from '../../service';
import type { Task } from '../../service/model/planModel';

/** One task of the schedule as the CLI prints it; dates are day numbers, absent when unscheduled. */
export interface ScheduleRow {
  readonly id: string;
  readonly name: string;
  readonly depth: number;
  readonly milestone: boolean;
  readonly start?: number;
  readonly end?: number;
  /** Working days from start to end, both included; 0 for a milestone. */
  readonly days?: number;
  readonly slack?: number;
  readonly critical: boolean;
  /** The task's owner, or the nearest ancestor's: who answers for it. */
  readonly owner?: string;
  /** The owner's name, when the plan (or an import) gives one. */
  readonly ownerName?: string;
  /** With a status date: where the task will land. */
  readonly forecastStart?: number;
  readonly forecastEnd?: number;
  /** With a baseline that has the task: its dates there. */
  readonly baselineStart?: number;
  readonly baselineEnd?: number;
}

function effectiveOwner(task: Task): string | undefined {
  for (let t: Task | undefined = task; t; t = t.parent) {
    if (t.owner) {
      return t.owner.id;
    }
  }
  return undefined;
}

/** Every task of the plan in plan order (summaries and milestones included), with its computed dates. */
export function scheduleRows(analysis: PlanAnalysis): ScheduleRow[] {
  const { schedule } = analysis;
  const baseline = analysis.baseline && 'plan' in analysis.baseline ? analysis.baseline.plan : undefined;
  return analysis.plan.tasks.map((task) => {
    const s = schedule.tasks.get(task);
    const f = schedule.forecast?.tasks.get(task);
    const b = baseline?.tasks.get(task.id);
    const owner = effectiveOwner(task);
    const ownerName = owner === undefined ? undefined : analysis.symbols.nameOf(owner);
    const base = {
      id: task.id,
      name: task.name?.value ?? '',
      depth: task.depth,
      milestone: task.milestone,
      ...(owner !== undefined ? { owner } : {}),
      ...(ownerName !== undefined && ownerName !== owner ? { ownerName } : {}),
      ...(f ? { forecastStart: f.start, forecastEnd: f.end } : {}),
      ...(b ? { baselineStart: b.start, baselineEnd: b.end } : {}),
    };
    if (!s) {
      return { ...base, critical: false };
    }
    const days = task.milestone ? 0 : Math.max(0, schedule.calendar.ordinal(s.end + 1) - schedule.calendar.ordinal(s.start));
    return { ...base, start: s.start, end: s.end, days, slack: s.slack, critical: s.critical };
  });
}
