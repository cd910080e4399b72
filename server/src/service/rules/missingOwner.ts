import { defineMessages } from '../l10n/localize';
import type { Project, Ref, Risk, Task } from '../model/planModel';
import type { SymbolTable } from '../symbols/symbolTable';
import type { PlanRule, RuleContext } from './types';
import { labelFor } from '../l10n/entityLabels';

const messages = defineMessages(
  {
    task: (id: string) => `Task ${id} has no owner.`,
    subtask: (id: string) => `Task ${id} has no owner, and neither has any of its parent tasks.`,
    risk: (id: string) => `Risk '${id}' has no owner.`,
    projectOwner: () => 'The project has no owner (the executive who makes the final decisions).',
    projectManager: () => 'The project has no manager.',
  },
  {
    task: (id) => `任务${id}没有责任人。`,
    subtask: (id) => `任务${id}没有责任人，其上级任务也都没有。`,
    risk: (id) => `风险“${id}”没有负责人。`,
    projectOwner: () => '项目没有总负责人（owner）。',
    projectManager: () => '项目没有项目经理（manager）。',
  },
);

/**
 * `missing-owner` (责任推诿: nobody owns it): a task owned neither by itself nor by an ancestor, a
 * risk without owner, a project without owner or manager. `data.candidates` lists the people a
 * quick fix could propose, most fitting first.
 */
export const missingOwnerRule: PlanRule = {
  codes: ['missing-owner'],
  check(ctx: RuleContext): void {
    const msg = messages[ctx.locale];
    const { plan, symbols } = ctx;
    const project = plan.project;
    if (project) {
      for (const role of ['owner', 'manager'] as const) {
        if (!project[role]) {
          ctx.report({
            code: 'missing-owner',
            span: project.keySpan,
            message: role === 'owner' ? msg.projectOwner() : msg.projectManager(),
            data: {
              kind: 'project',
              id: project.id?.value ?? '',
              role,
              candidates: projectCandidates(project, role, symbols),
            },
          });
        }
      }
    }
    for (const task of plan.tasks) {
      if (!effectiveOwner(task)) {
        ctx.report({
          code: 'missing-owner',
          span: task.idSpan,
          message: task.parent ? msg.subtask(labelFor(task, ctx.locale)) : msg.task(labelFor(task, ctx.locale)),
          data: { kind: 'task', id: task.id, candidates: taskCandidates(task, project, symbols) },
        });
      }
    }
    for (const risk of plan.risks) {
      if (!risk.owner) {
        ctx.report({
          code: 'missing-owner',
          span: risk.idSpan,
          message: msg.risk(risk.id),
          data: { kind: 'risk', id: risk.id, candidates: riskCandidates(risk, project, symbols) },
        });
      }
    }
  },
};

/** The owner a task has through itself or its nearest owned ancestor. */
function effectiveOwner(task: Task): Ref | undefined {
  for (let t: Task | undefined = task; t; t = t.parent) {
    if (t.owner) {
      return t.owner;
    }
  }
  return undefined;
}

/** A subtask without its own `department` works for its parent's. */
function effectiveDepartment(task: Task): Ref | undefined {
  for (let t: Task | undefined = task; t; t = t.parent) {
    if (t.department) {
      return t.department;
    }
  }
  return undefined;
}

/** The department's head and liaison, then the project manager. */
function taskCandidates(task: Task, project: Project | undefined, symbols: SymbolTable): string[] {
  const dept = effectiveDepartment(task);
  const department = dept ? symbols.department(dept.id) : undefined;
  return people(symbols, [department?.head, department?.liaison, project?.manager]);
}

/** Whoever owns the tasks the risk threatens, then the project manager (who keeps the register). */
function riskCandidates(risk: Risk, project: Project | undefined, symbols: SymbolTable): string[] {
  const owners = risk.affects.map((r) => {
    const task = symbols.task(r.id);
    return task ? effectiveOwner(task) : undefined;
  });
  return people(symbols, [...owners, project?.manager]);
}

/** The other top role, then the sponsor (or the sponsoring department's head). */
function projectCandidates(project: Project, role: 'owner' | 'manager', symbols: SymbolTable): string[] {
  const other = role === 'owner' ? project.manager : project.owner;
  const sponsorDepartment = project.sponsor ? symbols.department(project.sponsor.id) : undefined;
  return people(symbols, [other, project.sponsor, sponsorDepartment?.head]);
}

/** The ids that name known people, deduplicated, in order. */
function people(symbols: SymbolTable, refs: readonly (Ref | undefined)[]): string[] {
  const out: string[] = [];
  for (const r of refs) {
    if (r && symbols.person(r.id) && !out.includes(r.id)) {
      out.push(r.id);
    }
  }
  return out;
}
