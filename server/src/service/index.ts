import type {
  CodeAction,
  CodeActionContext,
  CodeLens,
  CompletionList,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
  SymbolInformation,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import schema from '../../../schemas/xproj.schema.json';
import { analyzePlan, draftPlan } from './analysis/analyzePlan';
import { BaselineCache } from './analysis/baselinePlan';
import { computePlanDiff } from './features/planDiff';
import type { PlanDiff } from './features/planDiff';
import { planDiffMarkdown } from './features/planDiffMarkdown';
import { baselineErrorMessage } from './rules/baselineError';
import type { AnalysisEnvironment, PlanAnalysis, PreviousAnalysis } from './analysis/planAnalysis';
import { toDiagnostics } from './features/diagnostics';
import { MAX_PROBLEMS, capProblems } from './features/problemCap';
import type { LeveledProblem } from './model/problems';
import type { LanguageServiceParams, LanguageSettings } from './languageTypes';
import { normalizeLocale } from './l10n/localize';
import type { Locale } from './l10n/localize';
import type { PlanRule } from './rules/types';
import { SchemaValidation } from './schema/schemaValidation';
import { XprojCodeActions } from './features/codeActions';
import { XprojCodeLens } from './features/codeLens';
import { XprojCompletion } from './features/completion';
import { XprojGanttEdit } from './features/ganttEdit';
import type { GanttDrag } from './features/ganttEdit';
import { XprojTaskUpdate } from './features/taskEdits/taskUpdate';
import { buildReport as buildReportModel, renderReport as renderReportText, reportDocument as reportDocumentOf } from './features/reports/reports';
import type { ReportKind } from './features/reports/reportTypes';
import type { ReportDocument as ReportDoc } from './features/reports/reportDocument';
import type { TaskUpdate } from './features/taskEdits/taskUpdate';
import { XprojHover } from './features/hover';
import { XprojInlayHints } from './features/inlayHints';
import { XprojNavigation } from './features/navigation';
import { XprojRename } from './features/rename';
import { XprojSymbols } from './features/documentSymbols';
import { getGanttModel, getPortfolioView, getResourceLoad, getRiskList, getTaskTree } from './features/views';
import { TaskFacts } from './features/views/taskFacts';
import type { PortfolioModel } from '../../../common/portfolioModel';
import type { ResourceLoadModel } from '../../../common/resourceLoad';
import type { GanttModel, RiskList, TaskTree } from './features/views';
import { portfolioPlanOf } from './analysis/portfolio/portfolioPlan';
import type { PortfolioPlan } from './analysis/portfolio/portfolioPlan';
import { checkPortfolio } from './analysis/portfolio/portfolioCheck';
import { levelPlan } from './analysis/levelling/levelPlan';
import type { LevellingProposal } from './analysis/levelling/levelPlan';
import type { PortfolioResult } from './analysis/portfolio/portfolioCheck';

export type { PlanAnalysis, PreviousAnalysis } from './analysis/planAnalysis';
export type { LanguageServiceParams, LanguageSettings, ServiceLogger, Severity } from './languageTypes';
export type { LeveledProblem } from './model/problems';
export { RULE_CODES, DEFAULT_LEVELS } from './model/ruleCodes';
export type { RuleCode } from './model/ruleCodes';
export { formatDay, parseIsoDate } from '../../../common/dates';
export { isCodeLensData } from './features/codeLens';
export { RenameRefusal } from './features/rename';
export type { GanttModel, RiskList, TaskTree } from './features/views';
export type { GanttDrag } from './features/ganttEdit';
export { GanttEditRefusal } from './features/ganttEdit';
export { TaskUpdateRefusal } from './features/taskEdits/taskUpdate';
export type { TaskUpdate } from './features/taskEdits/taskUpdate';
export { SOURCE_ACTION_KINDS } from './features/sourceActions';
export { computePlanDiff, slipped } from './features/planDiff';
export type { PlanDiff, TaskChange } from './features/planDiff';
export { planDiffMarkdown } from './features/planDiffMarkdown';
export { baselineErrorMessage } from './rules/baselineError';
export { criticalTaskCount } from './scheduler/criticalCount';
export { scheduleReliability } from './analysis/reliability';
export { MAX_PROBLEMS } from './features/problemCap';
export { buildReport, renderReport, reportDocument } from './features/reports/reports';
export type { ReportModel } from './features/reports/reports';
export { LOAD_REPORT, LOAD_REPORT_FORMATS, REPORT_FORMATS, REPORT_KINDS } from './features/reports/reportTypes';
export type {
  EarnedValue,
  LoadReportFormat,
  NamedRef,
  ReportFormat,
  ReportHeader,
  ReportKind,
  ReportNotice,
  ReportOptions,
  TaskLine,
} from './features/reports/reportTypes';
export { loadReport } from './features/reports/load';
export type { LoadPerson, LoadPlan, LoadReport, LoadTask, LoadWeek } from './features/reports/load';
export { loadDocument } from './features/reports/loadText';
export { renderLoadReport } from './features/reports/loadOutput';
export type { WeeklyReport } from './features/reports/weekly';
export type { FundsReport } from './features/reports/funds';
export type { RisksReport } from './features/reports/risks';
export type { ClosingReport } from './features/reports/closing';
export type { ReportDocument } from './features/reports/reportDocument';
export { renderMarkdown } from './features/reports/markdownRenderer';
export { renderHtml } from './features/reports/htmlRenderer';
export type { PortfolioPlan, PortfolioBooking } from './analysis/portfolio/portfolioPlan';
export type { PortfolioResult } from './analysis/portfolio/portfolioCheck';
export { withPortfolioProblems } from './analysis/portfolio/withPortfolio';
export type { LevellingProposal } from './analysis/levelling/levelPlan';

/**
 * The first phase of an analysis (`LanguageService.draftAnalysis`): syntax and schema problems
 * now, the rest later. Usable as the previous analysis of the document's next version.
 */
export interface AnalysisDraft extends PreviousAnalysis {
  /** Syntax and schema diagnostics; rule diagnostics come with the finished analysis. */
  earlyDiagnostics(): Diagnostic[];
  /** The complete analysis, as `analyze` would give it; computed on the first call only. */
  finish(): PlanAnalysis;
}

/** The XProj language service: pure functions of a document, its imports (read through params) and settings. */
export interface LanguageService {
  configure(settings: LanguageSettings): void;
  /**
   * Parses and checks a document; hosts cache the result by uri + version. Given the analysis of
   * the document's previous version, reuses what the edit left unchanged; that previous analysis
   * must not be read afterwards.
   */
  analyze(document: TextDocument, previous?: PreviousAnalysis): PlanAnalysis;
  /** `analyze` in two phases, so a host can show a large plan's syntax and schema problems before the rules run. */
  draftAnalysis(document: TextDocument, previous?: PreviousAnalysis): AnalysisDraft;
  /**
   * The diagnostics of a document: at most `maxProblems` (default `MAX_PROBLEMS`, 0 for all), errors
   * first, and one summary diagnostic of those left out (`capProblems`).
   */
  doValidation(
    document: TextDocument,
    analysis?: PlanAnalysis,
    options?: { relatedInformation?: boolean; maxProblems?: number; relatedDocument?: (uri: string) => TextDocument | undefined },
  ): Diagnostic[];
  /** The problems `doValidation` would show, as problems: how the CLI bounds its output. */
  capProblems(problems: readonly LeveledProblem[], maxProblems?: number): readonly LeveledProblem[];
  doComplete(document: TextDocument, position: Position, analysis: PlanAnalysis): CompletionList;
  doHover(document: TextDocument, position: Position, analysis: PlanAnalysis): Hover | null;
  findDefinition(document: TextDocument, position: Position, analysis: PlanAnalysis): Location[];
  /** `others`: further plans that may reference shared people, departments and phases. */
  findReferences(document: TextDocument, position: Position, analysis: PlanAnalysis, includeDeclaration: boolean, others?: readonly PlanAnalysis[]): Location[];
  findDocumentHighlights(document: TextDocument, position: Position, analysis: PlanAnalysis): DocumentHighlight[];
  /** Throws `RenameRefusal` (with a localised message) where the cursor is not on a renameable id. */
  prepareRename(document: TextDocument, position: Position, analysis: PlanAnalysis): { range: Range; placeholder: string } | null;
  /** Throws `RenameRefusal` for an invalid or colliding new name. */
  doRename(document: TextDocument, position: Position, newName: string, analysis: PlanAnalysis, others?: readonly PlanAnalysis[]): WorkspaceEdit | null;
  findDocumentSymbols(document: TextDocument, analysis: PlanAnalysis): DocumentSymbol[];
  findWorkspaceSymbols(query: string, plans: readonly { document: TextDocument; analysis: PlanAnalysis }[]): SymbolInformation[];
  /** Quick fixes for the context's diagnostics, then source actions (template, RACI, meetings, fix all). */
  doCodeActions(document: TextDocument, range: Range, context: CodeActionContext, analysis: PlanAnalysis): CodeAction[];
  /** Where the lenses are; their titles come from `resolveCodeLens`. */
  getCodeLenses(document: TextDocument, analysis: PlanAnalysis): CodeLens[];
  resolveCodeLens(document: TextDocument, analysis: PlanAnalysis, lens: CodeLens): CodeLens;
  getInlayHints(document: TextDocument, range: Range, analysis: PlanAnalysis): InlayHint[];
  /** What checking plans together needs of one plan (plain JSON), with the current settings' levels. */
  portfolioPlan(analysis: PlanAnalysis): PortfolioPlan;
  /**
   * Checks plans together: a person imported from one organisation file into several plans and
   * over capacity across them gets `overallocation` in each plan involved (`withPortfolioProblems`
   * adds them to an analysis). With `only` (plan URIs), problems are made for those plans alone.
   */
  checkPortfolio(plans: readonly PortfolioPlan[], only?: ReadonlySet<string>): PortfolioResult;
  /**
   * What a greedy levelling would change (`xproj schedule --level`): the smallest delays, within
   * each task's slack, that end the plan's overallocations, and those it cannot end. Writes nothing.
   */
  levelSchedule(analysis: PlanAnalysis): LevellingProposal[];
  /**
   * The views' models. `document`, the open document the analysis is of, lends them its line
   * index, which the server's other features have made already; without it they make their own.
   */
  getTaskTree(analysis: PlanAnalysis, document?: TextDocument): TaskTree;
  getRiskList(analysis: PlanAnalysis, document?: TextDocument): RiskList;
  getGanttModel(analysis: PlanAnalysis, document?: TextDocument): GanttModel;
  /** The load view of a plan and of the workspace's plans (`others`) that book some of its imported people. */
  getResourceLoad(analysis: PlanAnalysis, others: readonly PlanAnalysis[]): ResourceLoadModel | null;
  /** Every plan of the workspace on one timeline, the plan first (`others`: the workspace's plans). */
  getPortfolioView(analysis: PlanAnalysis, others: readonly PlanAnalysis[]): PortfolioModel;
  /**
   * How the document differs from a baseline: `base` (a git revision or a plan file), else the
   * plan's own `baseline`. The diff's contract JSON and its Markdown, or why there is none.
   */
  compareWithBaseline(
    document: TextDocument,
    analysis: PlanAnalysis,
    base?: string,
  ): { readonly diff: PlanDiff; readonly markdown: string } | { readonly error: string };
  /**
   * A Gantt drag as it came over the wire, checked field by field.
   * @throws GanttEditRefusal (with a localised message) for a malformed one.
   */
  parseGanttDrag(raw: unknown): GanttDrag;
  /**
   * The plan edit for a bar dragged in the Gantt chart; null for a task the chart cannot change.
   * @throws GanttEditRefusal when the chart was stale or the task would leave the supported dates.
   */
  doGanttEdit(document: TextDocument, analysis: PlanAnalysis, drag: GanttDrag): WorkspaceEdit | null;
  /**
   * A task update from a view's menu (status, progress, done) as it came over the wire.
   * @throws TaskUpdateRefusal (localised) for a malformed one.
   */
  parseTaskUpdate(raw: unknown): TaskUpdate;
  /**
   * A report of the plan for the editor's report view, in the service's language and with the
   * configured status date: its Markdown (to copy), its standalone HTML page (to save) and its
   * document (to draw), and the ids of the plan's own tasks (which the view links back to).
   */
  report(analysis: PlanAnalysis, kind: ReportKind): { markdown: string; html: string; document: ReportDoc; taskIds: string[] };
  /** The plan edit for a task update; null for a task of another file or a stale analysis. */
  doTaskUpdate(document: TextDocument, analysis: PlanAnalysis, update: TaskUpdate): WorkspaceEdit | null;
  readonly locale: Locale;
}

const noBaseline: Readonly<Record<Locale, string>> = {
  en: 'The plan names no baseline: choose one, or add project.baseline to the plan.',
  'zh-cn': '计划没有指定基线：请选择一个，或在计划中添加 project.baseline。',
};

export function getLanguageService(params: LanguageServiceParams = {}): LanguageService {
  const locale = normalizeLocale(params.locale);
  // Compiled once per service: ajv compilation is the costliest part of start-up.
  const planSchema = params.schema ?? schema;
  const schemaValidation = new SchemaValidation(planSchema, params.schemaValidator);
  const hover = new XprojHover(locale, planSchema);
  const completion = new XprojCompletion(locale, planSchema);
  const navigation = new XprojNavigation(locale);
  const rename = new XprojRename(locale);
  const symbols = new XprojSymbols(locale);
  const codeLens = new XprojCodeLens(locale);
  const codeActions = new XprojCodeActions(locale);
  const inlayHints = new XprojInlayHints(locale);
  const ganttEdit = new XprojGanttEdit(locale);
  const taskUpdate = new XprojTaskUpdate(locale);
  let settings: LanguageSettings = {};
  const onRuleError = (rule: PlanRule, error: unknown): void => {
    params.logger?.error(`Rule ${rule.codes.join(', ')} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  };
  const baselines = new BaselineCache();
  // One set of view facts (line index, progress roll-up, inherited owners) per analysed version:
  // the task tree, risks and Gantt model asked for after the same edit share it.
  const viewFacts = new WeakMap<PlanAnalysis, TaskFacts>();
  const factsOf = (analysis: PlanAnalysis, document?: TextDocument): TaskFacts => {
    let facts = viewFacts.get(analysis);
    if (!facts) {
      facts = new TaskFacts(analysis, document);
      viewFacts.set(analysis, facts);
    }
    return facts;
  };
  const environment = (): AnalysisEnvironment => ({
    readFile: params.readFile,
    today: params.today,
    readBaseline: params.readBaseline,
    baselines,
    settings,
    locale,
    schemaValidation,
    onRuleError,
    parseOptions: params.parseOptions,
  });
  const analyze = (document: TextDocument, previous?: PreviousAnalysis): PlanAnalysis => analyzePlan(document.uri, document.getText(), environment(), previous);
  return {
    locale,
    configure(next) {
      settings = next;
    },
    analyze,
    draftAnalysis(document, previous) {
      const draft = draftPlan(document.uri, document.getText(), environment(), previous);
      return {
        uri: draft.uri,
        parseState: draft.parseState,
        // toDiagnostics reads only these fields of an analysis; there are no imports yet.
        earlyDiagnostics: () =>
          toDiagnostics(
            document,
            { uri: draft.uri, problems: draft.earlyProblems(), imports: { files: [], problems: [] } } as Pick<
              PlanAnalysis,
              'uri' | 'problems' | 'imports'
            > as PlanAnalysis,
            {
              rulesDocumentationUri: params.rulesDocumentationUri,
              locale,
            },
          ),
        finish: draft.finish,
      };
    },
    doValidation(document, analysis, options) {
      return toDiagnostics(document, analysis ?? analyze(document), {
        rulesDocumentationUri: params.rulesDocumentationUri,
        relatedInformation: options?.relatedInformation,
        maxProblems: options?.maxProblems,
        relatedDocument: options?.relatedDocument,
        locale,
      });
    },
    capProblems: (problems, maxProblems = MAX_PROBLEMS) => capProblems(problems, maxProblems, locale),
    doComplete: completion.doComplete.bind(completion),
    doHover: hover.doHover.bind(hover),
    findDefinition: navigation.findDefinition.bind(navigation),
    findReferences: navigation.findReferences.bind(navigation),
    findDocumentHighlights: navigation.findDocumentHighlights.bind(navigation),
    prepareRename: rename.prepareRename.bind(rename),
    doRename: rename.doRename.bind(rename),
    findDocumentSymbols: symbols.findDocumentSymbols.bind(symbols),
    findWorkspaceSymbols: symbols.findWorkspaceSymbols.bind(symbols),
    doCodeActions: codeActions.doCodeActions.bind(codeActions),
    getCodeLenses: codeLens.getCodeLenses.bind(codeLens),
    resolveCodeLens: codeLens.resolveCodeLens.bind(codeLens),
    getInlayHints: inlayHints.getInlayHints.bind(inlayHints),
    portfolioPlan: (analysis) => portfolioPlanOf(analysis, settings.rules),
    checkPortfolio: (plans, only) => checkPortfolio(plans, locale, only),
    levelSchedule: (analysis) => levelPlan(analysis, locale),
    getTaskTree: (analysis, document) => getTaskTree(analysis, locale, factsOf(analysis, document)),
    getRiskList: (analysis, document) => getRiskList(analysis, locale, factsOf(analysis, document)),
    getGanttModel: (analysis, document) => getGanttModel(analysis, locale, factsOf(analysis, document)),
    getResourceLoad: (analysis, others) => getResourceLoad(analysis, others),
    getPortfolioView: (analysis, others) => getPortfolioView(analysis, others),
    compareWithBaseline(document, analysis, base) {
      // Against another baseline than the plan's: the same text analysed once more with it.
      const compared =
        base === undefined ? analysis : analyzePlan(document.uri, document.getText(), { ...environment(), settings: { ...settings, baseline: base } });
      const result = compared.baseline;
      const label = base ?? compared.plan.project?.baseline?.value;
      if (!result || label === undefined) {
        return { error: noBaseline[locale] };
      }
      if ('error' in result) {
        return { error: baselineErrorMessage(result.error, label, locale) };
      }
      const diff = computePlanDiff(compared)!;
      const name = compared.plan.project?.name?.value ?? compared.plan.project?.id?.value ?? document.uri;
      return { diff, markdown: planDiffMarkdown(diff, name, locale, compared.plan.budget?.currency?.value) };
    },
    parseGanttDrag: ganttEdit.parseDrag.bind(ganttEdit),
    doGanttEdit: ganttEdit.doGanttEdit.bind(ganttEdit),
    parseTaskUpdate: taskUpdate.parse.bind(taskUpdate),
    report(analysis, kind) {
      const model = buildReportModel(analysis, { kind, locale, ...(settings.statusDate !== undefined ? { statusDate: settings.statusDate } : {}) });
      const taskIds = analysis.plan.tasks.filter((t) => t.uri === analysis.uri).map((t) => t.id);
      return {
        markdown: renderReportText(model, 'markdown', locale),
        html: renderReportText(model, 'html', locale),
        document: reportDocumentOf(model, locale),
        taskIds,
      };
    },
    doTaskUpdate: taskUpdate.doTaskUpdate.bind(taskUpdate),
  };
}
