import type { Task } from '../../model/planModel';
import type { ReportFacts } from './reportBasics';

/** Who a blocked or overdue task goes to next, and by which step of the plan's `escalation`. */
export interface EscalationStep {
  /** A person id where the step names one; else the department or role word it names. */
  readonly to: string;
  /** The step as the plan writes it (`department`, `manager`, `owner`, an id). */
  readonly step: string;
}

/**
 * The first step of the plan's escalation path (部门内解决 → 项目经理协调 → 总负责人决策) that
 * reaches someone other than the task's owner: the task is already with its owner, so a head of
 * department who owns a blocked task hands it straight to the manager. Undefined when the plan has
 * no path or every step comes back to the owner.
 */
export function nextEscalation(r: ReportFacts, task: Task): EscalationStep | undefined {
  const owner = r.facts.owner(task)?.ref.id;
  for (const step of r.analysis.plan.project?.escalation ?? []) {
    const to = roleHolder(r, task, step.id);
    if (to !== undefined && to !== owner) {
      return { to, step: step.id };
    }
  }
  return undefined;
}

/**
 * Who an escalation step or approver word stands for: the project's owner, manager or sponsor, the
 * head of the task's department (`department`, `department-head`) or of `finance`; a department
 * id answers through its head, a person id is that person. Undefined when the plan does not say.
 */
export function roleHolder(r: ReportFacts, task: Task | undefined, step: string): string | undefined {
  const { plan, symbols } = r.analysis;
  const project = plan.project;
  switch (step) {
    case 'department':
    case 'department-head': {
      const department = task ? r.department(task)?.id : undefined;
      return department !== undefined ? headOf(r, department) : undefined;
    }
    case 'manager':
      return project?.manager?.id;
    case 'owner':
      return project?.owner?.id;
    case 'sponsor':
      return project?.sponsor ? headOf(r, project.sponsor.id) : undefined;
    case 'finance':
      return symbols.department('finance') ? headOf(r, 'finance') : 'finance';
    default:
      return symbols.department(step) ? headOf(r, step) : step;
  }
}

/** A department answers through its head (else its liaison); a person is themself. */
function headOf(r: ReportFacts, id: string): string {
  const department = r.analysis.symbols.department(id);
  return department?.head?.id ?? department?.liaison?.id ?? id;
}
