import * as vscode from 'vscode';
import type { Cmd, CommandFactory, Ctx } from './ctx';
import { compareWithBaseline } from './compareWithBaseline';
import { GanttPanel } from './ganttPanel';
import { LoadPanel } from './loadPanel';
import { PortfolioPanel } from './portfolioPanel';
import { ensureOpen, exportPlan, importPlan } from './interopCommands';
import { exportPlanRequest } from '../../server/src/protocol';
import { Refusal } from './ctx';
import { newPlan } from './newPlan';
import type { NewPlanArgs } from './newPlan';
import { asRange, asUri, revealRange } from './reveal';
import { pickTaskFilter } from './views/taskFilter';
import type { TaskTree } from './views/taskTree';
import { ReportPanel, pickReportKind } from './reportPanel';
import { copyTaskId, markTaskDone, revealTaskInEditor, revealTaskInGantt, setTaskProgress, setTaskStatus } from './taskUpdates';

/** The same callback whether or not the server runs (it needs no server, or starts it). */
function always(make: (ctx: Ctx) => Cmd): CommandFactory {
  return { enabled: make, disabled: make };
}

function planFor(ctx: Ctx, arg: unknown): vscode.Uri | undefined {
  const uri = asUri(arg) ?? ctx.activePlan.uri;
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an XProj plan (*.xproj.yaml) first.'));
  }
  return uri;
}

function newPlanArgs(arg: unknown): NewPlanArgs {
  if (typeof arg !== 'object' || arg === null) {
    return {};
  }
  const { name, start, folder } = arg as Record<string, unknown>;
  const folderUri = asUri(folder);
  return {
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof start === 'string' ? { start } : {}),
    ...(folderUri ? { folder: folderUri } : {}),
  };
}

/**
 * The Gantt chart as an SVG document: drawn by the server, as `xproj export --to svg` draws it
 * (title, status date, legend, whole names), so the panel and the CLI export one chart.
 */
async function exportGantt(ctx: Ctx, planArg: unknown, targetArg: unknown): Promise<vscode.Uri | undefined> {
  const plan = asUri(planArg) ?? GanttPanel.currentPanel?.planUri ?? planFor(ctx, planArg);
  if (!plan) {
    return undefined;
  }
  await ensureOpen(plan);
  const answer = await ctx.requestOrRefusal(exportPlanRequest, { uri: plan.toString(), format: 'svg', locale: vscode.env.language });
  if (answer instanceof Refusal || answer?.text === undefined) {
    throw new Error(answer instanceof Refusal ? answer.message : vscode.l10n.t('see the XProj output'));
  }
  const svg = answer.text;
  const name =
    plan.path
      .split('/')
      .pop()
      ?.replace(/\.xproj\.ya?ml$/, '') ?? 'plan';
  const target =
    asUri(targetArg) ??
    (await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export the Gantt chart'),
      defaultUri: vscode.Uri.joinPath(plan, '..', `${name}.gantt.svg`),
      filters: { [vscode.l10n.t('SVG image')]: ['svg'] },
    }));
  if (!target) {
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(svg));
  if (!asUri(targetArg)) {
    const open = vscode.l10n.t('Open');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Saved the Gantt chart to {0}.', vscode.workspace.asRelativePath(target)), open)
      .then((choice) => choice === open && vscode.commands.executeCommand('vscode.open', target));
  }
  return target;
}

/**
 * A task's code lens (`xproj.showDependents(uri, position, locations)`, in LSP shapes): peeks the
 * `depends_on` entries that name the task, as VS Code's own reference lenses do.
 */
function showDependents(): CommandFactory {
  return always(() => async (uriArg: unknown, positionArg: unknown, locationsArg: unknown) => {
    const uri = asUri(uriArg);
    const at = asRange({ start: positionArg, end: positionArg })?.start;
    if (!uri || !at) {
      return;
    }
    const locations = (Array.isArray(locationsArg) ? locationsArg : []).flatMap((l: unknown) => {
      const { uri: where, range } = (typeof l === 'object' && l !== null ? l : {}) as { uri?: unknown; range?: unknown };
      const target = asUri(where);
      const span = asRange(range);
      return target && span ? [new vscode.Location(target, span)] : [];
    });
    await vscode.commands.executeCommand('editor.action.showReferences', uri, at, locations);
  });
}

function reveal(): CommandFactory {
  return always(() => async (uriArg: unknown, rangeArg: unknown) => {
    const uri = asUri(uriArg);
    const range = asRange(rangeArg);
    if (uri && range) {
      await revealRange(uri, range);
    }
  });
}

