import type { LeveledProblem } from '../../model/problems';
import type { PlanAnalysis } from '../planAnalysis';

/**
 * The analysis with the portfolio's problems among its own, in document order, for diagnostics
 * and code actions. A view for reading only: it is not the analysis a host caches or passes as
 * `previous` (it carries no parse state).
 */
export function withPortfolioProblems(analysis: PlanAnalysis, extra: readonly LeveledProblem[] | undefined): PlanAnalysis {
  if (!extra || extra.length === 0) {
    return analysis;
  }
  const problems = [...analysis.problems, ...extra].sort((a, b) => a.span.offset - b.span.offset || a.span.length - b.span.length);
  const { parseState: _unused, ...rest } = analysis;
  return { ...rest, problems };
}
