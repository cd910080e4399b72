import * as vscode from 'vscode';
import type { TaskTree as TaskTreeModel, TaskTreeNode, TaskTreeTask } from '../../../server/src/protocol';
import type { Ctx } from '../ctx';
import { toVsRange } from '../reveal';
import { ItemLocator } from './locate';
import { PlanTreeView } from './planTreeView';
import { refName, statusLabel } from './labels';
import type { TaskStatus } from './labels';
import { taskTreeItem } from './taskItems';
import type { TaskElement } from './taskItems';

/** What the Tasks view shows; the conditions combine. A summary stays while a subtask matches. */
export interface TaskFilter {
  /** A person id (an inherited owner counts). */
  readonly owner?: string;
  readonly status?: TaskStatus | 'overdue';
  readonly criticalOnly?: boolean;
}

/** `xproj.tasks`: the active plan's phases → summary tasks → tasks, from the server's `xproj/taskTree`. */
export class TaskTree extends PlanTreeView<TaskElement, TaskTreeModel> {
  private roots: TaskElement[] = [];
  private tasks: TaskElement[] = [];
  private _filter: TaskFilter = {};

  constructor(ctx: Ctx) {
    // Keyed by the server's revision: an edit that changes no task leaves the view as it is.
    super(ctx, 'xproj.tasks', async (uri) => {
      const held = await ctx.taskTree(uri);
      return held && { model: held.model, key: String(held.revision) };
    });
  }

  get filter(): TaskFilter {
    return this._filter;
  }

  setFilter(filter: TaskFilter): void {
    this._filter = filter;
    const active = filter.owner !== undefined || filter.status !== undefined || filter.criticalOnly === true;
    void vscode.commands.executeCommand('setContext', 'xproj.tasks.filtered', active);
    this.view.message = active ? this.describeFilter(filter) : undefined;
    this.changeEmitter.fire();
  }

  /** Every task of the active plan, after loading it. */
  async allTasks(): Promise<readonly TaskTreeTask[]> {
    await this.loader.ready();
    return this.tasks.map((t) => t.node as TaskTreeTask);
  }

  /** The element of a task id, for tests and for revealing it. */
  async element(taskId: string): Promise<TaskElement | undefined> {
    await this.loader.ready();
    return this.tasks.find((t) => t.node.id === taskId);
  }

  getTreeItem(element: TaskElement): vscode.TreeItem {
    return taskTreeItem(element, this.ctx.activePlan.uri ?? vscode.Uri.parse('untitled:plan'));
  }

  getParent(element: TaskElement): TaskElement | undefined {
    return element.parent;
  }

  async getChildren(element?: TaskElement): Promise<TaskElement[]> {
    if (!element) {
      await this.loader.roots();
      return this.roots.filter((e) => this.visible(e));
    }
    return element.children.filter((e) => this.visible(e));
  }

  protected index(model: TaskTreeModel | undefined): void {
    this.tasks = [];
    const keys = new Set<string>();
    const keyOf = (base: string): string => {
      let key = base;
      for (let n = 2; keys.has(key); n++) {
        key = `${base}#${n}`;
      }
      keys.add(key);
      return key;
    };
    const visit = (node: TaskTreeNode, parent: TaskElement | undefined): TaskElement => {
      const element: TaskElement =
        node.kind === 'phase'
          ? { kind: 'phase', key: keyOf(`phase:${node.id ?? ''}`), node, parent: undefined, children: [] }
          : { kind: 'task', key: keyOf(`task:${node.id}`), node, parent, children: [] };
      if (element.kind === 'task') {
        this.tasks.push(element);
      }
      element.children.push(...node.children.map((child) => visit(child, element)));
      return element;
    };
    this.roots = (model?.roots ?? []).map((root) => visit(root, undefined));
    this.locator = new ItemLocator(this.tasks, (t) => toVsRange((t.node as TaskTreeTask).range).start);
    const overdue = this.tasks.filter((t) => t.node.kind === 'task' && t.node.overdue && t.node.children.length === 0).length;
    this.view.badge = overdue > 0 ? { value: overdue, tooltip: vscode.l10n.t('{0} overdue tasks', overdue) } : undefined;
  }

  private visible(element: TaskElement): boolean {
    const f = this._filter;
    if (f.owner === undefined && f.status === undefined && !f.criticalOnly) {
      return true;
    }
    if (element.kind === 'task' && matches(element.node, f)) {
      return true;
    }
    return element.children.some((child) => this.visible(child));
  }

  private describeFilter(f: TaskFilter): string {
    const owner = f.owner === undefined ? undefined : this.ownerName(f.owner);
    const parts = [
      owner === undefined ? undefined : vscode.l10n.t('owner {0}', owner),
      f.status === undefined ? undefined : f.status === 'overdue' ? vscode.l10n.t('Overdue') : statusLabel(f.status),
      f.criticalOnly ? vscode.l10n.t('critical path') : undefined,
    ].filter((p): p is string => p !== undefined);
    return vscode.l10n.t('Filtered: {0}', parts.join(', '));
  }

  private ownerName(id: string): string {
    const owner = this.tasks.map((t) => (t.node as TaskTreeTask).owner).find((o) => o?.id === id);
    return refName(owner ?? null) ?? id;
  }

  /** Owners present in the plan, for the filter's quick pick. */
  async owners(): Promise<{ id: string; name: string }[]> {
    const all = await this.allTasks();
    const seen = new Map<string, string>();
    all.forEach((t) => t.owner && !seen.has(t.owner.id) && seen.set(t.owner.id, refName(t.owner)!));
    return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  }
}

export function matches(task: TaskTreeTask, f: TaskFilter): boolean {
  return (
    (f.owner === undefined || task.owner?.id === f.owner) &&
    (f.status === undefined || (f.status === 'overdue' ? task.overdue : task.status === f.status)) &&
    (!f.criticalOnly || task.critical)
  );
}
