import * as vscode from 'vscode';
import { baselineCandidatesRequest, compareWithBaselineRequest } from '../../server/src/protocol';
import { baselineChoices, relativePlanPath } from './baselineChoices';
import type { BaselineChoice } from './baselineChoices';
import type { Ctx } from './ctx';
import { Refusal } from './ctx';

const t = (message: string, ...args: Array<string | number>): string => vscode.l10n.t(message, ...args);

/** A picker entry that remembers its choice. */
type Item = vscode.QuickPickItem & { readonly choice: BaselineChoice };

/** What to compare with: the picked revision or file; null when the user cancelled; undefined for the plan's own baseline. */
async function pickBase(ctx: Ctx, plan: vscode.Uri): Promise<string | undefined | null> {
  const [candidates, model] = await Promise.all([ctx.request(baselineCandidatesRequest, { uri: plan.toString() }), ctx.ganttModel(plan)]);
  const items: Item[] = baselineChoices(candidates, model?.model.project.baseline, t).map((choice) =>
    choice.kind === 'separator'
      ? { label: choice.label, kind: vscode.QuickPickItemKind.Separator, choice }
      : { label: choice.label, description: choice.description, detail: choice.detail, choice },
  );
  const picked = await vscode.window.showQuickPick(items, {
    title: t('Compare the plan with a baseline'),
    placeHolder: t('A tag, a commit of this plan, or another plan file'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) {
    return null;
  }
  const choice = picked.choice;
  if (choice.kind === 'own') {
    return undefined;
  }
  if (choice.kind === 'base') {
    return choice.base ?? null;
  }
  const file = (
    await vscode.window.showOpenDialog({
      title: t('Compare with the plan file'),
      defaultUri: vscode.Uri.joinPath(plan, '..'),
      canSelectMany: false,
      filters: { [t('XProj plan')]: ['yaml', 'yml'] },
    })
  )?.[0];
  if (!file) {
    return null;
  }
  if (file.scheme !== plan.scheme || file.authority !== plan.authority) {
    void vscode.window.showErrorMessage(t('The baseline must be on the same file system as the plan.'));
    return null;
  }
  return relativePlanPath(plan.path, file.path);
}

/**
 * "XProj: Compare with Baseline…": pick a tag, a recent commit of the plan or another plan file;
 * the server compares (`xproj/compareWithBaseline`, `xproj diff`'s own code) and the Markdown
 * report opens beside the plan. Argument, for tests and keybindings: the base, skipping the picker.
 */
export async function compareWithBaseline(ctx: Ctx, plan: vscode.Uri, baseArg: unknown): Promise<vscode.TextDocument | undefined> {
  const base = typeof baseArg === 'string' && baseArg !== '' ? baseArg : await pickBase(ctx, plan);
  if (base === null) {
    return undefined;
  }
  if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === plan.toString())) {
    await vscode.workspace.openTextDocument(plan);
  }
  const answer = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: t('Comparing with the baseline') }, () =>
    ctx.requestOrRefusal(compareWithBaselineRequest, { uri: plan.toString(), ...(base !== undefined ? { base } : {}) }),
  );
  if (answer instanceof Refusal || !answer) {
    void vscode.window.showErrorMessage(t('Comparing with the baseline failed: {0}', answer instanceof Refusal ? answer.message : t('see the XProj output')));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: answer.markdown });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  // The rendered report reads better; the Markdown stays open under it for copying.
  await vscode.commands.executeCommand('markdown.showPreview', doc.uri).then(undefined, (e: unknown) => ctx.log.warn('No Markdown preview:', e));
  return doc;
}
