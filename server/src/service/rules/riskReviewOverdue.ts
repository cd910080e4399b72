import { defineMessages } from '../l10n/localize';
import { formatDay } from '../../../../common/dates';
import { riskStatus } from '../model/riskScore';
import type { Risk } from '../model/planModel';
import type { PlanRule, RuleContext } from './types';

const messages = defineMessages(
  {
    overdue: (risk: string, due: string, late: number, statusDate: string) =>
      `Risk '${risk}' was due for review on ${due}, ${late === 1 ? '1 day' : `${late} days`} before the status date (${statusDate}).`,
  },
  {
    overdue: (risk, due, late, statusDate) => `风险“${risk}”应于 ${due} 复查，至状态日期（${statusDate}）已超期 ${late} 天。`,
  },
);

/** `risk-review-overdue`: an open risk whose `next_review` has passed. Closed and occurred risks are no longer reviewed as risks. */
export const riskReviewOverdueRule: PlanRule = {
  codes: ['risk-review-overdue'],
  check(ctx: RuleContext): void {
    const m = messages[ctx.locale];
    for (const risk of ctx.plan.risks) {
      const review = risk.nextReview;
      if (review && isReviewOverdue(risk, ctx.statusDate)) {
        ctx.report({
          code: 'risk-review-overdue',
          span: review.span,
          message: m.overdue(risk.id, review.iso, ctx.statusDate - review.day, formatDay(ctx.statusDate)),
          data: { risk: risk.id, nextReview: review.iso },
        });
      }
    }
  },
};

/** What `risk-review-overdue` reports: an open risk whose `next_review` is before the status date. */
export function isReviewOverdue(risk: Risk, statusDate: number): boolean {
  return risk.nextReview !== undefined && riskStatus(risk) === 'open' && risk.nextReview.day < statusDate;
}
