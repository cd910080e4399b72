import { defineMessages } from '../l10n/localize';
import type { Raci, Ref, Task } from '../model/planModel';
import type { SymbolTable } from '../symbols/symbolTable';
import type { PlanRule, RuleContext } from './types';
import { labelFor } from '../l10n/entityLabels';

const messages = defineMessages(
  {
    none: (task: string) => `The RACI of task ${task} names no accountable (A).`,
    multiple: (id: string, task: string) => `'${id}' is a second accountable (A) on task ${task}: exactly one may be accountable.`,
    firstHere: (id: string) => `'${id}' is already accountable here.`,
    department: (task: string, department: string) => `The accountable (A) of task ${task} is the department '${department}', not a person.`,
    head: (head: string) => ` Its head is '${head}'.`,
  },
  {
    none: (task) => `任务${task}的 RACI 没有指定 A（问责人）。`,
    multiple: (id, task) => `“${id}”是任务${task}的又一个 A（问责人）：A 只能有一个，否则会多头指挥。`,
    firstHere: (id) => `“${id}”已是此处的 A。`,
    department: (task, department) => `任务${task}的 A（问责人）是部门“${department}”，而不是具体的人。`,
    head: (head) => `该部门负责人是“${head}”。`,
  },
);

/**
 * `raci-no-accountable`, `raci-multiple-accountable`, `raci-accountable-not-person`: every task
 * with a RACI has exactly one accountable, and that is a person (多头指挥 and 责任推诿 otherwise).
 * Unknown ids are left to `unknown-reference`.
 */
export const raciAccountableRule: PlanRule = {
  codes: ['raci-no-accountable', 'raci-multiple-accountable', 'raci-accountable-not-person'],
  scope: 'entity',
  check(ctx: RuleContext): void {
    const msg = messages[ctx.locale];
    for (const task of ctx.plan.tasks) {
      const raci = task.raci;
      if (!raci) {
        continue;
      }
      if (raci.A.length === 0) {
        ctx.report({
          code: 'raci-no-accountable',
          span: raci.keySpan,
          message: msg.none(labelFor(task, ctx.locale)),
          data: { task: task.id, candidates: accountableCandidates(task, raci, ctx.symbols) },
        });
        continue;
      }
      const first = raci.A[0]!;
      const seen = raci.A.length > 1 ? new Set<string>([first.id]) : undefined;
      for (let i = 1; seen && i < raci.A.length; i++) {
        const a = raci.A[i]!;
        // The same id written twice is still one accountable person.
        if (seen.has(a.id)) {
          continue;
        }
        seen.add(a.id);
        ctx.report({
          code: 'raci-multiple-accountable',
          span: a.span,
          message: msg.multiple(a.id, labelFor(task, ctx.locale)),
          related: [{ uri: ctx.plan.uri, span: first.span, message: msg.firstHere(first.id) }],
          data: { task: task.id, id: a.id, first: first.id },
        });
      }
      for (const a of raci.A) {
        reportDepartment(ctx, task, a, msg);
      }
    }
  },
};

function reportDepartment(ctx: RuleContext, task: Task, a: Ref, msg: (typeof messages)['en']): void {
  const resolved = ctx.symbols.resolve(a);
  if (resolved?.kind !== 'entity' || resolved.entity.kind !== 'department') {
    return;
  }
  // Only a head who is a known person can stand in as the accountable.
  const headId = resolved.entity.head?.id;
  const head = headId !== undefined && ctx.symbols.person(headId) ? headId : undefined;
  ctx.report({
    code: 'raci-accountable-not-person',
    span: a.span,
    message: msg.department(labelFor(task, ctx.locale), a.id) + (head !== undefined ? msg.head(head) : ''),
    data: { task: task.id, department: a.id, head: head ?? null },
  });
}

/** The task's owner, then the responsible people: who could be made accountable. */
function accountableCandidates(task: Task, raci: Raci, symbols: SymbolTable): string[] {
  const out: string[] = [];
  for (const r of [task.owner, ...raci.R]) {
    if (r && symbols.person(r.id) && !out.includes(r.id)) {
      out.push(r.id);
    }
  }
  return out;
}
