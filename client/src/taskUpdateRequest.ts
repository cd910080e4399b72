import * as vscode from 'vscode';
import { taskUpdateRequest } from '../../server/src/protocol';
import type { TaskUpdateParams } from '../../server/src/protocol';
import { Refusal } from './ctx';
import type { Ctx } from './ctx';

/** What became of a task update: applied, nothing to write, or refused with a message for the user. */
export type TaskUpdateOutcome = { readonly kind: 'applied' } | { readonly kind: 'unchanged' } | { readonly kind: 'refused'; readonly message: string };

/**
 * Asks the server for the edit of one task (status, progress, done) and applies it as one undo step.
 * The Tasks view's menu and the Gantt's progress handle both come through here, so they write alike.
 */
export async function requestTaskUpdate(ctx: Ctx, params: TaskUpdateParams): Promise<TaskUpdateOutcome> {
  const client = ctx.client;
  if (!client) {
    return { kind: 'refused', message: vscode.l10n.t('The XProj language server is not running.') };
  }
  const edit = await ctx.requestOrRefusal(taskUpdateRequest, params);
  if (edit instanceof Refusal) {
    return { kind: 'refused', message: edit.message };
  }
  if (!edit) {
    // Nothing to write (already so), or a task of an imported file.
    return { kind: 'unchanged' };
  }
  const applied = await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
  return applied ? { kind: 'applied' } : { kind: 'refused', message: vscode.l10n.t('VS Code did not apply the edit.') };
}
