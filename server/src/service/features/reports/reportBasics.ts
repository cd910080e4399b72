import { formatDay } from '../../../../../common/dates';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import type { BaselinePlan } from '../../model/baseline';
import type { Ref, Task } from '../../model/planModel';
import { TaskFacts } from '../views/taskFacts';
import type { NamedRef, ReportHeader, ReportNotice, ReportOptions, StatusDateSource, TaskLine } from './reportTypes';

/**
 * What every report reads from an analysis besides its own sections: names of people and
 * departments, tasks' inherited owners and rolled-up progress, forecast dates, the baseline.
 */
export class ReportFacts {
  readonly facts: TaskFacts;
  readonly statusDate: number;

  constructor(readonly analysis: PlanAnalysis) {
    this.facts = new TaskFacts(analysis);
    this.statusDate = analysis.statusDate;
  }

  /** The baseline plan when it could be read. */
  get baseline(): BaselinePlan | undefined {
    const b = this.analysis.baseline;
    return b && 'plan' in b ? b.plan : undefined;
  }

  /** A person, department or role word by id, with its name when the plan gives one. */
  named(id: string | undefined): NamedRef | null {
    if (id === undefined) {
      return null;
    }
    const symbols = this.analysis.symbols;
    const entity = symbols.person(id) ?? symbols.department(id) ?? symbols.phase(id);
    return { id, name: entity?.name?.value ?? null };
  }

  ref(ref: Ref | undefined): NamedRef | null {
    return this.named(ref?.id);
  }

  /** The task's department: its own, an ancestor's, else its owner's. */
  department(task: Task): NamedRef | null {
    for (let t: Task | undefined = task; t; t = t.parent) {
      if (t.department) {
        return this.ref(t.department);
      }
    }
    const owner = this.facts.owner(task)?.ref.id;
    const person = owner !== undefined ? this.analysis.symbols.person(owner) : undefined;
    return this.ref(person?.department);
  }

  forecastEnd(task: Task): number | undefined {
    return this.analysis.schedule.forecast?.tasks.get(task)?.end;
  }

  line(task: Task): TaskLine {
    const s = this.analysis.schedule.tasks.get(task);
    const forecast = this.forecastEnd(task);
    return {
      id: task.id,
      name: task.name?.value ?? null,
      owner: this.ref(this.facts.owner(task)?.ref),
      department: this.department(task),
      status: task.status?.value ?? 'not-started',
      progress: this.facts.progress(task),
      planned_start: s ? formatDay(s.start) : null,
      planned_end: s ? formatDay(s.end) : null,
      forecast_end: forecast !== undefined ? formatDay(forecast) : null,
      milestone: task.milestone && task.children.length === 0,
    };
  }

  header(options: Pick<ReportOptions, 'statusDate'>, extra: readonly ReportNotice[] = []): ReportHeader {
    const plan = this.analysis.plan;
    const source: StatusDateSource = options.statusDate !== undefined ? 'option' : plan.project?.statusDate?.day === this.statusDate ? 'plan' : 'today';
    const notices: ReportNotice[] = [];
    if (!plan.project) {
      notices.push({ kind: 'no-project' });
    }
    if (source === 'today') {
      notices.push({ kind: 'no-status-date' });
    }
    const errors = this.analysis.problems.filter((p) => p.severity === 'error').length;
    const warnings = this.analysis.problems.filter((p) => p.severity === 'warning').length;
    if (errors > 0 || warnings > 0) {
      notices.push({ kind: 'plan-problems', errors, warnings });
    }
    if (this.analysis.schedule.cycles.length > 0) {
      notices.push({ kind: 'cycles', count: this.analysis.schedule.cycles.length });
    }
    const baseline = this.analysis.baseline;
    const label = plan.project?.baseline?.value ?? null;
    if (baseline && 'error' in baseline) {
      notices.push({ kind: 'baseline-error', baseline: label ?? '', error: baseline.error });
    }
    notices.push(...extra);
    return {
      project: { id: plan.project?.id?.value ?? null, name: plan.project?.name?.value ?? null },
      status_date: formatDay(this.statusDate),
      status_date_source: source,
      baseline: baseline && 'plan' in baseline ? baseline.plan.label : label,
      notices,
    };
  }
}

/** Ids of the tasks, in plan order. */
export function ids(tasks: readonly Task[]): string[] {
  return tasks.map((t) => t.id);
}

/** A leaf task or milestone: what status lists count (summaries only repeat their children). */
export function isLeaf(task: Task): boolean {
  return task.children.length === 0;
}
