import type { Locale } from '../l10n/localize';
import type { Plan, Span } from '../parser/planModel';
import type { Schedule } from '../scheduler/scheduleTypes';
import type { SymbolTable } from '../symbols/symbolTable';
import type { RuleCode } from './ruleTable';

/** A place in another document (an import), or in this one when `uri` is the plan's. */
export interface RelatedSpan {
  readonly uri: string;
  readonly span: Span;
  readonly message: string;
}

/** A problem as rules report it: offsets, not positions; the level is applied afterwards. */
export interface Problem {
  readonly code: RuleCode;
  readonly span: Span;
  readonly message: string;
  readonly related?: readonly RelatedSpan[];
  /** What a quick fix needs (ids, proposed values); plain JSON. */
  readonly data?: ProblemData;
}

/** Plain-JSON payload carried to code actions in `Diagnostic.data`. */
export type ProblemData = { readonly [key: string]: string | number | boolean | null | readonly string[] | ProblemData };

export interface RuleContext {
  readonly plan: Plan;
  readonly symbols: SymbolTable;
  readonly schedule: Schedule;
  /** The day checks like `overdue` compare against: the CLI flag, the plan's `status_date`, or today. */
  readonly statusDate: number;
  readonly locale: Locale;
  report(problem: Problem): void;
}

/** One semantic check. Each lives in its own module under `rules/` and reports only its own codes. */
export interface PlanRule {
  readonly codes: readonly RuleCode[];
  /**
   * `entity`: the rule reports on each task and reference by itself, and whether it reports
   * anything on one depends only on that entity, the others of its top-level list item, and
   * which ids are defined (not on other entities' fields, the schedule or the date). It must also
   * give the same problems when called once per part of `plan.tasks` and `plan.references`, in
   * order, as when called once for all. Edits then re-check only the entities they touch.
   */
  readonly scope?: 'entity';
  check(context: RuleContext): void;
}
