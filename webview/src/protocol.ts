/**
 * Messages between the Gantt webview and its VS Code host. Both sides import this module: the
 * webview must not import `vscode`, and the host must not trust what the webview posts, so every
 * message is checked with the validators below before it is used.
 */

export type GanttTaskStatus = 'not-started' | 'in-progress' | 'blocked' | 'done' | 'cancelled';
export type GanttDependencyType = 'FS' | 'SS' | 'FF' | 'SF';

/** One task of the plan as the server scheduled it. Dates are ISO `YYYY-MM-DD`, `end` inclusive. */
export interface GanttTask {
  readonly id: string;
  readonly name: string;
  /** Id of the parent (summary) task, absent for top-level tasks. */
  readonly parent?: string;
  /** 0 for top-level tasks. */
  readonly depth: number;
  readonly start: string;
  readonly end: string;
  /** Percent, 0..100. */
  readonly progress: number;
  readonly status: GanttTaskStatus;
  readonly critical: boolean;
  readonly milestone: boolean;
  readonly summary: boolean;
  /** Total slack in working days. */
  readonly slack: number;
  /** The owner's display name. */
  readonly owner?: string;
  /** The phase's display name. */
  readonly phase?: string;
}

export interface GanttDependency {
  /** The predecessor. */
  readonly from: string;
  /** The task that lists `from` in its `depends_on`. */
  readonly to: string;
  readonly type: GanttDependencyType;
  /** Lag in working days (negative for a lead). */
  readonly lag: number;
}

/** The plan model the server computes for the chart; the webview never parses YAML itself. */
export interface GanttData {
  readonly projectStart: string;
  /** The computed finish (latest task end). */
  readonly projectFinish: string;
  readonly statusDate: string;
  /** Working weekdays, 0 = Sunday ... 6 = Saturday. */
  readonly workdays: readonly number[];
  /** Every holiday day, ISO. */
  readonly holidays: readonly string[];
  /** In WBS order: a summary comes before its subtasks. */
  readonly tasks: readonly GanttTask[];
  readonly dependencies: readonly GanttDependency[];
}

export const enum MessageType {
  // Host → webview.
  Update = 'update',
  Highlight = 'highlight',
  EditResult = 'editResult',
  ExportRequest = 'exportRequest',
  // Webview → host.
  Ready = 'ready',
  Reveal = 'reveal',
  Edit = 'edit',
  ExportResponse = 'exportResponse',
}

/** A new schedule (after every edit of the plan) and the UI language. */
export interface UpdateMessage {
  readonly type: MessageType.Update;
  readonly data: GanttData;
  /** A VS Code locale such as `en` or `zh-cn`. */
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

/** Asks for the chart as a standalone SVG (`xproj.exportGantt`). */
export interface ExportRequestMessage {
  readonly type: MessageType.ExportRequest;
  readonly messageId: number;
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

export interface ExportResponseMessage {
  readonly type: MessageType.ExportResponse;
  readonly messageId: number;
  readonly svg: string;
}

export type ToWebviewMessage = UpdateMessage | HighlightMessage | EditResultMessage | ExportRequestMessage;
export type FromWebviewMessage = ReadyMessage | RevealMessage | EditMessage | ExportResponseMessage;

type Rec = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATUSES: ReadonlySet<string> = new Set(['not-started', 'in-progress', 'blocked', 'done', 'cancelled']);
const DEP_TYPES: ReadonlySet<string> = new Set(['FS', 'SS', 'FF', 'SF']);

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
    isIso(v.start) &&
    isIso(v.end) &&
    isNum(v.progress) &&
    isStr(v.status) &&
    STATUSES.has(v.status) &&
    typeof v.critical === 'boolean' &&
    typeof v.milestone === 'boolean' &&
    typeof v.summary === 'boolean' &&
    isNum(v.slack) &&
    isOptStr(v.owner) &&
    isOptStr(v.phase)
  );
}

export function isGanttDependency(v: unknown): v is GanttDependency {
  return isRec(v) && isStr(v.from) && isStr(v.to) && isStr(v.type) && DEP_TYPES.has(v.type) && isInt(v.lag);
}

export function isGanttData(v: unknown): v is GanttData {
  if (!isRec(v) || !isIso(v.projectStart) || !isIso(v.projectFinish) || !isIso(v.statusDate)) {
    return false;
  }
  const { workdays, holidays, tasks, dependencies } = v;
  return (
    Array.isArray(workdays) &&
    workdays.every((w) => isInt(w) && w >= 0 && w <= 6) &&
    Array.isArray(holidays) &&
    holidays.every(isIso) &&
    Array.isArray(tasks) &&
    tasks.every(isGanttTask) &&
    Array.isArray(dependencies) &&
    dependencies.every(isGanttDependency)
  );
}

/** Checks a message the host posted to the webview. */
export function isToWebviewMessage(v: unknown): v is ToWebviewMessage {
  if (!isRec(v)) {
    return false;
  }
  switch (v.type) {
    case MessageType.Update:
      return isStr(v.locale) && isGanttData(v.data);
    case MessageType.Highlight:
      return v.taskId === null || isStr(v.taskId);
    case MessageType.EditResult:
      return isInt(v.messageId) && typeof v.ok === 'boolean' && isOptStr(v.error);
    case MessageType.ExportRequest:
      return isInt(v.messageId);
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
      return (
        isInt(v.messageId) &&
        isStr(v.taskId) &&
        (v.kind === 'move' || v.kind === 'resize') &&
        isInt(v.workingDays) &&
        isIso(v.start) &&
        isIso(v.end)
      );
    case MessageType.ExportResponse:
      return isInt(v.messageId) && isStr(v.svg);
    default:
      return false;
  }
}
