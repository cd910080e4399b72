import { defineMessages } from '../l10n/localize';
import { HIGH_RISK_SCORE, isHighRisk, riskScore, riskStatus } from '../model/riskScore';
import type { PlanRule, RuleContext } from './types';

const messages = defineMessages(
  {
    noContingency: (risk: string, score: number, threshold: number) => `High risk '${risk}' (score ${score}, high from ${threshold}) has no contingency plan.`,
  },
  {
    noContingency: (risk, score, threshold) => `高风险“${risk}”（评分 ${score}，${threshold} 分及以上为高风险）没有应急预案。`,
  },
);

/** `risk-no-contingency`: a high risk that is still open (or has occurred) without a `contingency`. */
export const riskContingencyRule: PlanRule = {
  codes: ['risk-no-contingency'],
  check(ctx: RuleContext): void {
    const m = messages[ctx.locale];
    for (const risk of ctx.plan.risks) {
      const hasPlan = (risk.contingency?.value.trim().length ?? 0) > 0;
      if (isHighRisk(risk) && riskStatus(risk) !== 'closed' && !hasPlan) {
        ctx.report({
          code: 'risk-no-contingency',
          span: risk.idSpan,
          message: m.noContingency(risk.id, riskScore(risk)!, HIGH_RISK_SCORE),
          data: { risk: risk.id },
        });
      }
    }
  },
};
