import * as vscode from 'vscode';
import { resourceLoadRequest } from '../../server/src/protocol';
import type { ResourceLoadModel } from '../../common/resourceLoad';
import { isFromLoadViewMessage } from '../../webview/src/protocol';
import type { FromLoadViewMessage, LoadTarget, ToLoadViewMessage } from '../../webview/src/protocol';
import type { Ctx } from './ctx';
import { PanelUpdates } from './panelUpdates';
import { openBesidePanel } from './webviewPage';
import { loadLabels } from './loadLabels';
import { revealTaskId } from './reveal';

/** The task's name as the model's bookings give it. */
function taskName(model: ResourceLoadModel, target: LoadTarget): string | undefined {
  for (const person of model.people) {
    const booking = person.bookings.find((b) => b.plan === target.plan && b.task === target.task);
    if (booking) {
      return booking.taskName;
    }
  }
  return undefined;
}

/**
 * Who is booked how much, day by day (XProj: Show Resource Load): the active plan's people and, for
 * people imported from a shared organisation file, their bookings in the workspace's other plans
 * too. Redrawn as any plan changes; a cell leads to its tasks. Same CSP as the Gantt panel.
 */
export class LoadPanel {
  static readonly viewType = 'xproj.resourceLoad';
  private static current: LoadPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private readonly updates = new PanelUpdates<ResourceLoadModel>(
    () => this.fetch(),
    (model) => {
      this.last = model;
    },
    (model) => this.show(model),
  );
  private last: ResourceLoadModel | undefined;

  static createOrShow(ctx: Ctx, plan: vscode.Uri): LoadPanel {
    const current = LoadPanel.current;
    if (current) {
      current.plan = plan;
      current.panel.reveal(undefined, true);
      void current.update();
      return current;
    }
    const panel = openBesidePanel(ctx.extCtx, LoadPanel.viewType, vscode.l10n.t('Resource load'), 'loadView', '<div id="load" class="is-empty"></div>');
    LoadPanel.current = new LoadPanel(ctx, panel, plan);
    void LoadPanel.current.update();
    return LoadPanel.current;
  }

  /** The open panel's plan, for tests and the title. */
  static get currentPanel(): LoadPanel | undefined {
    return LoadPanel.current;
  }

  private constructor(
    private readonly ctx: Ctx,
    private readonly panel: vscode.WebviewPanel,
    private plan: vscode.Uri,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m)),
      // Another plan that books the same people changes this one's load too.
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

  /** The model last drawn. */
  get model(): ResourceLoadModel | undefined {
    return this.last;
  }

  private post(message: ToLoadViewMessage): void {
    void this.panel.webview.postMessage(message);
  }

  /** Asks the server for the load as it is now, and shows it. */
  update(): Promise<void> {
    return this.updates.now();
  }

  private fetch(): Promise<ResourceLoadModel | null | undefined> {
    const name =
      this.plan.path
        .split('/')
        .pop()
        ?.replace(/\.xproj\.ya?ml$/, '') ?? '';
    this.panel.title = vscode.l10n.t('Resource load: {0}', name);
    return this.ctx.request(resourceLoadRequest, { uri: this.plan.toString() });
  }

  private show(model: ResourceLoadModel | undefined): void {
    if (!model) {
      const text = !this.ctx.running
        ? vscode.l10n.t('The XProj language server is not running.')
        : vscode.l10n.t("No one in this plan is booked: list people under a task's assignees (with their load) to see who is busy when.");
      this.post({ type: 'empty', text });
      return;
    }
    this.post({ type: 'update', model, labels: loadLabels((message) => vscode.l10n.t(message)) });
  }

  private async onMessage(raw: unknown): Promise<void> {
    if (!isFromLoadViewMessage(raw)) {
      this.ctx.log.warn('Ignored a malformed message from the Resources webview:', raw);
      return;
    }
    const message: FromLoadViewMessage = raw;
    if (message.type === 'ready') {
      await this.updates.webviewReady();
      return;
    }
    await this.reveal(message.targets);
  }

  /** One task is opened; from several, the user picks one. Targets the model does not hold are ignored. */
  private async reveal(targets: readonly LoadTarget[]): Promise<void> {
    const model = this.last;
    const known = targets.filter((t) => model?.plans[t.plan] !== undefined);
    if (!model || known.length === 0) {
      return;
    }
    let target: LoadTarget | undefined = known[0];
    if (known.length > 1) {
      const picked = await vscode.window.showQuickPick(
        known.map((t) => ({ label: taskName(model, t) ?? t.task, description: `${t.task} · ${model.plans[t.plan]!.name}`, target: t })),
        { title: vscode.l10n.t('Show a task'), placeHolder: vscode.l10n.t('Which task?') },
      );
      target = picked?.target;
    }
    if (target) {
      await revealTaskId(vscode.Uri.parse(model.plans[target.plan]!.uri), target.task);
    }
  }

  dispose(): void {
    LoadPanel.current = undefined;
    this.updates.dispose();
    this.panel.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
