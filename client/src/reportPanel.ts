import * as vscode from 'vscode';
import { reportRequest } from '../../server/src/protocol';
import type { ReportResult } from '../../server/src/protocol';
import { REPORT_VIEW_KINDS, isFromReportViewMessage } from '../../webview/src/protocol';
import type { FromReportViewMessage, ReportLabels, ReportViewKind, ToReportViewMessage } from '../../webview/src/protocol';
import type { Ctx } from './ctx';
import { PanelUpdates } from './panelUpdates';
import { openBesidePanel } from './webviewPage';
import { revealTaskId } from './reveal';

function kindLabels(): Record<ReportViewKind, string> {
  return {
    weekly: vscode.l10n.t('Weekly meeting pack'),
    funds: vscode.l10n.t('Fund report'),
    risks: vscode.l10n.t('Risk register review'),
    closing: vscode.l10n.t('Closing report'),
  };
}

function labels(): ReportLabels {
  return {
    kinds: kindLabels(),
    copyMarkdown: vscode.l10n.t('Copy Markdown'),
    saveMarkdown: vscode.l10n.t('Save Markdown…'),
    saveHtml: vscode.l10n.t('Save HTML…'),
    kind: vscode.l10n.t('Report'),
  };
}

/** Asks which report, unless the command was given one (a keybinding's argument). */
export async function pickReportKind(arg: unknown): Promise<ReportViewKind | undefined> {
  const given = REPORT_VIEW_KINDS.find((k) => k === arg);
  if (given) {
    return given;
  }
  const names = kindLabels();
  const picked = await vscode.window.showQuickPick(
    REPORT_VIEW_KINDS.map((report) => ({ label: names[report], description: report, report })),
    { title: vscode.l10n.t('Open Report'), placeHolder: vscode.l10n.t('Which report?') },
  );
  return picked?.report;
}

/**
 * A report of the active plan beside it (XProj: Open Report…): drawn from the server's report
 * document, redrawn as the plan changes; task names lead back to the plan; the Markdown can be
 * copied and the Markdown or the standalone HTML page saved. Same CSP as the Gantt panel.
 */
export class ReportPanel {
  static readonly viewType = 'xproj.report';
  private static current: ReportPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private readonly updates = new PanelUpdates<ReportResult>(
    () => this.fetch(),
    (result) => {
      this.last = result;
    },
    (result) => this.show(result),
  );
  private last: ReportResult | undefined;

  static createOrShow(ctx: Ctx, plan: vscode.Uri, kind: ReportViewKind): ReportPanel {
    const current = ReportPanel.current;
    if (current) {
      current.plan = plan;
      current.kind = kind;
      current.panel.reveal(undefined, true);
      void current.update();
      return current;
    }
    const panel = openBesidePanel(
      ctx.extCtx,
      ReportPanel.viewType,
      vscode.l10n.t('Report'),
      'reportView',
      '<div id="toolbar" role="toolbar"></div>\n<main id="report"></main>',
    );
    ReportPanel.current = new ReportPanel(ctx, panel, plan, kind);
    void ReportPanel.current.update();
    return ReportPanel.current;
  }

  private constructor(
    private readonly ctx: Ctx,
    private readonly panel: vscode.WebviewPanel,
    private plan: vscode.Uri,
    private kind: ReportViewKind,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m)),
      ctx.onPlanChanged(({ uri }) => uri === this.plan.toString() && this.updates.soon()),
      ctx.onServerStateChanged((running) => running && void this.update()),
      ctx.activePlan.onDidChange((uri) => {
        if (uri && uri.toString() !== this.plan.toString()) {
          this.plan = uri;
          void this.update();
        }
      }),
    );
  }

  /** The open panel, for tests. */
  static get currentPanel(): ReportPanel | undefined {
    return ReportPanel.current;
  }

  /** The report last received. */
  get model(): ReportResult | undefined {
    return this.last;
  }

  private post(message: ToReportViewMessage): void {
    void this.panel.webview.postMessage(message);
  }

  /** Asks the server for the report of the plan as it is now, and shows it. */
  update(): Promise<void> {
    return this.updates.now();
  }

  private fetch(): Promise<ReportResult | null | undefined> {
    const name =
      this.plan.path
        .split('/')
        .pop()
        ?.replace(/\.xproj\.ya?ml$/, '') ?? '';
    this.panel.title = `${kindLabels()[this.kind]}: ${name}`;
    return this.ctx.request(reportRequest, { uri: this.plan.toString(), kind: this.kind });
  }

  private show(result: ReportResult | undefined): void {
    if (!result) {
      this.post({
        type: 'empty',
        text: this.ctx.running ? vscode.l10n.t('Open an XProj plan (*.xproj.yaml) first.') : vscode.l10n.t('The XProj language server is not running.'),
      });
      return;
    }
    this.post({ type: 'show', kind: this.kind, document: result.document, taskIds: result.taskIds, labels: labels() });
  }

  private async onMessage(raw: unknown): Promise<void> {
    if (!isFromReportViewMessage(raw)) {
      this.ctx.log.warn('Ignored a malformed message from the report webview:', raw);
      return;
    }
    const message: FromReportViewMessage = raw;
    switch (message.type) {
      case 'ready':
        await this.updates.webviewReady();
        break;
      case 'kind':
        this.kind = message.kind;
        await this.update();
        break;
      case 'reveal':
        await revealTaskId(this.plan, message.taskId);
        break;
      case 'action':
        await this.act(message.action);
        break;
    }
  }

  private async act(action: 'copyMarkdown' | 'saveMarkdown' | 'saveHtml' | 'refresh'): Promise<void> {
    const report = this.last;
    if (action === 'refresh' || !report) {
      await this.update();
      return;
    }
    if (action === 'copyMarkdown') {
      await vscode.env.clipboard.writeText(report.markdown);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied the report as Markdown.'), 3000);
      return;
    }
    const html = action === 'saveHtml';
    const name =
      this.plan.path
        .split('/')
        .pop()
        ?.replace(/\.xproj\.ya?ml$/, '') ?? 'plan';
    const target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Save the report'),
      defaultUri: vscode.Uri.joinPath(this.plan, '..', `${name}.${this.kind}.${html ? 'html' : 'md'}`),
      filters: html ? { HTML: ['html'] } : { Markdown: ['md'] },
    });
    if (target) {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(html ? report.html : report.markdown));
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Saved the report to {0}.', vscode.workspace.asRelativePath(target)), 5000);
    }
  }

  dispose(): void {
    ReportPanel.current = undefined;
    this.updates.dispose();
    this.panel.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
