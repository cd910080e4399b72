import * as vscode from 'vscode';
import { resourceLoadRequest } from '../../server/src/protocol';
import type { ResourceLoadModel } from '../../common/resourceLoad';
import { isFromLoadViewMessage } from '../../webview/src/protocol';
import type { FromLoadViewMessage, LoadTarget, ToLoadViewMessage } from '../../webview/src/protocol';
import type { Ctx } from './ctx';
import { PlanPanel } from './planPanel';
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
export class LoadPanel extends PlanPanel<ResourceLoadModel> {
  static readonly viewType = 'xproj.resourceLoad';
  private static current: LoadPanel | undefined;

  static createOrShow(ctx: Ctx, plan: vscode.Uri): LoadPanel {
    const current = LoadPanel.current;
    if (current) {
      current.showPlan(plan);
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

  private constructor(ctx: Ctx, panel: vscode.WebviewPanel, plan: vscode.Uri) {
    super(ctx, panel, plan);
  }

  private post(message: ToLoadViewMessage): void {
    void this.panel.webview.postMessage(message);
  }

  protected fetch(): Promise<ResourceLoadModel | null | undefined> {
    const name =
      this.plan.path
        .split('/')
        .pop()
        ?.replace(/\.xproj\.ya?ml$/, '') ?? '';
    this.panel.title = vscode.l10n.t('Resource load: {0}', name);
    return this.ctx.request(resourceLoadRequest, { uri: this.plan.toString() });
  }

  protected show(model: ResourceLoadModel | undefined): void {
    if (!model) {
      const text = !this.ctx.running
        ? vscode.l10n.t('The XProj language server is not running.')
        : vscode.l10n.t("No one in this plan is booked: list people under a task's assignees (with their load) to see who is busy when.");
      this.post({ type: 'empty', text });
      return;
    }
    this.post({ type: 'update', model, labels: loadLabels((message) => vscode.l10n.t(message)) });
  }

  protected async onMessage(raw: unknown): Promise<void> {
    if (!isFromLoadViewMessage(raw)) {
      this.ctx.log.warn('Ignored a malformed message from the Resources webview:', raw);
      return;
    }
    const message: FromLoadViewMessage = raw;
    if (message.type === 'ready') {
      await this.webviewReady();
      return;
    }
    await this.reveal(message.targets);
  }

  /** One task is opened; from several, the user picks one. Targets the model does not hold are ignored. */
  private async reveal(targets: readonly LoadTarget[]): Promise<void> {
    const model = this.model;
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

  override dispose(): void {
    LoadPanel.current = undefined;
    super.dispose();
  }
}
