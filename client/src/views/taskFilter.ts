import * as vscode from 'vscode';
import { statusLabel } from './labels';
import { TASK_STATUSES, isTaskStatus } from '../../../common/taskStatus';
import type { TaskFilter, TaskTree } from './taskTree';

interface Choice<T> extends vscode.QuickPickItem {
  readonly value: T;
}

/** A filter passed as the command's argument (keybindings, tests); anything unexpected is dropped. */
export function asTaskFilter(value: unknown): TaskFilter | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const v = value as Record<string, unknown>;
  const status = typeof v.status === 'string' && (v.status === 'overdue' || isTaskStatus(v.status)) ? (v.status as TaskFilter['status']) : undefined;
  return {
    ...(typeof v.owner === 'string' ? { owner: v.owner } : {}),
    ...(status === undefined ? {} : { status }),
    ...(v.criticalOnly === true ? { criticalOnly: true } : {}),
  };
}

/** `xproj.filterTasks`: narrows the Tasks view by owner, status or the critical path, one step at a time. */
export async function pickTaskFilter(tree: TaskTree, arg?: unknown): Promise<void> {
  const given = asTaskFilter(arg);
  if (given) {
    tree.setFilter({ ...tree.filter, ...given });
    return;
  }
  const kind = await vscode.window.showQuickPick<Choice<'owner' | 'status' | 'critical'>>(
    [
      { label: `$(person) ${vscode.l10n.t('By owner…')}`, value: 'owner' },
      { label: `$(circle-large-outline) ${vscode.l10n.t('By status…')}`, value: 'status' },
      {
        label: `$(flame) ${vscode.l10n.t('Critical path only')}`,
        value: 'critical',
        ...(tree.filter.criticalOnly ? { description: vscode.l10n.t('on') } : {}),
      },
    ],
    { title: vscode.l10n.t('Filter tasks'), placeHolder: vscode.l10n.t('Show only the tasks that match') },
  );
  if (!kind) {
    return;
  }
  if (kind.value === 'critical') {
    tree.setFilter({ ...tree.filter, criticalOnly: !tree.filter.criticalOnly });
    return;
  }
  if (kind.value === 'owner') {
    const owners = await tree.owners();
    const owner = await vscode.window.showQuickPick<Choice<string>>(
      owners.map((o) => ({ label: o.name, description: o.id, value: o.id })),
      { title: vscode.l10n.t('Filter tasks by owner'), matchOnDescription: true },
    );
    if (owner) {
      tree.setFilter({ ...tree.filter, owner: owner.value });
    }
    return;
  }
  const statuses: Choice<TaskFilter['status']>[] = [
    ...TASK_STATUSES.map((s) => ({ label: statusLabel(s), description: s, value: s })),
    { label: vscode.l10n.t('Overdue'), description: 'overdue', value: 'overdue' as const },
  ];
  const status = await vscode.window.showQuickPick(statuses, { title: vscode.l10n.t('Filter tasks by status') });
  if (status) {
    tree.setFilter({ ...tree.filter, status: status.value });
  }
}
