import { defineMessages } from '../l10n/localize';
import { formatAmount } from '../l10n/amounts';
import type { PlanRule, RuleContext } from './types';
import type { RelatedSpan } from '../model/problems';

/** Amounts are money: differences below a millionth of a unit are float noise, not overspending. */
const EPSILON = 1e-6;

const messages = defineMessages(
  {
    exceeded: (sum: string, total: string, over: string) => `The budget items add up to ${sum}, ${over} more than the total of ${total}.`,
    item: (item: string, amount: string) => `'${item}': ${amount}`,
  },
  {
    exceeded: (sum, total, over) => `预算项合计 ${sum}，超出总预算 ${total}，超支 ${over}。`,
    item: (item, amount) => `“${item}”：${amount}`,
  },
);

/** `budget-exceeded`: the items add up to more than `total`. */
export const budgetExceededRule: PlanRule = {
  codes: ['budget-exceeded'],
  check(ctx: RuleContext): void {
    const budget = ctx.plan.budget;
    const total = budget?.total;
    if (!budget || !total) {
      return;
    }
    const m = messages[ctx.locale];
    const currency = budget.currency?.value;
    const related: RelatedSpan[] = [];
    let sum = 0;
    for (const item of budget.items) {
      if (item.amount) {
        sum += item.amount.value;
        related.push({ uri: item.uri, span: item.amount.span, message: m.item(item.id, formatAmount(item.amount.value, currency)) });
      }
    }
    if (sum - total.value > EPSILON) {
      ctx.report({
        code: 'budget-exceeded',
        span: total.span,
        message: m.exceeded(formatAmount(sum, currency), formatAmount(total.value, currency), formatAmount(sum - total.value, currency)),
        related,
        data: { total: total.value, sum },
      });
    }
  },
};
