import { defineMessages } from '../l10n/localize';
import type { BudgetItem, Plan } from '../model/planModel';
import type { SymbolTable } from '../symbols/symbolTable';
import { formatAmount, formatIdList } from '../l10n/amounts';
import { approverRank, rankApprovalLevels, requiredLevel } from '../symbols/approvalLevels';
import type { RankedLevel } from '../symbols/approvalLevels';
import type { PlanRule, RuleContext } from './types';
import type { ProblemData } from '../model/problems';

const messages = defineMessages(
  {
    missing: (item: string) => `Budget item '${item}' has no approver (approved_by).`,
    missingLevel: (item: string, amount: string, required: string) =>
      `Budget item '${item}' (${amount}) has no approver (approved_by); its amount needs approval by '${required}'.`,
    tooLow: (item: string, amount: string, required: string, approver: string, reached: string) =>
      `Budget item '${item}' (${amount}) needs approval by '${required}' or higher, but '${approver}' approves only at the '${reached}' level.`,
    notApprover: (approver: string, levels: string) => `'${approver}' is not an approver in the approval levels (${levels}).`,
  },
  {
    missing: (item) => `预算项“${item}”没有审批人（approved_by）。`,
    missingLevel: (item, amount, required) => `预算项“${item}”（${amount}）没有审批人（approved_by），按金额应由“${required}”审批。`,
    tooLow: (item, amount, required, approver, reached) =>
      `预算项“${item}”（${amount}）应由“${required}”或更高级别审批，而“${approver}”的审批级别仅为“${reached}”。`,
    notApprover: (approver, levels) => `“${approver}”不在审批级别（${levels}）之中，无权审批预算项。`,
  },
);

/**
 * `approval-missing`: an item without `approved_by`, or approved below the level its amount
 * requires. Without `approvals` in the budget, only a missing `approved_by` is reported.
 */
export const approvalMissingRule: PlanRule = {
  codes: ['approval-missing'],
  check(ctx: RuleContext): void {
    const budget = ctx.plan.budget;
    if (!budget) {
      return;
    }
    const levels = rankApprovalLevels(budget.approvals);
    for (const item of budget.items) {
      checkItem(ctx, item, levels, budget.currency?.value);
    }
  },
};

/**
 * Where an item stands against the approval levels: `missing` (no `approved_by`), `not-an-approver`
 * (its approver is in no level), `too-low` (below the level its amount requires) or `ok`; with the
 * level its amount requires and the one its approver reaches. The funds report shows the same.
 */
export interface ItemApproval {
  readonly state: 'missing' | 'not-an-approver' | 'too-low' | 'ok';
  readonly required?: RankedLevel;
  readonly reached?: RankedLevel;
}

export function itemApproval(item: BudgetItem, levels: readonly RankedLevel[], plan: Plan, symbols: SymbolTable): ItemApproval {
  const amount = item.amount?.value;
  const required = amount !== undefined ? requiredLevel(levels, amount) : undefined;
  const withRequired = required ? { required } : {};
  if (!item.approvedBy) {
    return { state: 'missing', ...withRequired };
  }
  if (levels.length === 0) {
    return { state: 'ok' };
  }
  const reached = approverRank(item.approvedBy.id, levels, plan, symbols);
  if (!reached) {
    return { state: 'not-an-approver', ...withRequired };
  }
  return { state: required && reached.rank < required.rank ? 'too-low' : 'ok', ...withRequired, reached };
}

function checkItem(ctx: RuleContext, item: BudgetItem, levels: readonly RankedLevel[], currency: string | undefined): void {
  const m = messages[ctx.locale];
  const approval = itemApproval(item, levels, ctx.plan, ctx.symbols);
  const required = approval.required;
  const data: ProblemData = required ? { item: item.id, required: required.approver } : { item: item.id };
  const amountText = formatAmount(item.amount?.value ?? 0, currency);
  const approvedBy = item.approvedBy;
  if (approval.state === 'missing' || !approvedBy) {
    const message = required ? m.missingLevel(item.id, amountText, required.approver) : m.missing(item.id);
    ctx.report({ code: 'approval-missing', span: item.idSpan, message, data });
  } else if (approval.state === 'not-an-approver') {
    const names = formatIdList([...new Set(levels.map((l) => l.approver))], ctx.locale);
    ctx.report({ code: 'approval-missing', span: approvedBy.span, message: m.notApprover(approvedBy.id, names), data });
  } else if (approval.state === 'too-low' && required && approval.reached) {
    ctx.report({
      code: 'approval-missing',
      span: approvedBy.span,
      message: m.tooLow(item.id, amountText, required.approver, approvedBy.id, approval.reached.approver),
      data,
    });
  }
}
