import type { Locale } from '../l10n/localize';
import type { Plan, RuleLevel } from '../model/planModel';
import type { LeveledProblem } from '../model/problems';
import type { FileReader, ImportResult } from '../parser/imports';
import type { IncrementalParseOptions, IncrementalParseState } from '../parser/incrementalParser';
import type { ParsedYaml } from '../parser/yamlParser';
import type { PlanRule } from '../rules/types';
import type { Schedule } from '../scheduler/scheduleTypes';
import type { SchemaValidation } from '../schema/schemaValidation';
import type { SymbolTable } from '../symbols/symbolTable';
import type { BaselineResult } from '../model/baseline';
import type { BaselineCache, BaselineReader } from './baselinePlan';

/** User settings that change results; hosts pass them through `configure`. */
export interface LanguageSettings {
  /** Rule levels by code (`missing-owner`) or camelCase key (`missingOwner`); a plan's own `rules:` wins. */
  readonly rules?: Readonly<Record<string, RuleLevel | undefined>>;
  /** ISO date used as "today" by status rules; wins over the plan's `status_date`. */
  readonly statusDate?: string;
  /** The baseline to compare with, whatever the plan's `baseline` says (`xproj diff BASE`). */
  readonly baseline?: string;
}

/** Everything the service knows about one version of one plan. Hosts cache it by uri + version. */
export interface PlanAnalysis {
  readonly uri: string;
  readonly text: string;
  readonly parsed: ParsedYaml;
  readonly plan: Plan;
  readonly imports: ImportResult;
  readonly symbols: SymbolTable;
  readonly schedule: Schedule;
  /** The day status rules compare against. */
  readonly statusDate: number;
  /** The plan named by `project.baseline`, or why it could not be had; absent without a baseline. */
  readonly baseline?: BaselineResult;
  /** Every problem with its level applied, in document order. */
  readonly problems: readonly LeveledProblem[];
  /**
   * What the analysis of the document's next version reuses. Passing this analysis as `previous`
   * hands its YAML nodes over to the new one: from then on, read only the new analysis.
   */
  readonly parseState?: IncrementalParseState;
}

/** What an analysis needs from its host, besides the text. */
export interface AnalysisEnvironment {
  /** Reads imported files; without it every import is unreadable. */
  readonly readFile?: FileReader;
  /** Today as a day number, for status checks; defaults to the local date. */
  readonly today?: () => number;
  /** Reads the text of a plan's `baseline`; without it, a baseline is reported unreadable. */
  readonly readBaseline?: BaselineReader;
  /** Where parsed baselines are kept between analyses (the service's own). */
  readonly baselines?: BaselineCache;
  readonly settings: LanguageSettings;
  readonly locale: Locale;
  readonly schemaValidation: SchemaValidation;
  readonly rules?: readonly PlanRule[];
  /** Told about a rule that threw; the rest of the analysis goes on. */
  readonly onRuleError?: (rule: PlanRule, error: unknown) => void;
  /** How texts are split for incremental parsing; tests lower the size from which it starts. */
  readonly parseOptions?: IncrementalParseOptions;
}

/** What the analysis of a document's next version needs of the last one: its parse, to reuse. */
export type PreviousAnalysis = Pick<PlanAnalysis, 'uri' | 'parseState'>;

/**
 * The first phase of an analysis: the text parsed, checked against the schema and read into the
 * plan model. Its problems are what a user needs first when a large plan opens; `finish` adds
 * imports, the schedule and the rules.
 */
export interface PlanDraft extends PreviousAnalysis {
  /** Syntax, schema and structure problems with their levels applied, in document order. */
  earlyProblems(): LeveledProblem[];
  /** The complete analysis; computed on the first call only. */
  finish(): PlanAnalysis;
}
