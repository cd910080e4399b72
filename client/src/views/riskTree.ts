import * as vscode from 'vscode';
import { riskListRequest } from '../../../server/src/protocol';
import type { RiskGroup, RiskList, RiskListItem } from '../../../server/src/protocol';
import type { Ctx } from '../ctx';
import { toVsRange } from '../reveal';
import { refName, riskStatusLabel, themeIcon } from './labels';
import { markdownText, markdownTitle } from './markdownText';
import { ItemLocator } from './locate';
import { PlanTreeView } from './planTreeView';

/** Groups keep their own risks, for the reason given at `TaskElement`. */
export type RiskElement =
  | { readonly kind: 'group'; readonly group: RiskGroup; readonly children: RiskElement[] }
  | { readonly kind: 'risk'; readonly risk: RiskListItem; readonly parent: RiskElement };

const LEVEL_COLORS: Readonly<Record<RiskGroup['level'], string | undefined>> = {
  high: 'charts.red',
  medium: 'charts.orange',
  low: 'charts.green',
  unrated: undefined,
};

/** `xproj.risks`: the active plan's risk register grouped high / medium / low, from `xproj/riskList`. */
export class RiskTree extends PlanTreeView<RiskElement, RiskList> {
  private groups: RiskElement[] = [];
  private risks: Extract<RiskElement, { kind: 'risk' }>[] = [];

  constructor(ctx: Ctx) {
    super(ctx, 'xproj.risks', async (uri) => {
      const model = await ctx.cached(riskListRequest, uri);
      return model ? { model, key: JSON.stringify(model) } : undefined;
    });
  }

  /** Every risk of the active plan, after loading it. */
  async allRisks(): Promise<readonly RiskListItem[]> {
    await this.loader.ready();
    return this.risks.map((r) => r.risk);
  }

  getTreeItem(element: RiskElement): vscode.TreeItem {
    return element.kind === 'group' ? groupItem(element.group) : riskItem(element.risk, this.ctx.activePlan.uri);
  }

  getParent(element: RiskElement): RiskElement | undefined {
    return element.kind === 'risk' ? element.parent : undefined;
  }

  async getChildren(element?: RiskElement): Promise<RiskElement[]> {
    if (!element) {
      await this.loader.roots();
      return this.groups;
    }
    return element.kind === 'group' ? element.children : [];
  }

  protected index(list: RiskList | undefined): void {
    const groups: RiskElement[] = [];
    this.risks = [];
    for (const group of list?.groups ?? []) {
      const parent: RiskElement = { kind: 'group', group, children: [] };
      const risks = group.risks.map((risk) => ({ kind: 'risk' as const, risk, parent }));
      parent.children.push(...risks);
      this.risks.push(...risks);
      groups.push(parent);
    }
    this.locator = new ItemLocator<RiskElement>(this.risks, (r) => toVsRange((r as { risk: RiskListItem }).risk.range).start);
    const overdue = this.risks.filter((r) => r.risk.reviewOverdue).length;
    this.view.badge = overdue > 0 ? { value: overdue, tooltip: vscode.l10n.t('{0} risk reviews overdue', overdue) } : undefined;
    // An empty register shows the welcome text instead of three empty groups.
    this.groups = this.risks.length > 0 ? groups : [];
  }
}

function groupItem(group: RiskGroup): vscode.TreeItem {
  const state = group.risks.length === 0 ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Expanded;
  const item = new vscode.TreeItem(group.label, state);
  item.id = `group:${group.level}`;
  item.description = String(group.risks.length);
  item.iconPath = themeIcon(group.level === 'high' ? 'flame' : 'shield', LEVEL_COLORS[group.level]);
  item.contextValue = 'riskGroup';
  return item;
}

function riskIcon(risk: RiskListItem): vscode.ThemeIcon {
  if (risk.status === 'closed') {
    return themeIcon('pass', 'disabledForeground');
  }
  if (risk.status === 'occurred') {
    return themeIcon('flame', 'problemsErrorIcon.foreground');
  }
  if (risk.reviewOverdue) {
    return themeIcon('bell-dot', 'problemsWarningIcon.foreground');
  }
  return themeIcon('shield', LEVEL_COLORS[risk.level]);
}

function riskItem(risk: RiskListItem, planUri: vscode.Uri | undefined): vscode.TreeItem {
  const item = new vscode.TreeItem(risk.title ?? risk.id, vscode.TreeItemCollapsibleState.None);
  item.id = `risk:${risk.id}:${risk.range.start.line}`;
  const review = risk.nextReview ? vscode.l10n.t('review {0}', risk.nextReview) : undefined;
  item.description = [refName(risk.owner), review && (risk.reviewOverdue ? `⚠ ${review}` : review)].filter(Boolean).join(' · ');
  item.iconPath = riskIcon(risk);
  item.tooltip = riskTooltip(risk);
  item.contextValue = risk.reviewOverdue ? 'risk.reviewOverdue' : 'risk';
  if (planUri) {
    item.command = { command: 'xproj.revealRisk', title: vscode.l10n.t('Show in Editor'), arguments: [planUri, toVsRange(risk.range)] };
  }
  return item;
}

function riskTooltip(risk: RiskListItem): vscode.MarkdownString {
  const score = risk.score === null ? undefined : `${risk.score} (${risk.likelihood ?? '?'} × ${risk.impact ?? '?'})`;
  const rows: [string, string | undefined][] = [
    [vscode.l10n.t('Score'), score],
    [vscode.l10n.t('Category'), risk.category === null ? undefined : markdownText(risk.category)],
    [vscode.l10n.t('Response'), risk.response === null ? undefined : markdownText(risk.response)],
    [vscode.l10n.t('Owner'), refName(risk.owner) && markdownText(refName(risk.owner)!)],
    [vscode.l10n.t('Contingency plan'), risk.hasContingency ? vscode.l10n.t('yes') : vscode.l10n.t('none')],
    [vscode.l10n.t('Next review'), risk.nextReview ? `${risk.nextReview}${risk.reviewOverdue ? ` $(warning) ${vscode.l10n.t('overdue')}` : ''}` : undefined],
    [vscode.l10n.t('Status'), riskStatusLabel(risk.status)],
  ];
  const text = new vscode.MarkdownString(undefined, true);
  text.appendMarkdown(`${markdownTitle(risk.title, risk.id)}\n\n`);
  text.appendMarkdown(['| | |', '|---|---|', ...rows.filter(([, v]) => v).map(([k, v]) => `| ${k} | ${v} |`)].join('\n'));
  return text;
}
