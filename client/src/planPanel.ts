import type * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { PanelUpdates } from './panelUpdates';

/**
 * A panel beside the plan whose model the server computes from the workspace's plans (Resources,
 * Portfolio): it follows the active plan, asks again a moment after any plan changes and when the
 * server comes back, and keeps the model last received. Subclasses ask the server, draw, and
 * answer the webview.
 */
export abstract class PlanPanel<M> implements vscode.Disposable {
  protected readonly disposables: vscode.Disposable[] = [];
  private readonly updates: PanelUpdates<M>;
  private last: M | undefined;

  protected constructor(
    protected readonly ctx: Ctx,
    protected readonly panel: vscode.WebviewPanel,
    protected plan: vscode.Uri,
  ) {
    this.updates = new PanelUpdates<M>(
      () => this.fetch(),
      (model) => {
        this.last = model;
      },
      (model) => this.show(model),
    );
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m)),
      // Another plan's edit can change this panel too (shared people, the portfolio's rows).
      ctx.onPlanChanged(() => this.updates.soon()),
      ctx.onServerStateChanged((running) => running && void this.update()),
      ctx.activePlan.onDidChange((uri) => {
        if (uri && uri.toString() !== this.plan.toString()) {
          this.plan = uri;
          void this.update();
        }
      }),
    );
  }

  /** The model last received. */
  get model(): M | undefined {
    return this.last;
  }

  /** Brings the panel to the front on `plan`, asked for again. */
  showPlan(plan: vscode.Uri): void {
    this.plan = plan;
    this.panel.reveal(undefined, true);
    void this.update();
  }

  /** Asks the server for the model as it is now, and shows it. */
  update(): Promise<void> {
    return this.updates.now();
  }

  /** The webview said `ready`: shows the model waiting for it, or asks again after a reload. */
  protected webviewReady(): Promise<void> {
    return this.updates.webviewReady();
  }

  protected abstract fetch(): Promise<M | null | undefined>;
  protected abstract show(model: M | undefined): void;
  protected abstract onMessage(raw: unknown): Promise<void>;

  dispose(): void {
    this.updates.dispose();
    this.panel.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
