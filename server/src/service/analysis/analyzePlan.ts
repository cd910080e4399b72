import { resolveImports } from '../parser/imports';
import { MAX_TASK_DEPTH, buildPlan } from '../parser/planBuilder';
import type { Plan } from '../model/planModel';
import { buildPlanFromChunks, chunkPlanPart } from '../parser/incremental/chunkPlan';
import type { ChunkPart } from '../parser/incremental/chunkPlan';
import { validateChunks } from '../schema/chunkSchema';
import { evictItems, evictsItems, parseIncremental } from '../parser/incrementalParser';
import type { FirstParseHook } from '../parser/incrementalParser';
import { evictItem } from '../parser/incremental/chunkParser';
import { itemSchemaProblems } from '../schema/chunkSchema';
import { ScratchDocument } from '../parser/incremental/scratchDocument';
import { BaselineCache } from './baselinePlan';
import { withoutCascades } from './cascades';
import type { ParsedYaml } from '../parser/yamlParser';
import { ALL_RULES } from '../rules';
import type { Problem } from '../model/problems';
import { runRules } from '../rules/ruleRunner';
import { defaultProjectStart } from '../scheduler/projectStart';
import { computeSchedule } from '../scheduler/scheduler';
import { SymbolTable } from '../symbols/symbolTable';
import { extraDocumentsMessage, structureMessages, syntaxMessage } from '../parser/syntaxMessages';
import { formatDay, localToday, parseIsoDate } from '../../../../common/dates';
import { applyLevels } from '../rules/ruleLevels';
import type { AnalysisEnvironment, PlanAnalysis, PlanDraft, PreviousAnalysis } from './planAnalysis';
import type { IncrementalParseState } from '../parser/incrementalParser';

/**
 * Parses, validates, resolves imports, schedules and checks one plan. Never throws on bad input.
 * With the analysis of the same document's previous version, only the changed parts of the text
 * are parsed again; `previous` must not be read afterwards (see `PlanAnalysis.parseState`).
 */
export function analyzePlan(uri: string, text: string, env: AnalysisEnvironment, previous?: PreviousAnalysis): PlanAnalysis {
  return draftPlan(uri, text, env, previous).finish();
}

/** The first phase of `analyzePlan`, whose `finish` gives what `analyzePlan` gives. */
export function draftPlan(uri: string, text: string, env: AnalysisEnvironment, previous?: PreviousAnalysis): PlanDraft {
  const { locale, settings } = env;
  const { parsed, state, chunks, rootSpan } = parseIncremental(
    text,
    previous?.uri === uri ? previous.parseState : undefined,
    env.parseOptions,
    evictsItems(text.length, env.parseOptions) ? firstParseHook(uri, env) : undefined,
  );
  const problems: Problem[] = parsed.problems.map((p) => ({ code: 'yaml-syntax', span: p.span, message: syntaxMessage(p, locale) }));
  const structure = structureMessages(locale);
  if (parsed.extraDocuments) {
    problems.push({ code: 'schema', span: parsed.extraDocuments.span, message: extraDocumentsMessage(parsed.extraDocuments.count, locale) });
  }
  // `parsed.document` is read only where the chunks cannot stand in for it: reading it places every node.
  const schemaProblems = chunks ? validateChunks(chunks, env.schemaValidation, locale) : undefined;
  if (schemaProblems) {
    problems.push(...schemaProblems);
  } else if (parsed.document && !parsed.problems.some((p) => p.severity === 'error')) {
    problems.push(...env.schemaValidation.validate(parsed.document, locale));
  }
  const { plan, limits, parts } = chunks && rootSpan ? buildPlanFromChunks(chunks, rootSpan, uri) : { ...buildPlan(parsed.document, uri), parts: undefined };
  for (const limit of limits) {
    const message =
      limit.kind === 'nesting'
        ? structure.tooDeep(MAX_TASK_DEPTH)
        : limit.kind === 'aliases'
          ? structure.aliases()
          : structure.holidayAndWorkday(formatDay(limit.day));
    problems.push({ code: 'schema', span: limit.span, message });
  }
  let analysis: PlanAnalysis | undefined;
  return {
    uri,
    parseState: state,
    earlyProblems: () => applyLevels(problems, plan, settings.rules),
    finish: () => (analysis ??= finishAnalysis(uri, text, env, parsed, state, plan, problems, parts)),
  };
}

/**
 * On a large plan's first parse, each item is checked against the schema and built into the model
 * as soon as it is parsed, then its nodes go: the plan never holds every node at once.
 */
function firstParseHook(uri: string, env: AnalysisEnvironment): FirstParseHook {
  const scratch = new ScratchDocument();
  return (item, header) => {
    itemSchemaProblems(item, header, env.schemaValidation, env.locale, scratch);
    chunkPlanPart(item, header, scratch, uri);
    evictItem(item);
  };
}

function finishAnalysis(
  uri: string,
  text: string,
  env: AnalysisEnvironment,
  parsed: ParsedYaml,
  parseState: IncrementalParseState | undefined,
  plan: Plan,
  early: readonly Problem[],
  parts: readonly ChunkPart[] | undefined,
): PlanAnalysis {
  const { locale, settings } = env;
  const problems = [...early];
  const imports = resolveImports(plan, env.readFile, locale);
  problems.push(...imports.problems);
  const symbols = new SymbolTable(
    plan,
    imports.files.map((f) => f.plan),
  );
  const today = env.today?.() ?? localToday();
  // A status date someone gave (the settings or the CLI, else the plan) brings a forecast; the clock's does not.
  const given = (settings.statusDate !== undefined ? parseIsoDate(settings.statusDate) : undefined) ?? plan.project?.statusDate?.day;
  const statusDate = given ?? today;
  const schedule = computeSchedule(plan, { defaultStart: defaultProjectStart(plan, statusDate), ...(given !== undefined ? { statusDate: given } : {}) });
  const written = settings.baseline ?? plan.project?.baseline?.value;
  const baseline = written === undefined ? undefined : (env.baselines ?? new BaselineCache()).resolve(uri, written, env.readBaseline);
  const facts = { plan, symbols, schedule, statusDate, locale, ...(baseline ? { baseline } : {}) };
  const ruleProblems = runRules(env.rules ?? ALL_RULES, facts, env.onRuleError, parts);
  problems.push(...withoutCascades(plan, early, ruleProblems));
  evictItems(parseState, env.parseOptions);
  return {
    uri,
    text,
    parsed,
    plan,
    imports,
    symbols,
    schedule,
    statusDate,
    ...(baseline ? { baseline } : {}),
    problems: applyLevels(problems, plan, settings.rules),
    parseState,
  };
}
