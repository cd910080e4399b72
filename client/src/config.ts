import * as vscode from 'vscode';
import type { RuleLevel } from '../../common/ruleLevel';

/** A rule level as users write it in settings; `ignore` means `off`, as in other linters' settings. */
export type RuleLevelSetting = RuleLevel | 'ignore';
export type GanttZoom = 'day' | 'week' | 'month' | 'quarter' | 'fit';
export type TraceSetting = 'off' | 'messages' | 'verbose';

const ZOOMS: readonly GanttZoom[] = ['day', 'week', 'month', 'quarter', 'fit'];
const SECTION = 'xproj';

/**
 * Typed getters over the `xproj` settings. The server pulls `rules` and `statusDate` itself
 * (`workspace/configuration`) and the language client applies `trace.server` on change, so no
 * setting needs a server restart; `onDidChangeGantt` tells an open chart to re-render.
 */
export class Config implements vscode.Disposable {
  private readonly ganttEmitter = new vscode.EventEmitter<void>();
  private readonly listener: vscode.Disposable;
  /** Fires when `xproj.gantt.*` changes. */
  readonly onDidChangeGantt = this.ganttEmitter.event;

  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.gantt`)) {
        this.ganttEmitter.fire();
      }
    });
  }

  private get cfg(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(SECTION);
  }

  /** Rule levels by rule code or camelCase key, as the user wrote them. */
  get rules(): Readonly<Record<string, RuleLevelSetting>> {
    const value = this.cfg.get<unknown>('rules');
    return typeof value === 'object' && value !== null ? (value as Record<string, RuleLevelSetting>) : {};
  }

  /** `YYYY-MM-DD`, or undefined when unset (the plan's `status_date`, else today, applies). */
  get statusDate(): string | undefined {
    const value = this.cfg.get<string>('statusDate', '');
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  }

  get ganttDefaultZoom(): GanttZoom {
    const value = this.cfg.get<string>('gantt.defaultZoom', 'fit');
    return ZOOMS.find((z) => z === value) ?? 'fit';
  }

  get ganttShowCriticalPath(): boolean {
    return this.cfg.get<boolean>('gantt.showCriticalPath', true);
  }

  get traceServer(): TraceSetting {
    const value = this.cfg.get<string>('trace.server', 'off');
    return value === 'messages' || value === 'verbose' ? value : 'off';
  }

  dispose(): void {
    this.listener.dispose();
    this.ganttEmitter.dispose();
  }
}
