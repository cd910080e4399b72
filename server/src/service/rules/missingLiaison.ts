import { defineMessages } from '../l10n/localize';
import type { Department, Ref, Task } from '../model/planModel';
import type { SymbolTable } from '../symbols/symbolTable';
import type { PlanRule, RuleContext } from './types';

const SHOWN_TASKS = 3;

const messages = defineMessages(
  {
    missing: (id: string, tasks: readonly string[], more: boolean) =>
      `Department '${id}' takes part in tasks (${tasks.join(', ')}${more ? ', …' : ''}) but has no liaison.`,
    definedHere: (id: string) => `'${id}' is defined here.`,
  },
  {
    missing: (id, tasks, more) => `部门“${id}”参与了任务（${tasks.join('、')}${more ? '等' : ''}），但没有对接人（liaison）。`,
    definedHere: (id) => `“${id}”定义于此。`,
  },
);

interface Involvement {
  /** The first reference to the department in this plan. */
  readonly firstRef: Ref;
  readonly tasks: string[];
}

/**
 * `missing-liaison`: a department that takes part in tasks needs a liaison (接口人) who claims
 * its tasks and syncs their status. Taking part means a task's `department` or any RACI letter
 * naming it: informed (I) departments count too, since informing them goes through the liaison.
 * A person's `department`, or the department of a task's owner or assignees, does not count: that
 * is membership, not the department committing to the task.
 */
export const missingLiaisonRule: PlanRule = {
  codes: ['missing-liaison'],
  check(ctx: RuleContext): void {
    const msg = messages[ctx.locale];
    for (const [id, involvement] of involvedDepartments(ctx.plan.tasks, ctx.symbols)) {
      const department = ctx.symbols.department(id)!;
      if (department.liaison) {
        continue;
      }
      const local = department.uri === ctx.plan.uri;
      const { tasks } = involvement;
      ctx.report({
        code: 'missing-liaison',
        span: local ? department.idSpan : involvement.firstRef.span,
        message: msg.missing(id, tasks.slice(0, SHOWN_TASKS), tasks.length > SHOWN_TASKS),
        related: local ? undefined : [{ uri: department.uri, span: department.idSpan, message: msg.definedHere(id) }],
        data: { department: id, candidates: candidates(department, ctx.symbols) },
      });
    }
  },
};

/** Departments (resolved ones only; unknown ids are unknown-reference's) with the tasks they take part in. */
function involvedDepartments(tasks: readonly Task[], symbols: SymbolTable): Map<string, Involvement> {
  const out = new Map<string, Involvement>();
  // Only departments without a liaison are reported; in a healthy plan that settles it at once.
  const unserved = new Set(
    symbols
      .all('department')
      .filter((d) => !d.liaison)
      .map((d) => d.id),
  );
  if (unserved.size === 0) {
    return out;
  }
  const visit = (task: Task, ref: Ref | undefined): void => {
    if (!ref || !unserved.has(ref.id)) {
      return;
    }
    const resolved = symbols.resolve(ref);
    if (resolved?.kind !== 'entity' || resolved.entity.kind !== 'department') {
      return;
    }
    const seen = out.get(ref.id);
    if (!seen) {
      out.set(ref.id, { firstRef: ref, tasks: [task.id] });
    } else {
      if (ref.span.offset < seen.firstRef.span.offset) {
        out.set(ref.id, { ...seen, firstRef: ref });
      }
      // One task's refs are visited together, so comparing with the last entry keeps this linear.
      if (seen.tasks[seen.tasks.length - 1] !== task.id) {
        seen.tasks.push(task.id);
      }
    }
  };
  for (const task of tasks) {
    visit(task, task.department);
    const raci = task.raci;
    if (raci) {
      raci.R.forEach((ref) => visit(task, ref));
      raci.A.forEach((ref) => visit(task, ref));
      raci.C.forEach((ref) => visit(task, ref));
      raci.I.forEach((ref) => visit(task, ref));
    }
  }
  return out;
}

/** The head first, then the department's people: whoever could be named liaison. */
function candidates(department: Department, symbols: SymbolTable): string[] {
  const out: string[] = [];
  if (department.head && symbols.person(department.head.id)) {
    out.push(department.head.id);
  }
  for (const p of symbols.all('person')) {
    if (p.department?.id === department.id && !out.includes(p.id)) {
      out.push(p.id);
    }
  }
  return out;
}
