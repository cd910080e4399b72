/**
 * Messages between the Gantt webview and its VS Code host. Both sides import this module: the
 * webview must not import `vscode`, and the host must not trust what the webview posts, so every
 * message is checked with the validators below before it is used.
 */

import { isDependencyType } from '../../common/dependencyType';
import type { GanttCalendar, GanttDependency, GanttModel, GanttProject, GanttTask } from '../../common/ganttModel';
import type { GanttPatch } from '../../common/ganttPatch';
import { isTaskStatus } from '../../common/taskStatus';

export type { GanttDependency, GanttModel, GanttTask } from '../../common/ganttModel';

export const enum MessageType {
  // Host → webview.
  Update = 'update',
  Patch = 'patch',
  Highlight = 'highlight',
  EditResult = 'editResult',
  // Webview → host.
  Ready = 'ready',
  Reveal = 'reveal',
  Edit = 'edit',
  SetProgress = 'setProgress',
  ExportAs = 'exportAs',
}

/** A new schedule (after every edit of the plan) and the UI language. */
export interface UpdateMessage {
  readonly type: MessageType.Update;
  readonly data: GanttModel;
  /** The server's revision of the model, which the next patch names as its base. */
  readonly revision: number;
  /** A VS Code locale such as `en` or `zh-cn`. */
  readonly locale: string;
}

/**
 * A new schedule as a change of the model of revision `base`, the one the chart holds. A chart
 * holding another says `ready` again and receives the model whole.
 */
export interface PatchMessage {
  readonly type: MessageType.Patch;
  readonly data: GanttPatch;
  readonly base: number;
  readonly revision: number;
  readonly locale: string;
}

/** The editor cursor is on this task (null: on none). */
export interface HighlightMessage {
  readonly type: MessageType.Highlight;
  readonly taskId: string | null;
}

/** Reply to an {@link EditMessage}. */
export interface EditResultMessage {
  readonly type: MessageType.EditResult;
  readonly messageId: number;
  readonly ok: boolean;
  readonly error?: string;
}

export interface ReadyMessage {
  readonly type: MessageType.Ready;
}

/** Show the task's definition in the editor. */
export interface RevealMessage {
  readonly type: MessageType.Reveal;
  readonly taskId: string;
}

/**
 * A bar was dragged. `move` shifts the task by `workingDays` working days of the plan's calendar;
 * `resize` changes its duration by `workingDays`. `start`/`end` are the dates the user saw on drop.
 */
export interface EditMessage {
  readonly type: MessageType.Edit;
  readonly messageId: number;
  readonly taskId: string;
  readonly kind: 'move' | 'resize';
  readonly workingDays: number;
  readonly start: string;
  readonly end: string;
}

/**
 * The progress handle of a bar was dragged to `progress` percent (a whole number, 0–100). The host
 * writes it through the same server edit as the Tasks view's Set Progress, and answers with an
 * {@link EditResultMessage}.
 */
export interface SetProgressMessage {
  readonly type: MessageType.SetProgress;
  readonly messageId: number;
  readonly taskId: string;
  readonly progress: number;
}

/**
 * The chart formats the toolbar's Export offers. The host runs `xproj.exportGantt` (SVG) or
 * `xproj.exportPlan` with one: the server draws every chart export, as `xproj export` does.
 */
export const CHART_EXPORT_FORMATS = ['svg', 'png', 'pdf'] as const;
export type ChartExportFormat = (typeof CHART_EXPORT_FORMATS)[number];

/** The user chose Export in the chart's toolbar. */
export interface ExportAsMessage {
  readonly type: MessageType.ExportAs;
  readonly format: ChartExportFormat;
}

export type ToWebviewMessage = UpdateMessage | PatchMessage | HighlightMessage | EditResultMessage;
export type FromWebviewMessage = ReadyMessage | RevealMessage | EditMessage | SetProgressMessage | ExportAsMessage;

