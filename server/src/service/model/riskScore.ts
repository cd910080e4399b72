import type { Risk } from './planModel';

/** A risk is high from this score (likelihood × impact, each 1..5) up, as the contract fixes. */
export const HIGH_RISK_SCORE = 15;

/** likelihood × impact, or undefined when either is missing. */
export function riskScore(risk: Risk): number | undefined {
  const likelihood = risk.likelihood?.value;
  const impact = risk.impact?.value;
  return likelihood !== undefined && impact !== undefined ? likelihood * impact : undefined;
}

export function isHighRisk(risk: Risk): boolean {
  const score = riskScore(risk);
  return score !== undefined && score >= HIGH_RISK_SCORE;
}

/** Risks without a status are open. */
export function riskStatus(risk: Risk): 'open' | 'closed' | 'occurred' {
  return risk.status?.value ?? 'open';
}
