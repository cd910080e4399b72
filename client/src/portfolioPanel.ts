import * as vscode from 'vscode';
import { formatDay, localToday } from '../../common/dates';
import type { PortfolioModel } from '../../common/portfolioModel';
import { portfolioViewRequest } from '../../server/src/protocol';
import { isFromPortfolioViewMessage } from '../../webview/src/protocol';
import type { FromPortfolioViewMessage, ToPortfolioViewMessage } from '../../webview/src/protocol';
import type { Ctx } from './ctx';
import { portfolioLabels } from './portfolioLabels';
import { revealTaskId } from './reveal';
import { PlanPanel } from './planPanel';
import { openBesidePanel } from './webviewPage';

/**
 * Every plan of the workspace on one timeline (XProj: Show Portfolio): spans, deadlines,
 * forecasts, phases and milestones, with each plan's problems and open critical tasks counted.
 * Redrawn as any plan changes; names open plans, phases and milestones show their line.
 */
export class PortfolioPanel extends PlanPanel<PortfolioModel> {
  static readonly viewType = 'xproj.portfolio';
  private static current: PortfolioPanel | undefined;

  static createOrShow(ctx: Ctx, plan: vscode.Uri): PortfolioPanel {
    const current = PortfolioPanel.current;
    if (current) {
      current.showPlan(plan);
      return current;
    }
    const panel = openBesidePanel(
      ctx.extCtx,
      PortfolioPanel.viewType,
      vscode.l10n.t('Portfolio'),
      'portfolioView',
      '<div id="portfolio" class="is-empty"></div>',
    );
    PortfolioPanel.current = new PortfolioPanel(ctx, panel, plan);
    void PortfolioPanel.current.update();
    return PortfolioPanel.current;
  }

  /** The open panel, for tests. */
  static get currentPanel(): PortfolioPanel | undefined {
    return PortfolioPanel.current;
  }

  private constructor(ctx: Ctx, panel: vscode.WebviewPanel, plan: vscode.Uri) {
    super(ctx, panel, plan);
  }

  private post(message: ToPortfolioViewMessage): void {
    void this.panel.webview.postMessage(message);
  }

  protected fetch(): Promise<PortfolioModel | null | undefined> {
    return this.ctx.request(portfolioViewRequest, { uri: this.plan.toString() });
  }

  protected show(model: PortfolioModel | undefined): void {
    if (!model || model.plans.length === 0) {
      const text = this.ctx.running ? vscode.l10n.t('Open an XProj plan (*.xproj.yaml) first.') : vscode.l10n.t('The XProj language server is not running.');
      this.post({ type: 'empty', text });
      return;
    }
    this.post({ type: 'update', model, labels: portfolioLabels((message) => vscode.l10n.t(message)), today: formatDay(localToday()) });
  }

  protected async onMessage(raw: unknown): Promise<void> {
    if (!isFromPortfolioViewMessage(raw)) {
      this.ctx.log.warn('Ignored a malformed message from the Portfolio webview:', raw);
      return;
    }
    const message: FromPortfolioViewMessage = raw;
    if (message.type === 'ready') {
      await this.webviewReady();
      return;
    }
    const row = this.model?.plans[message.plan];
    if (!row) {
      return;
    }
    const uri = vscode.Uri.parse(row.uri);
    if (message.id === undefined) {
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    } else {
      await revealTaskId(uri, message.id);
    }
  }

  override dispose(): void {
    PortfolioPanel.current = undefined;
    super.dispose();
  }
}
