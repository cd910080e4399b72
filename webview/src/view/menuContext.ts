import type { ModelTask } from '../../../common/gantt/model';

/** What a task's right-click menu offers depends on its kind: no progress for summaries or milestones. */
export type TaskMenuKind = 'task' | 'milestone' | 'summary';

export function taskMenuKind(t: ModelTask): TaskMenuKind {
  return t.data.summary || t.children.length > 0 ? 'summary' : t.data.milestone ? 'milestone' : 'task';
}

/**
 * The `data-vscode-context` of a bar or a name row. VS Code reads it on right-click: its keys become
 * context keys for the `webview/context` menu's `when` clauses, and the object is the argument of the
 * command chosen, so the host learns which task without asking the webview. The browser's own items
 * (Cut, Copy, Paste) mean nothing on a chart and are left out.
 */
export function taskMenuContext(t: ModelTask): string {
  return JSON.stringify({ webviewSection: 'task', taskId: t.id, taskKind: taskMenuKind(t), preventDefaultContextMenuItems: true });
}
