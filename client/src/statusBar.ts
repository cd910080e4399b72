import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import { finishSummary, finishText, finishTooltip } from './finishSummary';
import type { FinishSummary } from './finishSummary';

/**
 * The active plan's errors, warnings and computed finish; a click opens the Problems panel. While the
 * server is down it says so, and a click restarts it.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('xproj.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];
  private finish: { uri: string; summary: FinishSummary } | undefined;
  private generation = 0;

  constructor(private readonly ctx: Ctx) {
    this.item.name = vscode.l10n.t('XProj Plan Status');
    this.disposables.push(
      this.item,
      ctx.activePlan.onDidChange(() => this.refresh()),
      ctx.onPlanChanged(({ uri }) => uri === ctx.activePlan.uri?.toString() && this.refresh()),
      ctx.onServerStateChanged(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics(({ uris }) => {
        const active = ctx.activePlan.uri?.toString();
        if (uris.some((u) => u.toString() === active)) {
          this.render();
        }
      }),
    );
    this.refresh();
  }

  /** Re-asks the server for the finish date, then redraws. */
  refresh(): void {
    const uri = this.ctx.activePlan.uri;
    const generation = ++this.generation;
    this.render();
    if (!uri) {
      return;
    }
    void this.ctx.ganttModel(uri).then((held) => {
      const model = held?.model;
      if (generation === this.generation) {
        this.finish = model ? { uri: uri.toString(), summary: finishSummary(model) } : undefined;
        this.render();
      }
    });
  }

  private render(): void {
    const uri = this.ctx.activePlan.uri;
    if (!uri) {
      this.item.hide();
      return;
    }
    if (!this.ctx.running && this.ctx.starting) {
      // The first second or two of every session: say so calmly, not "stopped".
      this.item.text = `$(sync~spin) XProj`;
      this.item.tooltip = vscode.l10n.t('The XProj language server is starting…');
      this.item.command = undefined;
      this.item.backgroundColor = undefined;
      this.item.show();
      return;
    }
    if (!this.ctx.running) {
      this.item.text = `$(warning) ${vscode.l10n.t('XProj stopped')}`;
      this.item.tooltip = vscode.l10n.t('The XProj language server is not running. Click to restart it.');
      this.item.command = 'xproj.restartServer';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.item.show();
      return;
    }
    const diagnostics = vscode.languages.getDiagnostics(uri);
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    const finish = this.finish?.uri === uri.toString() ? this.finish.summary : undefined;
    const late = finish?.deadline !== undefined && (finish.forecast?.date ?? finish.finish) > finish.deadline;
    const t = (message: string, ...args: Array<string | number>): string => vscode.l10n.t(message, ...args);
    const dates = finish
      ? `$(calendar) ${finishText(finish, t)}${late ? ' $(alert)' : ''}${finish.unreliable ? ` $(warning) ${vscode.l10n.t('unreliable')}` : ''}`
      : undefined;
    this.item.text = ['XProj', `$(error) ${errors}`, `$(warning) ${warnings}`, dates].filter(Boolean).join('  ');
    const lines = [
      // English counts need their plural ("1 error"); Chinese has none.
      problemCountLine(errors, warnings),
      ...(finish ? finishTooltip(finish, t) : []),
      vscode.l10n.t('Click to open the Problems panel.'),
    ];
    this.item.tooltip = lines.filter(Boolean).join('\n');
    this.item.command = 'workbench.actions.view.problems';
    this.item.backgroundColor = undefined;
    this.item.accessibilityInformation = { label: lines[0]! };
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function problemCountLine(errors: number, warnings: number): string {
  const e = errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', errors);
  const w = warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', warnings);
  return vscode.l10n.t('XProj: {0}, {1} in this plan.', e, w);
}
