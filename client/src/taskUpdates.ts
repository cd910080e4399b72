import * as vscode from 'vscode';
import { TASK_STATUSES } from '../../common/taskStatus';
import type { TaskStatus } from '../../common/taskStatus';
import type { TaskUpdateParams } from '../../server/src/protocol';
import type { Ctx } from './ctx';
import { GanttPanel } from './ganttPanel';
import { asUri, revealRange, toVsRange } from './reveal';
import { requestTaskUpdate } from './taskUpdateRequest';
import type { LspRange } from './reveal';
import { statusLabel } from './views/labels';

/** The task a menu command acts on: a Tasks view element, a Gantt bar's menu context, or `{uri, taskId}` from a keybinding or a test. */
interface TaskTarget {
  readonly uri: vscode.Uri;
  readonly taskId: string;
  readonly name: string;
  readonly range?: LspRange;
}

export function taskTarget(ctx: Ctx, arg: unknown): TaskTarget | undefined {
  if (typeof arg !== 'object' || arg === null) {
    return undefined;
  }
  const v = arg as { node?: { id?: unknown; name?: unknown; range?: LspRange }; kind?: unknown; uri?: unknown; taskId?: unknown; webview?: unknown };
  if (v.kind === 'task' && typeof v.node?.id === 'string') {
    const uri = ctx.activePlan.uri;
    const name = typeof v.node.name === 'string' ? v.node.name : v.node.id;
    return uri ? { uri, taskId: v.node.id, name, ...(v.node.range ? { range: v.node.range } : {}) } : undefined;
  }
  if (typeof v.webview === 'string' && v.webview.endsWith(GanttPanel.viewType) && typeof v.taskId === 'string') {
    // The Gantt's right-click menu: the argument is the bar's `data-vscode-context` and the view type
    // under `webview` (which some hosts prefix, as they do the tab's).
    const found = GanttPanel.currentPanel?.task(v.taskId);
    return found && { uri: found.uri, taskId: found.task.id, name: found.task.name, range: found.task.range };
  }
  const uri = asUri(v.uri);
  return uri && typeof v.taskId === 'string' ? { uri, taskId: v.taskId, name: v.taskId } : undefined;
}

/** Applies the update, telling the user why when nothing was written. */
async function applyUpdate(ctx: Ctx, target: TaskTarget, update: Omit<TaskUpdateParams, 'uri' | 'taskId'>): Promise<boolean> {
  const outcome = await requestTaskUpdate(ctx, { uri: target.uri.toString(), taskId: target.taskId, ...update });
  if (outcome.kind === 'refused') {
    void vscode.window.showWarningMessage(outcome.message);
  } else if (outcome.kind === 'unchanged') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Task {0} is already so, or is defined in another file.', target.name));
  }
  return outcome.kind === 'applied';
}

export async function setTaskStatus(ctx: Ctx, arg: unknown, statusArg?: unknown): Promise<boolean> {
  const target = taskTarget(ctx, arg);
  if (!target) {
    return false;
  }
  let status = TASK_STATUSES.find((s) => s === statusArg);
  if (!status) {
    const picked = await vscode.window.showQuickPick(
      TASK_STATUSES.map((s) => ({ label: statusLabel(s), description: s, status: s })),
      { title: vscode.l10n.t('Status of {0}', target.name), placeHolder: vscode.l10n.t('Set the status') },
    );
    status = picked?.status as TaskStatus | undefined;
  }
  return status ? applyUpdate(ctx, target, { kind: 'status', status }) : false;
}

const PROGRESS_STEPS = [0, 25, 50, 75, 100];

export async function setTaskProgress(ctx: Ctx, arg: unknown, progressArg?: unknown): Promise<boolean> {
  const target = taskTarget(ctx, arg);
  if (!target) {
    return false;
  }
  let progress = typeof progressArg === 'number' ? progressArg : undefined;
  if (progress === undefined) {
    const other = vscode.l10n.t('Other…');
    const picked = await vscode.window.showQuickPick([...PROGRESS_STEPS.map((p) => `${p}%`), other], { title: vscode.l10n.t('Progress of {0}', target.name) });
    if (picked === other) {
      const typed = await vscode.window.showInputBox({
        title: vscode.l10n.t('Progress of {0}', target.name),
        prompt: vscode.l10n.t('A whole number from 0 to 100'),
        validateInput: (text) => (/^\s*(100|[1-9]?\d)\s*%?\s*$/.test(text) ? undefined : vscode.l10n.t('A whole number from 0 to 100')),
      });
      progress = typed === undefined ? undefined : parseInt(typed, 10);
    } else if (picked !== undefined) {
      progress = parseInt(picked, 10);
    }
  }
  return progress === undefined ? false : applyUpdate(ctx, target, { kind: 'progress', progress });
}

export async function markTaskDone(ctx: Ctx, arg: unknown): Promise<boolean> {
  const target = taskTarget(ctx, arg);
  return target ? applyUpdate(ctx, target, { kind: 'done' }) : false;
}

export async function copyTaskId(ctx: Ctx, arg: unknown): Promise<void> {
  const target = taskTarget(ctx, arg);
  if (target) {
    await vscode.env.clipboard.writeText(target.taskId);
  }
}

/** Puts the cursor on the task and opens the chart, which follows the cursor and highlights it. */
export async function revealTaskInGantt(ctx: Ctx, arg: unknown): Promise<void> {
  const target = taskTarget(ctx, arg);
  if (!target) {
    return;
  }
  if (target.range) {
    await revealRange(target.uri, toVsRange(target.range));
  }
  GanttPanel.createOrShow(ctx, target.uri);
}

/** Opens the plan at the task's definition (from the Gantt's menu; the tree does it on click). */
export async function revealTaskInEditor(ctx: Ctx, arg: unknown): Promise<void> {
  const target = taskTarget(ctx, arg);
  if (target?.range) {
    await revealRange(target.uri, toVsRange(target.range));
  }
}
