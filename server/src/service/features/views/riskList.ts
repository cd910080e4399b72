import type { PlanAnalysis } from '../../analysis/planAnalysis';
import { defineMessages } from '../../l10n/localize';
import type { Locale } from '../../l10n/localize';
import type { Risk } from '../../model/planModel';
import { formatDay } from '../../../../../common/dates';
import { HIGH_RISK_SCORE, riskScore, riskStatus } from '../../model/riskScore';
import { TaskFacts } from './taskFacts';
import type { RiskGroup, RiskLevel, RiskList, RiskListItem } from './types';

/** On the 5 × 5 matrix no score falls between 6 and 8, so 1-6 low, 8-12 medium, 15-25 high (the usual bands). */
export const MEDIUM_RISK_SCORE = 8;

const messages = defineMessages(
  {
    level: (level: RiskLevel) => ({ high: 'High', medium: 'Medium', low: 'Low', unrated: 'Not rated' })[level],
  },
  {
    level: (level) => ({ high: '高风险', medium: '中风险', low: '低风险', unrated: '未评估' })[level],
  },
);

export function riskLevel(score: number | undefined): RiskLevel {
  if (score === undefined) {
    return 'unrated';
  }
  return score >= HIGH_RISK_SCORE ? 'high' : score >= MEDIUM_RISK_SCORE ? 'medium' : 'low';
}

/** The risk register by level, highest score first in each group. */
export function getRiskList(analysis: PlanAnalysis, locale: Locale, facts = new TaskFacts(analysis)): RiskList {
  const item = (risk: Risk): RiskListItem => {
    const score = riskScore(risk);
    const status = riskStatus(risk);
    const review = risk.nextReview;
    return {
      id: risk.id,
      title: risk.title?.value ?? null,
      category: risk.category?.value ?? null,
      likelihood: risk.likelihood?.value ?? null,
      impact: risk.impact?.value ?? null,
      score: score ?? null,
      level: riskLevel(score),
      response: risk.response?.value ?? null,
      owner: facts.person(risk.owner),
      hasContingency: (risk.contingency?.value.trim() ?? '') !== '',
      nextReview: review?.iso ?? null,
      reviewOverdue: status === 'open' && review !== undefined && review.day < analysis.statusDate,
      status,
      range: facts.range(risk.idSpan),
    };
  };
  const byLevel = new Map<RiskLevel, RiskListItem[]>([
    ['high', []],
    ['medium', []],
    ['low', []],
    ['unrated', []],
  ]);
  for (const risk of analysis.plan.risks) {
    const i = item(risk);
    byLevel.get(i.level)!.push(i);
  }
  const groups: RiskGroup[] = [];
  for (const [level, risks] of byLevel) {
    if (level === 'unrated' && risks.length === 0) {
      continue;
    }
    // Array.prototype.sort is stable, so equal scores keep document order.
    risks.sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
    groups.push({ level, label: messages[locale].level(level), risks });
  }
  return { uri: analysis.uri, statusDate: formatDay(analysis.statusDate), groups };
}
