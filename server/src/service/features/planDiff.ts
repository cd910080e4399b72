import { formatDay } from '../../../../common/dates';
import type { PlanAnalysis } from '../analysis/planAnalysis';
import type { BaselinePlan, BaselineTask } from '../model/baseline';
import { dependencyKey, writtenFields } from '../model/baseline';
import type { Task } from '../model/planModel';

/** How the plan differs from its baseline: the contract's `xproj diff --format json`. */
export interface PlanDiff {
  /** The baseline as named (`v1.0`, a file path). */
  readonly base: string;
  readonly finish: DatedDelta;
  readonly tasks: readonly TaskChange[];
  readonly milestones: readonly (DatedDelta & { readonly id: string })[];
  readonly budget: { readonly base: number | null; readonly total: number | null; readonly delta: number | null };
  /** What `change-unrecorded` reports: task and budget item ids. */
  readonly unrecorded: readonly string[];
  /** Tasks that joined and left the critical path (leaves, by id). */
  readonly critical_path: { readonly added: readonly string[]; readonly removed: readonly string[] };
}

/** A date in the baseline, planned now, and forecast (with a status date); `delta` in working days, positive later. */
export interface DatedDelta {
  readonly base: string | null;
  readonly planned: string | null;
  readonly forecast: string | null;
  readonly delta: number | null;
}

export interface TaskChange {
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** Working days the start and end moved (the forecast's, with a status date); null for an added or removed task. */
  readonly start_delta: number | null;
  readonly end_delta: number | null;
  /** What changed: `start`, `end` (the dates), `duration`, `owner`, `depends_on`, `status`, `name`, `milestone`. */
  readonly fields: readonly string[];
  /** The task's name, now or in the baseline, for people reading the diff. */
  readonly name?: string;
}

/** Whether the finish or a milestone lands later than in the baseline (`--fail-on-slip`). */
export function slipped(diff: PlanDiff): boolean {
  return (diff.finish.delta ?? 0) > 0 || diff.milestones.some((m) => (m.delta ?? 0) > 0);
}

/**
 * Compares an analysis with its baseline (`analysis.baseline`, which must have been read). Tasks
 * are matched by id; dates are the scheduled ones, moves counted in working days of the current
 * calendar, the forecast's where there is a status date.
 */
export function computePlanDiff(analysis: PlanAnalysis): PlanDiff | undefined {
  const result = analysis.baseline;
  if (!result || !('plan' in result)) {
    return undefined;
  }
  const base = result.plan;
  const { schedule, plan } = analysis;
  const { calendar, forecast } = schedule;
  const delta = (from: number | undefined, to: number | undefined): number | null =>
    from === undefined || to === undefined ? null : calendar.workdayDelta(from, to);
  const day = (d: number | undefined): string | null => (d === undefined ? null : formatDay(d));
  const own = plan.tasks.filter((t) => t.uri === plan.uri);
  const current = new Map<string, Task>();
  for (const task of own) {
    if (!current.has(task.id)) {
      current.set(task.id, task);
    }
  }

  const tasks: TaskChange[] = [];
  for (const [id, task] of current) {
    const before = base.tasks.get(id);
    const name = task.name?.value;
    if (!before) {
      tasks.push({ id, change: 'added', start_delta: null, end_delta: null, fields: [], ...(name ? { name } : {}) });
      continue;
    }
    const s = schedule.tasks.get(task);
    const f = forecast?.tasks.get(task) ?? s;
    const fields = changedFields(task, before, s);
    const startDelta = delta(before.start, f?.start);
    const endDelta = delta(before.end, f?.end);
    if (fields.length > 0 || startDelta !== 0 || endDelta !== 0) {
      tasks.push({ id, change: 'changed', start_delta: startDelta, end_delta: endDelta, fields, ...(name ? { name } : {}) });
    }
  }
  for (const [id, before] of base.tasks) {
    if (!current.has(id)) {
      tasks.push({ id, change: 'removed', start_delta: null, end_delta: null, fields: [], ...(before.name ? { name: before.name } : {}) });
    }
  }

  const milestones = [...base.tasks.values()]
    .filter((b) => b.milestone)
    .map((b) => {
      const task = current.get(b.id);
      const planned = task ? schedule.tasks.get(task)?.end : undefined;
      const expected = task ? forecast?.tasks.get(task)?.end : undefined;
      return { id: b.id, base: day(b.end), planned: day(planned), forecast: day(expected), delta: delta(b.end, expected ?? planned) };
    });

  const finish = forecast?.finish;
  const total = budgetTotal(
    plan.budget?.total?.value,
    plan.budget?.items.map((i) => i.amount?.value),
  );
  const baseTotal = budgetTotal(base.total, [...base.amounts.values()]);
  return {
    base: base.label,
    finish: { base: day(base.finish), planned: day(schedule.finish), forecast: day(finish), delta: delta(base.finish, finish ?? schedule.finish) },
    tasks,
    milestones,
    budget: { base: baseTotal, total, delta: baseTotal !== null && total !== null ? total - baseTotal : null },
    unrecorded: analysis.problems.filter((p) => p.code === 'change-unrecorded').map((p) => String(p.data?.['task'] ?? p.data?.['item'] ?? '')),
    critical_path: criticalPathChange(analysis, current, base),
  };
}

function criticalPathChange(analysis: PlanAnalysis, current: ReadonlyMap<string, Task>, base: BaselinePlan): PlanDiff['critical_path'] {
  const now = new Set([...current].filter(([, t]) => t.children.length === 0 && analysis.schedule.tasks.get(t)?.critical).map(([id]) => id));
  const before = new Set([...base.tasks.values()].filter((t) => t.critical && !hasChildren(base, t.id)).map((t) => t.id));
  return { added: [...now].filter((id) => !before.has(id)), removed: [...before].filter((id) => !now.has(id)) };
}

/** Whether a baseline task is a summary: some task of the baseline names it as parent. */
function hasChildren(base: BaselinePlan, id: string): boolean {
  return base.summaries.has(id);
}

/** The plan's `total`, else what its items add up to; null for a plan without a budget. */
function budgetTotal(total: number | undefined, amounts: readonly (number | undefined)[] | undefined): number | null {
  if (total !== undefined) {
    return total;
  }
  const known = (amounts ?? []).filter((a): a is number => a !== undefined);
  return known.length > 0 ? known.reduce((a, b) => a + b, 0) : null;
}

function changedFields(task: Task, before: BaselineTask, s: { readonly start: number; readonly end: number } | undefined): string[] {
  const fields: string[] = [];
  if (s && s.start !== before.start) {
    fields.push('start');
  }
  if (s && s.end !== before.end) {
    fields.push('end');
  }
  const now = writtenFields(task);
  for (const key of ['duration', 'owner'] as const) {
    if (now[key] !== before.written[key]) {
      fields.push(key);
    }
  }
  if (dependencyKey(task) !== before.dependsOn) {
    fields.push('depends_on');
  }
  if ((task.status?.value ?? 'not-started') !== before.status) {
    fields.push('status');
  }
  if ((task.name?.value ?? '') !== (before.name ?? '')) {
    fields.push('name');
  }
  if ((task.milestone && task.children.length === 0) !== before.milestone) {
    fields.push('milestone');
  }
  return fields;
}
