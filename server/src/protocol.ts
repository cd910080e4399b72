/**
 * Custom LSP methods of the XProj server, declared once and imported by the server and the VS Code
 * client (model: rust-analyzer `lsp_ext.ts`). Results are the view models the server computes; the
 * client never parses YAML.
 */
import { NotificationType, RequestType } from 'vscode-jsonrpc';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { GanttModel } from '../../common/ganttModel';
import type { GanttPatch } from '../../common/ganttPatch';
import type { TreePatch } from '../../common/treePatch';
import type { ResourceLoadModel } from '../../common/resourceLoad';
import type { PortfolioModel } from '../../common/portfolioModel';
import type { RiskList, TaskTree, TaskTreeNode } from './service/features/views';
import type { BaselineCandidates } from './files/baselineReader';
import type { ReportDocument } from '../../common/reportDocument';

export type { BaselineCandidates } from './files/baselineReader';

export type { GanttDependency, GanttModel, GanttTask } from '../../common/ganttModel';
export type { GanttPatch } from '../../common/ganttPatch';
export type { NamedRef, RiskGroup, RiskLevel, RiskList, RiskListItem, TaskTree, TaskTreeNode, TaskTreePhase, TaskTreeTask } from './service/features/views';

/** Identifies an open plan. */
export interface PlanParams {
  readonly uri: string;
}

/**
 * A view model that can come as a change of the one the client holds: `since` names that one's
 * revision. Without it, or when the server no longer remembers it, the answer is whole.
 */
export interface ViewParams extends PlanParams {
  readonly since?: number;
}

/** A whole view model and its revision: ask again with `since: revision` to receive patches. */
export type Revised<M> = M & { readonly revision: number };

/** How the model of revision `base` became that of `revision`; `revision === base` when nothing changed. */
export interface ViewPatch<P> {
  readonly revision: number;
  readonly base: number;
  readonly patch: P;
}

export type ViewAnswer<M, P> = Revised<M> | ViewPatch<P>;

export type TaskTreePatch = TreePatch<TaskTree, TaskTreeNode>;

/** Phases → summary tasks → tasks of the plan, for the Tasks view. */
export const taskTreeRequest = new RequestType<ViewParams, ViewAnswer<TaskTree, TaskTreePatch> | null, void>('xproj/taskTree');

/** The plan's risks grouped high / medium / low, for the Risks view. */
export const riskListRequest = new RequestType<PlanParams, RiskList | null, void>('xproj/riskList');

/** The scheduled plan for the Gantt chart. */
export const ganttModelRequest = new RequestType<ViewParams, ViewAnswer<GanttModel, GanttPatch> | null, void>('xproj/ganttModel');

/** Each person's load per day across the plan and the workspace's plans that share people with it, for the Resources panel. */
export const resourceLoadRequest = new RequestType<PlanParams, ResourceLoadModel | null, void>('xproj/resourceLoad');

/** Every plan of the workspace on one timeline, the given one first, for the Portfolio panel. */
export const portfolioViewRequest = new RequestType<PlanParams, PortfolioModel | null, void>('xproj/portfolioView');

export interface PlanChangedParams {
  readonly uri: string;
  readonly version: number;
}

/** Sent by the server after each validation of a plan, so views and the chart re-request. */
export const planChangedNotification = new NotificationType<PlanChangedParams>('xproj/planChanged');

/** A bar dragged in the Gantt chart: `move` fixes the task's start, `resize` changes its duration. */
export interface GanttEditParams {
  readonly uri: string;
  readonly taskId: string;
  readonly kind: 'move' | 'resize';
  /** Working days of the plan's calendar the bar moved or grew by (negative: earlier, shorter). */
  readonly workingDays: number;
  /**
   * The new start and (inclusive) end the user saw on drop, ISO. Optional; when given, the server
   * refuses an edit whose result differs from them (the chart was stale) with an error.
   */
  readonly start?: string;
  readonly end?: string;
}

/** The text edit that makes a Gantt drag true in the plan; `null` when the task cannot be edited. */
export const ganttEditRequest = new RequestType<GanttEditParams, WorkspaceEdit | null, void>('xproj/ganttEdit');

/** A task update from a view's menu: `status` (with `status`), `progress` (0–100), or `done`. */
export interface TaskUpdateParams {
  readonly uri: string;
  readonly taskId: string;
  readonly kind: 'status' | 'progress' | 'done';
  readonly status?: string;
  readonly progress?: number;
}

/** The text edit that writes a task update into the plan (one undo step); `null` when the task cannot be edited here. */
export const taskUpdateRequest = new RequestType<TaskUpdateParams, WorkspaceEdit | null, void>('xproj/taskUpdate');

export interface ReportParams {
  readonly uri: string;
  /** `weekly`, `funds`, `risks` or `closing`. */
  readonly kind: string;
}

export interface ReportResult {
  readonly kind: string;
  readonly markdown: string;
  /** The standalone, printable page `xproj report --format html` writes. */
  readonly html: string;
  readonly document: ReportDocument;
  /** The plan's own task ids: the view makes these links back to the plan. */
  readonly taskIds: readonly string[];
}

/** A report of an open plan for the report view; `null` for a document the server does not hold. */
export const reportRequest = new RequestType<ReportParams, ReportResult | null, void>('xproj/report');

export interface CompareParams {
  readonly uri: string;
  /** A git revision of the plan, or a relative path to a plan file; absent: the plan's own `baseline`. */
  readonly base?: string;
}

/** How an open plan differs from a baseline, as Markdown in the server's language; an error when there is none. */
export const compareWithBaselineRequest = new RequestType<CompareParams, { readonly markdown: string } | null, void>('xproj/compareWithBaseline');

/** The baselines a plan can be compared with: its repository's tags and its recent commits. */
export const baselineCandidatesRequest = new RequestType<PlanParams, BaselineCandidates | null, void>('xproj/baselineCandidates');

/** `xproj/export`: an open plan in another tool's format (`xproj export`'s formats). */
export interface ExportPlanParams {
  readonly uri: string;
  /** tjp, mspdi, xlsx, csv, ics, mermaid, svg, png or pdf. */
  readonly format: string;
  /** Language of headers and labels: `en` or `zh-cn`. */
  readonly locale?: string;
  /** Chart formats: the first and last day shown, ISO. */
  readonly from?: string;
  readonly until?: string;
}

/** Text formats come as text, the others (xlsx, png, pdf) as base64. */
export interface ExportPlanResult {
  readonly text?: string;
  readonly base64?: string;
}

export const exportPlanRequest = new RequestType<ExportPlanParams, ExportPlanResult | null, void>('xproj/export');

/** `xproj/import`: a file's bytes (MS Project XML, .csv or .xlsx), read by the client. */
export interface ImportPlanParams {
  /** The file's name; its extension says how to read it. */
  readonly fileName: string;
  readonly base64: string;
  readonly locale?: string;
}

/** The plan's YAML, and what could not be carried over (also written at its top). */
export interface ImportPlanResult {
  readonly yaml: string;
  readonly notes: readonly string[];
}

export const importPlanRequest = new RequestType<ImportPlanParams, ImportPlanResult | null, void>('xproj/import');

export { EXPORT_EXTENSIONS, EXPORT_FORMATS } from './interop/export/formats';
export type { ExportFormat } from './interop/export/formats';
