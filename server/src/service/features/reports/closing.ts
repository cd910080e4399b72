import { formatDay } from '../../../../../common/dates';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import { isClosed } from '../../model/taskState';
import { computePlanDiff } from '../planDiff';
import { ReportFacts, isLeaf } from './reportBasics';
import type { NamedRef, ReportHeader, ReportOptions } from './reportTypes';

/** The closing report (项目总结报告): what the team fills in after it is left as headed sections. */
export interface ClosingReport extends ReportHeader {
  readonly kind: 'closing';
  readonly goals: readonly { readonly text: string; readonly measure: string | null; readonly deadline: string | null }[];
  readonly success_criteria: readonly string[];
  readonly deliverables: readonly {
    readonly name: string;
    readonly acceptance: string | null;
    readonly task: string;
    readonly task_name: string | null;
    readonly owner: NamedRef | null;
    /** Its task is done (or finished by `actual_end`): the deliverable is ready for acceptance. */
    readonly delivered: boolean;
  }[];
  readonly schedule: {
    readonly start: string;
    readonly planned_finish: string;
    readonly forecast_finish: string | null;
    readonly baseline_finish: string | null;
    readonly target_end: string | null;
    /** Working days past the baseline's finish (forecast where there is one); null without a baseline. */
    readonly delta: number | null;
    readonly tasks: number;
    readonly tasks_done: number;
    readonly tasks_cancelled: number;
    readonly tasks_open: readonly string[];
  };
  readonly milestones: readonly {
    readonly id: string;
    readonly name: string | null;
    readonly planned: string | null;
    readonly forecast: string | null;
    readonly baseline: string | null;
    readonly delta: number | null;
  }[];
  readonly cost: {
    readonly currency: string | null;
    readonly total: number | null;
    readonly committed: number;
    readonly spent: number | null;
    readonly baseline_total: number | null;
  };
  readonly changes: readonly {
    readonly id: string;
    readonly date: string | null;
    readonly summary: string | null;
    readonly status: string | null;
    readonly requested_by: NamedRef | null;
    readonly approved_by: NamedRef | null;
    readonly affects: readonly string[];
  }[];
}

export function closingReport(analysis: PlanAnalysis, options: ReportOptions): ClosingReport {
  const r = new ReportFacts(analysis);
  const { plan, schedule } = analysis;
  const project = plan.project;
  const diff = computePlanDiff(analysis);
  const leaves = plan.tasks.filter(isLeaf);
  const items = plan.budget?.items ?? [];
  const spentItems = items.filter((i) => i.spent !== undefined);
  const cancelled = (t: (typeof leaves)[number]): boolean => t.status?.value === 'cancelled';
  return {
    kind: 'closing',
    goals: (project?.goals ?? []).map((g) => ({ text: g.text.value, measure: g.measure?.value ?? null, deadline: g.deadline?.iso ?? null })),
    success_criteria: (project?.successCriteria ?? []).map((c) => c.value),
    deliverables: plan.tasks.flatMap((task) =>
      task.deliverables.map((d) => ({
        name: d.value,
        acceptance: d.acceptance?.value ?? null,
        task: task.id,
        task_name: task.name?.value ?? null,
        owner: r.ref(r.facts.owner(task)?.ref),
        delivered: isClosed(task) && !cancelled(task),
      })),
    ),
    schedule: {
      start: formatDay(schedule.start),
      planned_finish: formatDay(schedule.finish),
      forecast_finish: schedule.forecast ? formatDay(schedule.forecast.finish) : null,
      baseline_finish: diff?.finish.base ?? null,
      target_end: project?.end?.iso ?? null,
      delta: diff?.finish.delta ?? null,
      tasks: leaves.length,
      tasks_done: leaves.filter((t) => isClosed(t) && !cancelled(t)).length,
      tasks_cancelled: leaves.filter(cancelled).length,
      tasks_open: leaves.filter((t) => !isClosed(t)).map((t) => t.id),
    },
    milestones: leaves
      .filter((t) => t.milestone)
      .map((t) => {
        const d = diff?.milestones.find((m) => m.id === t.id);
        const planned = schedule.tasks.get(t)?.end;
        const forecast = r.forecastEnd(t);
        return {
          id: t.id,
          name: t.name?.value ?? null,
          planned: planned !== undefined ? formatDay(planned) : null,
          forecast: forecast !== undefined ? formatDay(forecast) : null,
          baseline: d?.base ?? null,
          delta: d?.delta ?? null,
        };
      }),
    cost: {
      currency: plan.budget?.currency?.value ?? null,
      total: plan.budget?.total?.value ?? null,
      committed: items.reduce((s, i) => s + (i.amount?.value ?? 0), 0),
      spent: spentItems.length > 0 ? spentItems.reduce((s, i) => s + (i.spent?.value ?? 0), 0) : null,
      baseline_total: r.baseline?.total ?? null,
    },
    changes: plan.changes.map((c) => ({
      id: c.id,
      date: c.date?.iso ?? null,
      summary: c.name?.value ?? null,
      status: c.status?.value ?? null,
      requested_by: r.ref(c.requestedBy),
      approved_by: r.ref(c.approvedBy),
      affects: c.affects.map((a) => a.id),
    })),
    ...r.header(options, r.baseline ? [] : [{ kind: 'no-baseline' }]),
  };
}
