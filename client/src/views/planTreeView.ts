import * as vscode from 'vscode';
import type { Ctx, Refreshable } from '../ctx';
import { followCursor } from './locate';
import type { ItemLocator } from './locate';
import { ModelLoader } from './modelLoader';

/**
 * A plan's model for a view and what identifies its contents: the server's revision, or the model
 * itself as JSON where the server gives none. An unchanged key spares the view a redraw.
 */
export type ViewModelFetch<M> = (uri: vscode.Uri) => Promise<{ readonly model: M; readonly key: string } | undefined>;

/**
 * What the Tasks and Risks views share: a tree view of the active plan fed by one server
 * request, reloaded when the active plan, the plan's contents or the server's state change, and
 * whose selection follows the editor's cursor. Subclasses index the model and render elements.
 */
export abstract class PlanTreeView<E, M extends object> implements vscode.TreeDataProvider<E>, Refreshable, vscode.Disposable {
  readonly view: vscode.TreeView<E>;
  protected readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  protected readonly loader: ModelLoader<M>;
  /** Finds the element under the cursor; set by `index`. */
  protected locator: ItemLocator<E> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    protected readonly ctx: Ctx,
    viewId: string,
    fetch: ViewModelFetch<M>,
  ) {
    this.loader = new ModelLoader<M>(
      async () => {
        const uri = ctx.activePlan.uri;
        const answer = uri ? await fetch(uri) : undefined;
        return { key: `${uri?.toString() ?? ''}\n${answer?.key ?? ''}`, model: answer?.model };
      },
      (model) => this.index(model),
      () => this.changeEmitter.fire(),
    );
    this.view = vscode.window.createTreeView(viewId, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changeEmitter,
      ctx.activePlan.onDidChange(() => this.refresh()),
      ctx.onPlanChanged(({ uri }) => uri === ctx.activePlan.uri?.toString() && this.refresh()),
      // While the server is down the views keep what they show; they refresh once it is back.
      ctx.onServerStateChanged((running) => running && this.refresh()),
      this.view.onDidChangeVisibility(({ visible }) => visible && this.loader.refreshIfStale()),
      followCursor(
        this.view,
        () => ctx.activePlan.uri,
        async (doc, pos) => (await this.loader.ready(), this.locator?.at(doc, pos)),
        vscode.window,
        this.onDidChangeTreeData,
      ),
    );
    ctx.views.push(this);
  }

  /** Reindexes the provider for a new model (undefined: no plan, or the server could not answer). */
  protected abstract index(model: M | undefined): void;

  abstract getTreeItem(element: E): vscode.TreeItem;
  abstract getParent(element: E): E | undefined;
  abstract getChildren(element?: E): Promise<E[]>;

  /** Re-fetches the model, or, while the view is hidden, only notes that it must be fetched once it shows. */
  refresh(force = false): void {
    if (this.view.visible) {
      this.loader.refresh(force);
    } else {
      this.loader.invalidate(force);
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
