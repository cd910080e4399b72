import type { Locale } from '../l10n/localize';
import type { Plan } from '../model/planModel';
import type { Schedule } from '../scheduler/scheduleTypes';
import type { SymbolTable } from '../symbols/symbolTable';
import type { RuleCode } from '../model/ruleCodes';
import type { Problem } from '../model/problems';
import type { BaselineResult } from '../model/baseline';

export interface RuleContext {
  readonly plan: Plan;
  readonly symbols: SymbolTable;
  readonly schedule: Schedule;
  /** The day checks like `overdue` compare against: the CLI flag, the plan's `status_date`, or today. */
  readonly statusDate: number;
  readonly locale: Locale;
  /** The plan named by `project.baseline`, or why it could not be had. */
  readonly baseline?: BaselineResult;
  /**
   * What a rule keeps for one analysis, made on first use: an entity-scoped rule is called once
   * per part of the plan, and some work (or a budget) belongs to the whole analysis. `key` is the
   * rule's own constant object.
   */
  perAnalysis<T>(key: object, make: () => T): T;
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
