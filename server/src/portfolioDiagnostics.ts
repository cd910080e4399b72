import type { LanguageService, LeveledProblem, PlanAnalysis, PortfolioPlan } from './service';
import type { WorkspacePlans } from './workspacePlans';

/** What checking a plan together with the workspace's other plans gave. */
export interface PortfolioCheck {
  /** The problems the portfolio adds to the plan. */
  readonly problems: readonly LeveledProblem[];
  /** Open plans that share people with it and whose portfolio problems changed: to publish again. */
  readonly stale: readonly string[];
}

/**
 * The workspace's plans checked together: a plan's diagnostics include the overallocations of the
 * people it shares with other plans, open or not (closed plans are read through `WorkspacePlans`).
 * Each analysis is summarised once (`LanguageService.portfolioPlan`), so an edit costs one summary
 * and one sweep over the shared people's bookings.
 */
export class PortfolioDiagnostics {
  private readonly summaries = new WeakMap<PlanAnalysis, PortfolioPlan>();
  /** What the last check gave each open plan, as published; to tell whom an edit changes. */
  private readonly published = new Map<string, string>();
  /** The plans each plan shares people with, from the last check that saw it. */
  private readonly groups = new Map<string, readonly string[]>();

  constructor(
    private readonly service: LanguageService,
    private readonly workspace: WorkspacePlans,
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  /** Checks the plan with the others; `analysis` is its current one. */
  check(uri: string, analysis: PlanAnalysis): PortfolioCheck {
    const own = this.summary(analysis);
    const sharedBefore = this.groups.get(uri);
    // A plan that imports nobody's people cannot share them: the workspace need not be read for it.
    if (own.bookings.length === 0 && !sharedBefore) {
      this.published.set(uri, '');
      return { problems: [], stale: [] };
    }
    const plans: PortfolioPlan[] = [own];
    for (const other of this.workspace.all()) {
      if (other.analysis.uri !== uri && other.analysis.plan.project) {
        plans.push(this.summary(other.analysis));
      }
    }
    // Problems are made for the open plans alone: only theirs are published.
    const open = new Set(plans.filter((p) => p.uri === uri || this.isOpen(p.uri)).map((p) => p.uri));
    const result = this.service.checkPortfolio(plans, open);
    const group = result.groups.find((g) => g.includes(uri)) ?? [];
    // Plans it shared people with before the edit are to be told too: they may have lost a conflict.
    const concerned = new Set([...group, ...(sharedBefore ?? [])]);
    for (const g of result.groups) {
      for (const member of g) {
        this.groups.set(member, g);
      }
    }
    if (group.length === 0) {
      this.groups.delete(uri);
    }
    const problems = result.problems.get(uri) ?? [];
    this.published.set(uri, signature(problems));
    const stale: string[] = [];
    for (const other of concerned) {
      if (other !== uri && this.isOpen(other) && this.published.get(other) !== signature(result.problems.get(other) ?? [])) {
        stale.push(other);
      }
    }
    return { problems, stale };
  }

  /** Open plans that shared people with `uri` at the last check. */
  sharingWith(uri: string): string[] {
    return (this.groups.get(uri) ?? []).filter((u) => u !== uri && this.isOpen(u));
  }

  /** A plan closed: what was published to it is gone. */
  forget(uri: string): void {
    this.published.delete(uri);
  }

  private summary(analysis: PlanAnalysis): PortfolioPlan {
    let summary = this.summaries.get(analysis);
    if (!summary) {
      summary = this.service.portfolioPlan(analysis);
      this.summaries.set(analysis, summary);
    }
    return summary;
  }
}

function signature(problems: readonly LeveledProblem[]): string {
  return JSON.stringify(problems.map((p) => [p.span.offset, p.span.length, p.severity, p.message]));
}
