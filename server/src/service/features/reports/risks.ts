import type { PlanAnalysis } from '../../analysis/planAnalysis';
import { isHighRisk, riskScore, riskStatus } from '../../model/riskScore';
import { isReviewOverdue } from '../../rules/riskReviewOverdue';
import { riskLevel } from '../views/riskList';
import { ReportFacts } from './reportBasics';
import type { NamedRef, ReportHeader, ReportOptions } from './reportTypes';

export interface RiskEntry {
  readonly id: string;
  readonly score: number | null;
  /** `high`, `medium`, `low`, or `unrated` without likelihood and impact (the risk view's bands). */
  readonly level: string;
  readonly owner: string | null;
  readonly next_review: string | null;
  readonly review_overdue: boolean;
  readonly title: string | null;
  readonly owner_name: string | null;
  readonly category: string | null;
  readonly likelihood: number | null;
  readonly impact: number | null;
  readonly response: string | null;
  readonly status: string;
  readonly contingency: string | null;
  readonly affects: readonly string[];
}

/** The risk register review (风险登记册). */
export interface RisksReport extends ReportHeader {
  readonly kind: 'risks';
  /** Highest score first; unrated risks last; ties in plan order. */
  readonly risks: readonly RiskEntry[];
  /** Against the baseline (the register as last agreed): null without a readable baseline. */
  readonly new_since_review: readonly string[] | null;
  readonly closed_since_review: readonly string[] | null;
  readonly reviews_overdue: readonly string[];
  /** High risks (score ≥ 15) still open or occurred, with no contingency plan (`risk-no-contingency`). */
  readonly high_without_contingency: readonly string[];
  /** Who owns which risks; risks without an owner under `owner: null`. */
  readonly by_owner: readonly { readonly owner: NamedRef | null; readonly risks: readonly string[] }[];
}

export function risksReport(analysis: PlanAnalysis, options: ReportOptions): RisksReport {
  const r = new ReportFacts(analysis);
  const plan = analysis.plan;
  const entries = plan.risks.map((risk, index) => {
    const score = riskScore(risk) ?? null;
    const entry: RiskEntry = {
      id: risk.id,
      score,
      level: riskLevel(score ?? undefined),
      owner: risk.owner?.id ?? null,
      next_review: risk.nextReview?.iso ?? null,
      review_overdue: isReviewOverdue(risk, r.statusDate),
      title: risk.title?.value ?? null,
      owner_name: r.ref(risk.owner)?.name ?? null,
      category: risk.category?.value ?? null,
      likelihood: risk.likelihood?.value ?? null,
      impact: risk.impact?.value ?? null,
      response: risk.response?.value ?? null,
      status: riskStatus(risk),
      contingency: risk.contingency?.value.trim() ? risk.contingency.value : null,
      affects: risk.affects.map((a) => a.id),
    };
    return { entry, index, risk };
  });
  entries.sort((a, b) => (b.entry.score ?? -1) - (a.entry.score ?? -1) || a.index - b.index);
  const base = r.baseline?.risks;
  const owners = new Map<string | null, string[]>();
  for (const { entry } of entries) {
    owners.set(entry.owner, [...(owners.get(entry.owner) ?? []), entry.id]);
  }
  return {
    kind: 'risks',
    risks: entries.map((e) => e.entry),
    new_since_review: base ? plan.risks.filter((k) => !base.has(k.id)).map((k) => k.id) : null,
    closed_since_review: base ? plan.risks.filter((k) => riskStatus(k) === 'closed' && base.has(k.id) && base.get(k.id) !== 'closed').map((k) => k.id) : null,
    reviews_overdue: entries.filter((e) => e.entry.review_overdue).map((e) => e.entry.id),
    high_without_contingency: entries.filter((e) => isHighRisk(e.risk) && e.entry.status !== 'closed' && e.entry.contingency === null).map((e) => e.entry.id),
    by_owner: [...owners].sort(([a], [b]) => Number(a === null) - Number(b === null)).map(([owner, risks]) => ({ owner: r.named(owner ?? undefined), risks })),
    ...r.header(options, base ? [] : [{ kind: 'no-baseline' }]),
  };
}
