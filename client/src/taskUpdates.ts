import * as vscode from 'vscode';
import { TASK_STATUSES } from '../../common/taskStatus';
import type { TaskStatus } from '../../common/taskStatus';
import { taskUpdateRequest } from '../../server/src/protocol';
import type { TaskUpdateParams } from '../../server/src/protocol';
import { Refusal } from './ctx';
import type { Ctx } from './ctx';
import { GanttPanel } from './ganttPanel';
import { asUri, revealRange, toVsRange } from './reveal';
import type { LspRange } from './reveal';
import { statusLabel } from './views/labels';

/** The task a menu command acts on: a Tasks view element, or `{uri, taskId}` from a keybinding or a test. */
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
  const v = arg as { node?: { id?: unknown; name?: unknown; range?: LspRange }; kind?: unknown; uri?: unknown; taskId?: unknown };
  if (v.kind === 'task' && typeof v.node?.id === 'string') {
    const uri = ctx.activePlan.uri;
    const name = typeof v.node.name === 'string' ? v.node.name : v.node.id;
    return uri ? { uri, taskId: v.node.id, name, ...(v.node.range ? { range: v.node.range } : {}) } : undefined;
  }
  const uri = asUri(v.uri);
  return uri && typeof v.taskId === 'string' ? { uri, taskId: v.taskId, name: v.taskId } : undefined;
}

/** Asks the server for the edit and applies it: one undo step in the plan's editor. */
async function applyUpdate(ctx: Ctx, target: TaskTarget, update: Omit<TaskUpdateParams, 'uri' | 'taskId'>): Promise<boolean> {
  const edit = await ctx.requestOrRefusal(taskUpdateRequest, { uri: target.uri.toString(), taskId: target.taskId, ...update });
  if (edit instanceof Refusal) {
    void vscode.window.showWarningMessage(edit.message);
    return false;
  }
  const client = ctx.client;
  if (!edit || !client) {
    // Nothing to write (already so), or a task of an imported file: say which.
    if (edit === null) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Task {0} is already so, or is defined in another file.', target.name));
    }
    return false;
  }
  return vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
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
