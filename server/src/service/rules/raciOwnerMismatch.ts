import { defineMessages } from '../l10n/localize';
import type { Ref } from '../model/planModel';
import type { PlanRule, RuleContext } from './types';
import { labelFor } from '../l10n/entityLabels';

const messages = defineMessages(
  {
    mismatch: (owner: string, task: string) => `The owner '${owner}' of task ${task} is neither responsible (R) nor accountable (A) in its RACI.`,
  },
  {
    mismatch: (owner, task) => `任务${task}的责任人“${owner}”在其 RACI 中既不是 R（执行）也不是 A（问责）。`,
  },
);

/**
 * `raci-owner-mismatch`: the task's own `owner` should do the work or answer for it. An owner
 * inherited from a parent task is not checked (delegating a subtask is normal), and neither is a
 * RACI with no R and no A at all, which the other RACI rules already report, nor an unknown owner
 * (unknown-reference's). The owner must be named personally: a department in R does not
 * make its member accountable for the task (the contract's reading).
 */
export const raciOwnerMismatchRule: PlanRule = {
  codes: ['raci-owner-mismatch'],
  scope: 'entity',
  check(ctx: RuleContext): void {
    const msg = messages[ctx.locale];
    for (const task of ctx.plan.tasks) {
      const { raci, owner } = task;
      if (!raci || !owner || (raci.R.length === 0 && raci.A.length === 0)) {
        continue;
      }
      if (!ctx.symbols.person(owner.id)) {
        continue;
      }
      const covers = (r: Ref): boolean => r.id === owner.id;
      if (!raci.R.some(covers) && !raci.A.some(covers)) {
        ctx.report({
          code: 'raci-owner-mismatch',
          span: owner.span,
          message: msg.mismatch(owner.id, labelFor(task, ctx.locale)),
          data: { owner: owner.id, task: task.id },
        });
      }
    }
  },
};
