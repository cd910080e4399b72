import * as vscode from 'vscode';

/** An LSP range as the server sends it in its view models. */
export interface LspRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

export function toVsRange(range: LspRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Accepts a `vscode.Range` or its JSON form (a command link's argument arrives as JSON). */
export function asRange(value: unknown): vscode.Range | undefined {
  if (value instanceof vscode.Range) {
    return value;
  }
  if (Array.isArray(value) && value.length === 2) {
    const [start, end] = value as unknown[];
    return isPosition(start) && isPosition(end) ? new vscode.Range(start.line, start.character, end.line, end.character) : undefined;
  }
  if (typeof value === 'object' && value !== null) {
    const { start, end } = value as { start?: unknown; end?: unknown };
    return isPosition(start) && isPosition(end) ? new vscode.Range(start.line, start.character, end.line, end.character) : undefined;
  }
  return undefined;
}

function isPosition(value: unknown): value is { line: number; character: number } {
  const v = value as { line?: unknown; character?: unknown } | null;
  return typeof v === 'object' && v !== null && typeof v.line === 'number' && typeof v.character === 'number';
}

export function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) {
    return value;
  }
  if (typeof value === 'string') {
    return vscode.Uri.parse(value);
  }
  if (typeof value === 'object' && value !== null && typeof (value as { scheme?: unknown }).scheme === 'string') {
    return vscode.Uri.from(value as { scheme: string; path?: string; authority?: string; query?: string; fragment?: string });
  }
  return undefined;
}

/**
 * Selects `range` in the plan's editor: the one already showing it if any (so a click in the chart,
 * which sits beside the plan, does not open a second copy over the chart), else the active column.
 */
export async function revealRange(uri: vscode.Uri, range: vscode.Range, preserveFocus = false): Promise<vscode.TextEditor> {
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const document = shown?.document ?? (await vscode.workspace.openTextDocument(uri));
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One,
    selection: range,
    preserveFocus,
  });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/**
 * Shows a task's `id:` in its plan, found in the text: for views whose models carry ids, not
 * positions (reports, the Resources panel). Does nothing when the plan no longer holds the id.
 */
export async function revealTaskId(plan: vscode.Uri, taskId: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(plan);
  const text = document.getText();
  const escaped = taskId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|[\\s{,])id:\\s*["']?(${escaped})["']?\\s*(?:[,}#]|$)`, 'm').exec(text);
  if (!match) {
    return;
  }
  const start = document.positionAt(match.index + match[0].indexOf(match[1]!));
  await revealRange(plan, new vscode.Range(start, start.translate(0, taskId.length)));
}
