import { defineMessages } from '../l10n/localize';
import type { Task } from '../model/planModel';
import type { SymbolTable } from '../symbols/symbolTable';
import type { PlanRule, RuleContext } from './types';
import { labelFor } from '../l10n/entityLabels';

const messages = defineMessages(
  {
    none: (task: string) => `The RACI of task ${task} names no responsible (R): nobody is set to do the work.`,
  },
  {
    none: (task) => `任务${task}的 RACI 没有指定 R（执行人）：没有人负责具体执行。`,
  },
);

/** `raci-no-responsible`: a RACI without anyone to do the work. */
export const raciResponsibleRule: PlanRule = {
  codes: ['raci-no-responsible'],
  scope: 'entity',
  check(ctx: RuleContext): void {
    const msg = messages[ctx.locale];
    for (const task of ctx.plan.tasks) {
      if (task.raci && task.raci.R.length === 0) {
        ctx.report({
          code: 'raci-no-responsible',
          span: task.raci.keySpan,
          message: msg.none(labelFor(task, ctx.locale)),
          data: { task: task.id, candidates: responsibleCandidates(task, ctx.symbols) },
        });
      }
    }
  },
};

/** The owner and the assignees: the people already doing the work. */
function responsibleCandidates(task: Task, symbols: SymbolTable): string[] {
  const out: string[] = [];
  for (const r of [task.owner, ...task.assignees.map((a) => a.person)]) {
    if (r && symbols.person(r.id) && !out.includes(r.id)) {
      out.push(r.id);
    }
  }
  return out;
}
