import * as vscode from 'vscode';
import type { TaskTreePhase, TaskTreeTask } from '../../../server/src/protocol';
import { toVsRange } from '../reveal';
import { dateSpan, refName, statusLabel, themeIcon } from './labels';
import { markdownText, markdownTitle } from './markdownText';
import { signedDays } from '../finishSummary';

/** A task that is not finished and is forecast to end after its planned end. */
export function slips(task: TaskTreeTask): boolean {
  return task.slip > 0 && task.status !== 'done' && task.status !== 'cancelled';
}

/** `+3d` (`+3天`): the forecast slip, in working days. */
function slipLabel(task: TaskTreeTask): string | undefined {
  return slips(task) ? signedDays(task.slip, (m, ...a) => vscode.l10n.t(m, ...a)) : undefined;
}

/**
 * A node of the Tasks view; `key` is unique even when a plan repeats an id (a `duplicate-id` error).
 * Each element keeps its own children: VS Code may ask for the children of an element of an older
 * model, and must get that model's answer, not an empty one it would then keep showing.
 */
export type TaskElement =
  | { readonly kind: 'phase'; readonly key: string; readonly node: TaskTreePhase; readonly parent: undefined; readonly children: TaskElement[] }
  | { readonly kind: 'task'; readonly key: string; readonly node: TaskTreeTask; readonly parent: TaskElement | undefined; readonly children: TaskElement[] };

/** Shape from the status, red when on the critical path: the two things a manager scans for. */
export function taskIcon(task: TaskTreeTask): vscode.ThemeIcon {
  const critical = task.critical ? 'charts.red' : undefined;
  if (task.status === 'done') {
    return themeIcon('pass-filled', 'charts.green');
  }
  if (task.status === 'cancelled') {
    return themeIcon('circle-slash', 'disabledForeground');
  }
  if (task.overdue) {
    return themeIcon('clock', 'problemsWarningIcon.foreground');
  }
  if (task.status === 'blocked') {
    return themeIcon('error', 'problemsErrorIcon.foreground');
  }
  if (slips(task) && !task.summary) {
    return themeIcon('watch', 'charts.orange');
  }
  if (task.milestone) {
    return themeIcon('milestone', critical ?? 'charts.purple');
  }
  if (task.status === 'in-progress') {
    return themeIcon('play-circle', critical ?? 'charts.blue');
  }
  return task.critical ? themeIcon('flame', 'charts.red') : themeIcon('circle-large-outline');
}

export function taskTooltip(task: TaskTreeTask): vscode.MarkdownString {
  const rows: [string, string | undefined][] = [
    [vscode.l10n.t('Owner'), refName(task.owner) && `${markdownText(refName(task.owner)!)}${task.ownerInherited ? ` (${vscode.l10n.t('inherited')})` : ''}`],
    [vscode.l10n.t('Department'), refName(task.department) && markdownText(refName(task.department)!)],
    [vscode.l10n.t('Dates'), dateSpan(task.start, task.end)],
    [vscode.l10n.t('Status'), `${statusLabel(task.status)} · ${Math.round(task.progress)}%`],
    [vscode.l10n.t('Slack'), task.slack === null ? undefined : vscode.l10n.t('{0} working days', task.slack)],
    [vscode.l10n.t('Forecast end'), slips(task) && task.forecastEnd ? `${task.forecastEnd} (${vscode.l10n.t('{0} working days late', task.slip)})` : undefined],
  ];
  const flags = [
    task.critical ? `$(flame) ${vscode.l10n.t('On the critical path')}` : undefined,
    task.overdue ? `$(clock) ${vscode.l10n.t('Overdue')}` : undefined,
    slips(task) ? `$(watch) ${vscode.l10n.t('Slipping')}` : undefined,
    task.milestone ? `$(milestone) ${vscode.l10n.t('Milestone')}` : undefined,
  ].filter((f): f is string => f !== undefined);
  const text = new vscode.MarkdownString(undefined, true);
  text.appendMarkdown(`${markdownTitle(task.name, task.id)}\n\n`);
  text.appendMarkdown(['| | |', '|---|---|', ...rows.filter(([, v]) => v).map(([k, v]) => `| ${k} | ${v} |`)].join('\n'));
  if (flags.length > 0) {
    text.appendMarkdown(`\n\n${flags.join(' · ')}`);
  }
  return text;
}

export function taskTreeItem(element: TaskElement, planUri: vscode.Uri): vscode.TreeItem {
  if (element.kind === 'phase') {
    const phase = element.node;
    const item = new vscode.TreeItem(phase.name, vscode.TreeItemCollapsibleState.Expanded);
    item.id = element.key;
    item.description = dateSpan(phase.start, phase.end);
    item.iconPath = themeIcon('layers', phase.overdue ? 'problemsWarningIcon.foreground' : undefined);
    item.contextValue = 'phase';
    if (phase.uri && phase.range) {
      item.command = { command: 'xproj.revealTask', title: vscode.l10n.t('Show in Editor'), arguments: [phase.uri, toVsRange(phase.range)] };
    }
    return item;
  }
  const task = element.node;
  const state =
    task.children.length === 0
      ? vscode.TreeItemCollapsibleState.None
      : task.summary && element.parent?.kind !== 'task'
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(task.name ?? task.id, state);
  item.id = element.key;
  item.description = [slipLabel(task), refName(task.owner), dateSpan(task.start, task.end)].filter(Boolean).join(' · ');
  item.iconPath = taskIcon(task);
  item.tooltip = taskTooltip(task);
  item.contextValue = task.milestone ? 'milestone' : task.summary ? 'summaryTask' : 'task';
  item.command = { command: 'xproj.revealTask', title: vscode.l10n.t('Show in Editor'), arguments: [planUri, toVsRange(task.range)] };
  item.accessibilityInformation = {
    label: `${task.name ?? task.id}, ${statusLabel(task.status)}${task.critical ? `, ${vscode.l10n.t('On the critical path')}` : ''}${slips(task) ? `, ${vscode.l10n.t('{0} working days late', task.slip)}` : ''}`,
  };
  return item;
}
