/**
 * Custom LSP methods of the XProj server, declared once and imported by the server and the VS Code
 * client (model: rust-analyzer `lsp_ext.ts`). Results are the view models the server computes; the
 * client never parses YAML.
 */
import { NotificationType, RequestType } from 'vscode-jsonrpc';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { GanttModel } from '../../common/ganttModel';
import type { RiskList, TaskTree } from './service/features/views';
import type { BaselineCandidates } from './files/baselineReader';

export type { BaselineCandidates } from './files/baselineReader';

export type { GanttDependency, GanttModel, GanttTask } from '../../common/ganttModel';
export type {
  NamedRef,
  RiskGroup,
  RiskLevel,
  RiskList,
  RiskListItem,
  TaskTree,
  TaskTreeNode,
  TaskTreePhase,
  TaskTreeTask,
} from './service/features/views';

/** Identifies an open plan. */
export interface PlanParams {
  readonly uri: string;
}

/** Phases → summary tasks → tasks of the plan, for the Tasks view. */
export const taskTreeRequest = new RequestType<PlanParams, TaskTree | null, void>('xproj/taskTree');

/** The plan's risks grouped high / medium / low, for the Risks view. */
export const riskListRequest = new RequestType<PlanParams, RiskList | null, void>('xproj/riskList');

/** The scheduled plan for the Gantt chart. */
export const ganttModelRequest = new RequestType<PlanParams, GanttModel | null, void>('xproj/ganttModel');

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

export interface CompareParams {
  readonly uri: string;
  /** A git revision of the plan, or a relative path to a plan file; absent: the plan's own `baseline`. */
  readonly base?: string;
}

/** How an open plan differs from a baseline, as Markdown in the server's language; an error when there is none. */
export const compareWithBaselineRequest = new RequestType<CompareParams, { readonly markdown: string } | null, void>('xproj/compareWithBaseline');

/** The baselines a plan can be compared with: its repository's tags and its recent commits. */
export const baselineCandidatesRequest = new RequestType<PlanParams, BaselineCandidates | null, void>('xproj/baselineCandidates');