type Rec = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRec(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isStr(v: unknown): v is string {
  return typeof v === 'string';
}
function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
function isInt(v: unknown): v is number {
  return Number.isSafeInteger(v);
}
function isIso(v: unknown): v is string {
  return typeof v === 'string' && ISO_DATE.test(v);
}
function isOptStr(v: unknown): boolean {
  return v === undefined || typeof v === 'string';
}

export function isGanttTask(v: unknown): v is GanttTask {
  return (
    isRec(v) &&
    isStr(v.id) &&
    isStr(v.name) &&
    isOptStr(v.parent) &&
    isInt(v.depth) &&
    v.depth >= 0 &&
    isStr(v.wbs) &&
    isIso(v.start) &&
    isIso(v.end) &&
    isNum(v.progress) &&
    isTaskStatus(v.status) &&
    typeof v.critical === 'boolean' &&
    typeof v.milestone === 'boolean' &&
    typeof v.summary === 'boolean' &&
    typeof v.overdue === 'boolean' &&
    isNum(v.slack) &&
    isOptStr(v.owner) &&
    isOptStr(v.phase) &&
    isOptIso(v.forecastStart) &&
    isOptIso(v.forecastEnd) &&
    isOptIso(v.baselineStart) &&
    isOptIso(v.baselineEnd)
  );
}

export function isGanttDependency(v: unknown): v is GanttDependency {
  return isRec(v) && isStr(v.from) && isStr(v.to) && isDependencyType(v.type) && isInt(v.lag);
}

function isIsoRange(v: unknown): boolean {
  return isRec(v) && isIso(v.from) && isIso(v.to);
}

function isGanttProject(v: unknown): v is GanttProject {
  return (
    isRec(v) &&
    isOptStr(v.id) &&
    isOptStr(v.name) &&
    isIso(v.start) &&
    isIso(v.finish) &&
    isOptIso(v.deadline) &&
    isOptIso(v.forecastFinish) &&
    isOptIso(v.baselineFinish) &&
    isOptStr(v.baseline) &&
    (v.unreliable === undefined || (isRec(v.unreliable) && isInt(v.unreliable.cycles) && isInt(v.unreliable.errors)))
  );
}

function isOptIso(v: unknown): boolean {
  return v === undefined || isIso(v);
}

function isGanttCalendar(v: unknown): v is GanttCalendar {
  return (
    isRec(v) &&
    Array.isArray(v.workdays) &&
    v.workdays.every((w) => isInt(w) && w >= 0 && w <= 6) &&
    Array.isArray(v.holidays) &&
    v.holidays.every(isIsoRange) &&
    Array.isArray(v.extraWorkdays) &&
    v.extraWorkdays.every(isIsoRange) &&
    Array.isArray(v.dayNames) &&
    v.dayNames.every((n) => isIsoRange(n) && isStr((n as Rec).name))
  );
}

/** Checks the model before it is drawn; the task ranges are the host's and are not read here. */
export function isGanttModel(v: unknown): v is GanttModel {
  return (
    isRec(v) &&
    isStr(v.uri) &&
    isGanttProject(v.project) &&
    isIso(v.statusDate) &&
    isGanttCalendar(v.calendar) &&
    Array.isArray(v.tasks) &&
    v.tasks.every(isGanttTask) &&
    Array.isArray(v.dependencies) &&
    v.dependencies.every(isGanttDependency)
  );
}

function isShift(v: unknown): boolean {
  return Array.isArray(v) && v.length === 3 && v.every(isInt) && (v[0] as number) >= 0 && (v[1] as number) >= 0;
}

/** Checks a patch as `isGanttModel` checks a model: the small parts whole, the tasks' changed rows, the shifts. */
export function isGanttPatch(v: unknown): v is GanttPatch {
  if (!isRec(v) || !isRec(v.tasks)) {
    return false;
  }
  const tasks = v.tasks;
  return (
    isStr(v.uri) &&
    isGanttProject(v.project) &&
    isIso(v.statusDate) &&
    isGanttCalendar(v.calendar) &&
    (tasks.keys === undefined || (Array.isArray(tasks.keys) && tasks.keys.every(isStr))) &&
    Array.isArray(tasks.rows) &&
    tasks.rows.every(isGanttTask) &&
    Array.isArray(tasks.shifts) &&
    tasks.shifts.every(isShift) &&
    (v.dependencies === undefined || (Array.isArray(v.dependencies) && v.dependencies.every(isGanttDependency)))
  );
}

/** Checks a message the host posted to the webview. */
export function isToWebviewMessage(v: unknown): v is ToWebviewMessage {
  if (!isRec(v)) {
    return false;
  }
  switch (v.type) {
    case MessageType.Update:
      return isStr(v.locale) && isInt(v.revision) && isGanttModel(v.data);
    case MessageType.Patch:
      return isStr(v.locale) && isInt(v.base) && isInt(v.revision) && isGanttPatch(v.data);
    case MessageType.Highlight:
      return v.taskId === null || isStr(v.taskId);
    case MessageType.EditResult:
      return isInt(v.messageId) && typeof v.ok === 'boolean' && isOptStr(v.error);
    default:
      return false;
  }
}

/** Checks a message the webview posted to the host. */
export function isFromWebviewMessage(v: unknown): v is FromWebviewMessage {
  if (!isRec(v)) {
    return false;
  }
  switch (v.type) {
    case MessageType.Ready:
      return true;
    case MessageType.Reveal:
      return isStr(v.taskId);
    case MessageType.Edit:
      return isInt(v.messageId) && isStr(v.taskId) && (v.kind === 'move' || v.kind === 'resize') && isInt(v.workingDays) && isIso(v.start) && isIso(v.end);
    case MessageType.SetProgress:
      return isInt(v.messageId) && isStr(v.taskId) && isInt(v.progress) && v.progress >= 0 && v.progress <= 100;
    case MessageType.ExportAs:
      return (CHART_EXPORT_FORMATS as readonly unknown[]).includes(v.format);
    default:
      return false;
  }
}

// The report view's messages, so that the client imports the webviews through this one module.
export * from './report/reportProtocol';
// The Resources view's messages, likewise.
export * from './load/loadProtocol';
// The Portfolio view's messages, likewise.
export * from './portfolio/portfolioProtocol';
