import { resolveImports } from './imports';
import type { ImportResult } from './imports';
import type { LanguageServiceParams, LanguageSettings } from './languageTypes';
import type { Locale } from './l10n/localize';
import { MAX_TASK_DEPTH, buildPlan } from './parser/planBuilder';
import type { Plan } from './parser/planModel';
import { parseYaml } from './parser/yamlParser';
import type { ParsedYaml } from './parser/yamlParser';
import { ALL_RULES } from './rules';
import type { PlanRule, Problem, RuleContext } from './rules/types';
import { computeSchedule } from './scheduler/scheduler';
import type { Schedule } from './scheduler/scheduleTypes';
import type { SchemaValidation } from './schemaValidation';
import { SymbolTable } from './symbols/symbolTable';
import { structureMessages, syntaxMessage } from './syntaxMessages';
import { localToday, parseIsoDate } from './utils/dates';
import { applyLevels } from './validation';
import type { LeveledProblem } from './validation';

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
  /** Every problem with its level applied, in document order. */
  readonly problems: readonly LeveledProblem[];
}

export interface AnalysisEnvironment {
  readonly params: LanguageServiceParams;
  readonly settings: LanguageSettings;
  readonly locale: Locale;
  readonly schemaValidation: SchemaValidation;
  readonly rules?: readonly PlanRule[];
  /** Told about a rule that threw; the rest of the analysis goes on. */
  readonly onRuleError?: (rule: PlanRule, error: unknown) => void;
}

/** Parses, validates, resolves imports, schedules and checks one plan. Never throws on bad input. */
export function analyzePlan(uri: string, text: string, env: AnalysisEnvironment): PlanAnalysis {
  const { locale, settings, params } = env;
  const parsed = parseYaml(text);
  const problems: Problem[] = parsed.problems.map((p) => ({ code: 'yaml-syntax', span: p.span, message: syntaxMessage(p, locale) }));
  const structure = structureMessages(locale);
  for (const span of parsed.extraDocuments) {
    problems.push({ code: 'schema', span, message: structure.extraDocument() });
  }
  if (parsed.document && !parsed.problems.some((p) => p.severity === 'error')) {
    problems.push(...env.schemaValidation.validate(parsed.document, locale));
  }
  const { plan, limits } = buildPlan(parsed.document, uri);
  for (const limit of limits) {
    const message = limit.kind === 'nesting' ? structure.tooDeep(MAX_TASK_DEPTH) : structure.aliases();
    problems.push({ code: 'schema', span: limit.span, message });
  }
  const imports = resolveImports(plan, params.readFile, locale);
  problems.push(...imports.problems);
  const symbols = new SymbolTable(
    plan,
    imports.files.map((f) => f.plan),
  );
  const today = params.today?.() ?? localToday();
  const statusDate =
    (settings.statusDate !== undefined ? parseIsoDate(settings.statusDate) : undefined) ?? plan.project?.statusDate?.day ?? today;
  const schedule = computeSchedule(plan, symbols, { defaultStart: defaultProjectStart(plan, statusDate) });
  const ruleProblems = runRulesSafely(env, { plan, symbols, schedule, statusDate, locale });
  problems.push(...ruleProblems);
  return {
    uri,
    text,
    parsed,
    plan,
    imports,
    symbols,
    schedule,
    statusDate,
    problems: applyLevels(problems, plan, settings.rules),
  };
}

/** Runs every rule, isolating each: a rule that throws loses its own results, never the others'. */
function runRulesSafely(env: AnalysisEnvironment, context: Omit<RuleContext, 'report'>): Problem[] {
  const problems: Problem[] = [];
  for (const rule of env.rules ?? ALL_RULES) {
    const before = problems.length;
    try {
      rule.check({ ...context, report: (p) => problems.push(p) });
    } catch (e) {
      problems.length = before;
      env.onRuleError?.(rule, e);
    }
  }
  return problems;
}

/** Without `project.start`, the plan starts at its earliest explicit task date, else on the status date. */
function defaultProjectStart(plan: Plan, statusDate: number): number {
  let earliest: number | undefined;
  for (const t of plan.tasks) {
    const d = t.start?.day;
    if (d !== undefined && (earliest === undefined || d < earliest)) {
      earliest = d;
    }
  }
  return plan.project?.start?.day ?? earliest ?? statusDate;
}
