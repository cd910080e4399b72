import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { ganttEditRequest } from '../../server/src/protocol';
import type { GanttModel, GanttTask } from '../../common/ganttModel';
import { MessageType, isFromWebviewMessage, isToWebviewMessage } from '../../webview/src/protocol';
import type { EditMessage, FromWebviewMessage, SetProgressMessage, ToWebviewMessage } from '../../webview/src/protocol';
import { isPlan } from './activePlan';
import { Refusal } from './ctx';
import type { Ctx } from './ctx';
import { revealRange, toVsRange } from './reveal';
import { requestTaskUpdate } from './taskUpdateRequest';
import { ItemLocator } from './views/locate';

/** The plan a restored panel shows: the webview's own state is the chart's, not ours. */
const PLAN_KEY = 'xproj.gantt.plan';

/** The Gantt chart of the active plan, in a webview beside it (model: webview-sample `CatCodingPanel`). */
export class GanttPanel {
  static readonly viewType = 'xproj.gantt';
  private static current: GanttPanel | undefined;

  private readonly _disposables: vscode.Disposable[] = [];
  private ready!: Promise<void>;
  private markReady!: () => void;
  private model: GanttModel | undefined;
  private locator: ItemLocator<GanttTask> | undefined;
  /** The plan changed while the panel was in a background tab: the model is fetched when it shows again. */
  private stale = false;
  private highlighted: string | null = null;
  /** The revision of the model the webview holds; undefined until it holds one (a new document, `ready`). */
  private shown: number | undefined;
  private cursorTimer: NodeJS.Timeout | undefined;

  static get currentPanel(): GanttPanel | undefined {
    return GanttPanel.current;
  }

