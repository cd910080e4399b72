import * as vscode from 'vscode';
import { createCommands } from './commands';
import { Ctx } from './ctx';
import { GanttPanel } from './ganttPanel';
import { LoadPanel } from './loadPanel';
import { PortfolioPanel } from './portfolioPanel';
import { ReportPanel } from './reportPanel';
import { Log } from './log';
import { StatusBar } from './statusBar';
import { RiskTree } from './views/riskTree';
import { TaskTree } from './views/taskTree';

/** What `activate` returns; the extension-host tests read the views through it. */
export interface XprojApi {
  readonly ctx: Ctx;
  readonly tasks: TaskTree;
  readonly risks: RiskTree;
  /** The open Gantt panel, if any. */
  gantt(): GanttPanel | undefined;
  /** The open Resources panel, if any. */
  load(): LoadPanel | undefined;
  /** The open Portfolio panel, if any. */
  portfolio(): PortfolioPanel | undefined;
  /** The open report panel, if any. */
  report(): ReportPanel | undefined;
}

let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<XprojApi> {
  const log = new Log();
  context.subscriptions.push(log);
  try {
    const views: { tasks?: TaskTree } = {};
    ctx = new Ctx(
      context,
      createCommands(() => views),
      log,
    );
    context.subscriptions.push(ctx);
    const tasks = new TaskTree(ctx);
    const risks = new RiskTree(ctx);
    views.tasks = tasks;
    // The serializer must exist before activation ends for VS Code to restore an open chart.
    ctx.pushExtCleanup(
      tasks,
      risks,
      new StatusBar(ctx),
      GanttPanel.register(ctx),
      // The server was started for Restricted Mode; a trusted workspace may read imports from anywhere.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void ctx?.restart()),
    );
    await ctx.start();
    return {
      ctx,
      tasks,
      risks,
      gantt: () => GanttPanel.currentPanel,
      load: () => LoadPanel.currentPanel,
      portfolio: () => PortfolioPanel.currentPanel,
      report: () => ReportPanel.currentPanel,
    };
  } catch (e) {
    log.error('Activation failed:', e);
    const showOutput = vscode.l10n.t('Show Output');
    void vscode.window
      .showErrorMessage(vscode.l10n.t('The XProj extension failed to start: {0}', e instanceof Error ? e.message : String(e)), showOutput)
      .then((choice) => choice === showOutput && log.show());
    throw e;
  }
}

export function deactivate(): Thenable<void> | undefined {
  return ctx?.client?.stop();
}
