import { dependencyKey, writtenFields } from '../model/baseline';
import type { BaselineError, BaselinePlan, BaselineResult, BaselineTask } from '../model/baseline';
import { buildPlan } from '../parser/planBuilder';
import { parseYaml } from '../parser/yamlParser';
import { defaultProjectStart } from '../scheduler/projectStart';
import { computeSchedule } from '../scheduler/scheduler';

/**
 * Reads a plan's baseline by what its `baseline:` says: the text of that revision or file, or why
 * there is none. Hosts implement it (git, the disk); the service never reads anything itself.
 */
export type BaselineReader = (planUri: string, baseline: string) => { readonly text: string } | { readonly error: BaselineError; readonly detail?: string };

/** How many baselines one service keeps parsed: one per open plan is the usual case. */
const KEPT = 8;

/**
 * The baselines a service has parsed, by plan and baseline: parsing and scheduling a baseline costs
 * as much as checking a plan, so it is done once per text, not once per keystroke. Owned by the
 * service instance; the host's reader is asked every time (it keeps its own cache of git's answers).
 */
export class BaselineCache {
  private readonly entries = new Map<string, { readonly text: string; readonly result: BaselineResult }>();

  resolve(planUri: string, baseline: string, reader: BaselineReader | undefined): BaselineResult {
    const read = reader?.(planUri, baseline) ?? { error: 'unreadable' as const, detail: 'no reader' };
    if (!('text' in read)) {
      return read;
    }
    const key = `${planUri}\n${baseline}`;
    const kept = this.entries.get(key);
    if (kept && kept.text === read.text) {
      return kept.result;
    }
    const result = baselinePlanOf(read.text, baseline);
    this.entries.delete(key);
    this.entries.set(key, { text: read.text, result });
    if (this.entries.size > KEPT) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return result;
  }
}

/**
 * A baseline's text as the comparison needs it: its tasks scheduled in its own calendar, its budget.
 * Its imports are not read: only its own tasks, milestones and budget are compared, so whatever it
 * imports costs nothing and cannot hang the check.
 */
export function baselinePlanOf(text: string, label: string): BaselineResult {
  const parsed = parseYaml(text);
  const { plan } = buildPlan(parsed.document, 'xproj-baseline:/');
  if (plan.rootSpan === undefined || (plan.project === undefined && plan.tasks.length === 0)) {
    return { error: 'not-a-plan' };
  }
  // A baseline without any date starts where the current plan's would: at the epoch, the same for both.
  const schedule = computeSchedule(plan, { defaultStart: defaultProjectStart(plan, 0) });
  const tasks = new Map<string, BaselineTask>();
  for (const task of plan.tasks) {
    const s = schedule.tasks.get(task);
    if (s && !tasks.has(task.id)) {
      tasks.set(task.id, {
        id: task.id,
        ...(task.name ? { name: task.name.value } : {}),
        start: s.start,
        end: s.end,
        milestone: task.milestone && task.children.length === 0,
        written: writtenFields(task),
        status: task.status?.value ?? 'not-started',
        dependsOn: dependencyKey(task),
        critical: s.critical,
      });
    }
  }
  const amounts = new Map<string, number | undefined>();
  for (const item of plan.budget?.items ?? []) {
    amounts.set(item.id, item.amount?.value);
  }
  const baseline: BaselinePlan = {
    label,
    tasks,
    summaries: new Set(plan.tasks.filter((t) => t.children.length > 0).map((t) => t.id)),
    finish: schedule.finish,
    amounts,
    risks: new Map(plan.risks.map((r) => [r.id, r.status?.value ?? 'open'])),
    ...(plan.budget?.total ? { total: plan.budget.total.value } : {}),
    ...(plan.budget?.currency ? { currency: plan.budget.currency.value } : {}),
  };
  return { plan: baseline };
}