  /** Restores the panel after a window reload. */
  static register(ctx: Ctx): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(GanttPanel.viewType, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown): Promise<void> => GanttPanel.revive(ctx, panel, state),
    });
  }

  static createOrShow(ctx: Ctx, plan: vscode.Uri): GanttPanel {
    if (GanttPanel.current) {
      GanttPanel.current.setPlan(plan);
      GanttPanel.current.panel.reveal(undefined, true);
      return GanttPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(
      GanttPanel.viewType,
      GanttPanel.titleOf(plan),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      GanttPanel.options(ctx),
    );
    GanttPanel.current = new GanttPanel(ctx, panel, plan);
    return GanttPanel.current;
  }

  static revive(ctx: Ctx, panel: vscode.WebviewPanel, _state: unknown): void {
    const saved = ctx.extCtx.workspaceState.get<string>(PLAN_KEY);
    const plan = ctx.activePlan.uri ?? (saved ? vscode.Uri.parse(saved) : undefined);
    GanttPanel.current?.dispose();
    GanttPanel.current = new GanttPanel(ctx, panel, plan);
  }

  private static options(ctx: Ctx): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(ctx.extCtx.extensionUri, 'dist')] };
  }

  private static titleOf(plan: vscode.Uri | undefined): string {
    const name = plan?.path
      .split('/')
      .pop()
      ?.replace(/\.xproj\.ya?ml$/, '');
    return name ? vscode.l10n.t('Gantt: {0}', name) : vscode.l10n.t('Gantt');
  }

  private constructor(
    private readonly ctx: Ctx,
    private readonly panel: vscode.WebviewPanel,
    private plan: vscode.Uri | undefined,
  ) {
    panel.webview.options = GanttPanel.options(ctx);
    panel.iconPath = vscode.Uri.joinPath(ctx.extCtx.extensionUri, 'media', 'gantt.svg');
    this.render();
    this.setPlan(plan);
    this._disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.onMessage(message)),
      ctx.onPlanChanged(({ uri }) => uri === this.plan?.toString() && void this.update()),
      panel.onDidChangeViewState(({ webviewPanel }) => webviewPanel.visible && this.stale && void this.update()),
      ctx.onServerStateChanged((running) => {
        // A new server numbers its revisions afresh: the next model goes whole.
        this.shown = undefined;
        if (running) {
          void this.update();
        }
      }),
      ctx.activePlan.onDidChange((uri) => uri && this.setPlan(uri)),
      ctx.config.onDidChangeGantt(() => this.render()),
      vscode.window.onDidChangeTextEditorSelection((e) => this.scheduleHighlight(e.textEditor)),
    );
  }

  get planUri(): vscode.Uri | undefined {
    return this.plan;
  }

  /** A task of the chart, for the commands of its right-click menu. */
  task(taskId: string): { readonly uri: vscode.Uri; readonly task: GanttTask } | undefined {
    const task = this.model?.tasks.find((t) => t.id === taskId);
    return task && this.plan ? { uri: this.plan, task } : undefined;
  }

  private setPlan(plan: vscode.Uri | undefined): void {
    if (plan?.toString() === this.plan?.toString() && this.model) {
      return;
    }
    this.plan = plan;
    this.model = undefined;
    this.locator = undefined;
    this.panel.title = GanttPanel.titleOf(plan);
    void this.ctx.extCtx.workspaceState.update(PLAN_KEY, plan?.toString());
    void this.update();
  }

  /** A fresh document with a new nonce; the webview says `ready` once its script runs. */
  private render(): void {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    this.shown = undefined;
    this.panel.webview.html = this.html();
  }

  private html(): string {
    const webview = this.panel.webview;
    const nonce = randomBytes(16).toString('base64');
    const dist = vscode.Uri.joinPath(this.ctx.extCtx.extensionUri, 'dist');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js'));
    const css = existsSync(this.ctx.extCtx.asAbsolutePath('dist/webview.css'))
      ? `<link rel="stylesheet" href="${webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.css')).toString()}">`
      : '';
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `img-src ${webview.cspSource} data:`,
      `font-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    const config = this.ctx.config;
    return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${css}
<title>${escapeHtml(this.panel.title)}</title>
</head>
<body data-default-zoom="${config.ganttDefaultZoom}" data-show-critical-path="${String(config.ganttShowCriticalPath)}">
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  private async post(message: ToWebviewMessage): Promise<boolean> {
    return this.panel.webview.postMessage(message);
  }

  /** Re-requests the model and sends it (after `ready`, a `planChanged`, or a switch of plan). */
  async update(): Promise<void> {
    const plan = this.plan;
    if (!plan) {
      return;
    }
    // A hidden chart does not pull a large plan's model after every keystroke.
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    this.stale = false;
    const held = await this.ctx.ganttModel(plan);
    if (!held || plan !== this.plan) {
      return;
    }
    const { model, revision, patch } = held;
    this.model = model;
    this.locator = new ItemLocator(model.tasks, (t) => toVsRange(t.range).start);
    await this.ready;
    if (revision === this.shown) {
      return;
    }
    const locale = vscode.env.language;
    // The webview patches the model it holds when it holds the patch's base: a few rows instead of the whole plan.
    const message: ToWebviewMessage =
      patch && patch.base === this.shown
        ? { type: MessageType.Patch, data: patch.patch, base: patch.base, revision, locale }
        : { type: MessageType.Update, data: model, revision, locale };
    // Checked as the webview checks it: a message it would drop is not sent.
    if (!isToWebviewMessage(message)) {
      this.ctx.log.warn(`The Gantt model of ${plan.toString()} does not fit the webview protocol; not sent.`);
      return;
    }
    this.shown = revision;
    await this.post(message);
  }

  private async onMessage(raw: unknown): Promise<void> {
    if (!isFromWebviewMessage(raw)) {
      this.ctx.log.warn('Ignored a malformed message from the Gantt webview:', raw);
      return;
    }
    const message: FromWebviewMessage = raw;
    switch (message.type) {
      case MessageType.Ready:
        this.shown = undefined;
        this.markReady();
        this.highlighted = null;
        await this.update();
        break;
      case MessageType.Reveal: {
        const task = this.model?.tasks.find((t) => t.id === message.taskId);
        if (task && this.plan) {
          await revealRange(this.plan, toVsRange(task.range));
        }
        break;
      }
      case MessageType.Edit:
        await this.applyEdit(message);
        break;
      case MessageType.SetProgress:
        await this.setProgress(message);
        break;
      case MessageType.ExportAs:
        // The server draws every format, as `xproj export` does: one chart document, with title and legend.
        await vscode.commands.executeCommand(
          message.format === 'svg' ? 'xproj.exportGantt' : 'xproj.exportPlan',
          this.plan,
          ...(message.format === 'svg' ? [] : [message.format]),
        );
        break;
    }
  }

  private async applyEdit(message: EditMessage): Promise<void> {
    const reply = (ok: boolean, error?: string): Promise<boolean> =>
      this.post({ type: MessageType.EditResult, messageId: message.messageId, ok, ...(error === undefined ? {} : { error }) });
    const client = this.ctx.client;
    if (!this.plan || !client) {
      await reply(false, vscode.l10n.t('The XProj language server is not running.'));
      return;
    }
    const { taskId, kind, workingDays, start, end } = message;
    const edit = await this.ctx.requestOrRefusal(ganttEditRequest, { uri: this.plan.toString(), taskId, kind, workingDays, start, end });
    if (edit instanceof Refusal) {
      await reply(false, edit.message);
      return;
    }
    if (!edit) {
      await reply(
        false,
        this.ctx.supports(ganttEditRequest.method)
          ? vscode.l10n.t('Task {0} cannot be changed from the chart.', taskId)
          : vscode.l10n.t('This version of the language server cannot edit plans from the chart.'),
      );
      return;
    }
    const applied = await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
    await reply(applied, applied ? undefined : vscode.l10n.t('VS Code did not apply the edit.'));
  }

  /** The progress handle was dropped: the same server edit as the Tasks view's Set Progress. */
  private async setProgress(message: SetProgressMessage): Promise<void> {
    const { messageId, taskId, progress } = message;
    const outcome = this.plan
      ? await requestTaskUpdate(this.ctx, { uri: this.plan.toString(), taskId, kind: 'progress', progress })
      : ({ kind: 'refused', message: vscode.l10n.t('The XProj language server is not running.') } as const);
    const error =
      outcome.kind === 'refused'
        ? outcome.message
        : outcome.kind === 'unchanged'
          ? vscode.l10n.t('Task {0} cannot be changed from the chart.', taskId)
          : undefined;
    await this.post({ type: MessageType.EditResult, messageId, ok: outcome.kind === 'applied', ...(error === undefined ? {} : { error }) });
  }

  /** The chart highlights the task under the editor's cursor; debounced, as selections change per key. */
  private scheduleHighlight(editor: vscode.TextEditor): void {
    if (!isPlan(editor.document) || editor.document.uri.toString() !== this.plan?.toString()) {
      return;
    }
    clearTimeout(this.cursorTimer);
    this.cursorTimer = setTimeout(() => {
      const taskId = this.locator?.at(editor.document, editor.selection.active)?.id ?? null;
      if (taskId !== this.highlighted) {
        this.highlighted = taskId;
        void this.post({ type: MessageType.Highlight, taskId });
      }
    }, 150);
  }

  dispose(): void {
    if (GanttPanel.current === this) {
      GanttPanel.current = undefined;
    }
    clearTimeout(this.cursorTimer);
    this.panel.dispose();
    while (this._disposables.length) {
      this._disposables.pop()?.dispose();
    }
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
