import * as vscode from 'vscode';
import type { NamedRef, RiskListItem } from '../../../server/src/protocol';

export type { TaskStatus } from '../../../common/taskStatus';
import type { TaskStatus } from '../../../common/taskStatus';

export function statusLabel(status: TaskStatus): string {
  switch (status) {
    case 'not-started':
      return vscode.l10n.t('Not started');
    case 'in-progress':
      return vscode.l10n.t('In progress');
    case 'blocked':
      return vscode.l10n.t('Blocked');
    case 'done':
      return vscode.l10n.t('Done');
    case 'cancelled':
      return vscode.l10n.t('Cancelled');
  }
}

export function riskStatusLabel(status: RiskListItem['status']): string {
  switch (status) {
    case 'open':
      return vscode.l10n.t('Open');
    case 'closed':
      return vscode.l10n.t('Closed');
    case 'occurred':
      return vscode.l10n.t('Occurred');
  }
}

export function refName(ref: NamedRef | null): string | undefined {
  return ref ? (ref.name ?? ref.id) : undefined;
}

/** `2026-03-02 → 2026-03-06`, or the one day of a milestone. */
export function dateSpan(start: string | null, end: string | null): string | undefined {
  if (!start || !end) {
    return start ?? end ?? undefined;
  }
  return start === end ? start : `${start} → ${end}`;
}

export function themeIcon(id: string, color?: string): vscode.ThemeIcon {
  return new vscode.ThemeIcon(id, color ? new vscode.ThemeColor(color) : undefined);
}