/**
 * One factory per command, registered by name through `Ctx.updateCommands` (model: rust-analyzer
 * `createCommands`). Views are looked up when the command runs, since they are made after the map.
 */
export function createCommands(views: () => { tasks?: TaskTree }): Record<string, CommandFactory> {
  return {
    'xproj.newPlan': always((ctx) => (arg: unknown) => newPlan(ctx.extCtx, newPlanArgs(arg))),
    'xproj.showGantt': {
      enabled: (ctx) => (arg: unknown) => {
        const plan = planFor(ctx, arg);
        return plan ? GanttPanel.createOrShow(ctx, plan) && undefined : undefined;
      },
    },
    'xproj.showLoad': {
      enabled: (ctx) => (arg: unknown) => {
        const plan = planFor(ctx, arg);
        return plan ? LoadPanel.createOrShow(ctx, plan) && undefined : undefined;
      },
    },
    'xproj.showPortfolio': {
      enabled: (ctx) => (arg: unknown) => {
        const plan = planFor(ctx, arg);
        return plan ? PortfolioPanel.createOrShow(ctx, plan) && undefined : undefined;
      },
    },
    'xproj.exportGantt': {
      enabled: (ctx) => async (planArg: unknown, targetArg: unknown) => {
        try {
          return await exportGantt(ctx, planArg, targetArg);
        } catch (e) {
          ctx.log.error('Exporting the Gantt chart failed:', e);
          void vscode.window.showErrorMessage(vscode.l10n.t('Exporting the Gantt chart failed: {0}', e instanceof Error ? e.message : String(e)));
          return undefined;
        }
      },
    },
    'xproj.exportPlan': {
      enabled: (ctx) => async (planArg: unknown, formatArg: unknown, targetArg: unknown) => {
        const plan = asUri(planArg) ?? GanttPanel.currentPanel?.planUri ?? planFor(ctx, planArg);
        return plan ? exportPlan(ctx, plan, formatArg, targetArg) : undefined;
      },
    },
    'xproj.compareWithBaseline': {
      enabled: (ctx) => async (planArg: unknown, baseArg: unknown) => {
        const plan = asUri(planArg) ?? GanttPanel.currentPanel?.planUri ?? planFor(ctx, planArg);
        return plan ? compareWithBaseline(ctx, plan, baseArg) : undefined;
      },
    },
    'xproj.importPlan': { enabled: (ctx) => (sourceArg: unknown, targetArg: unknown) => importPlan(ctx, sourceArg, targetArg) },
    'xproj.restartServer': always(
      (ctx) => () =>
        vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Restarting the XProj language server') }, async () => {
          try {
            await ctx.restart();
          } catch (e) {
            ctx.log.error('Restarting the language server failed:', e);
            void vscode.window.showErrorMessage(vscode.l10n.t('The XProj language server could not start: {0}', e instanceof Error ? e.message : String(e)));
          }
        }),
    ),
    'xproj.revealTask': reveal(),
    'xproj.showDependents': showDependents(),
    'xproj.revealRisk': reveal(),
    'xproj.filterTasks': always(() => (arg: unknown) => {
      const tasks = views().tasks;
      return tasks ? pickTaskFilter(tasks, arg) : undefined;
    }),
    'xproj.clearTaskFilter': always(() => () => views().tasks?.setFilter({})),
    'xproj.refreshViews': always((ctx) => () => ctx.refreshViews()),
    'xproj.openReport': {
      enabled: (ctx) => async (kindArg: unknown, planArg: unknown) => {
        const plan = asUri(planArg) ?? planFor(ctx, undefined);
        const kind = plan ? await pickReportKind(kindArg) : undefined;
        return plan && kind ? ReportPanel.createOrShow(ctx, plan, kind) && undefined : undefined;
      },
    },
    // The Tasks view's menu: weekly updates written into the plan by the server, each one undo step.
    'xproj.setTaskStatus': { enabled: (ctx) => (arg: unknown, status: unknown) => setTaskStatus(ctx, arg, status) },
    'xproj.setTaskProgress': { enabled: (ctx) => (arg: unknown, progress: unknown) => setTaskProgress(ctx, arg, progress) },
    'xproj.markTaskDone': { enabled: (ctx) => (arg: unknown) => markTaskDone(ctx, arg) },
    'xproj.copyTaskId': always((ctx) => (arg: unknown) => copyTaskId(ctx, arg)),
    'xproj.revealTaskInGantt': { enabled: (ctx) => (arg: unknown) => revealTaskInGantt(ctx, arg) },
    'xproj.revealTaskInEditor': always((ctx) => (arg: unknown) => revealTaskInEditor(ctx, arg)),
  };
}
