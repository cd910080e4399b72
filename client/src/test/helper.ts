import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { XprojApi } from '../extension';

export const EXTENSION_ID = 'xproj.xproj';

export async function api(): Promise<XprojApi> {
  const extension = vscode.extensions.getExtension<XprojApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

export function workspaceFile(...path: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...path);
}

export async function openPlan(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document, vscode.ViewColumn.One);
}

/** Polls until `probe` returns something other than undefined (never a fixed sleep). */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > end) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const checkedVersions = new Map<string, number>();
let listening = false;

/** Starts recording the server's `xproj/planChanged` notifications; call before opening plans. */
export function recordChecks(xproj: XprojApi): void {
  if (!listening) {
    listening = true;
    xproj.ctx.onPlanChanged(({ uri, version }) => checkedVersions.set(uri, Math.max(version, checkedVersions.get(uri) ?? -1)));
  }
}

/** Resolves once the server has checked this version of the document (diagnostics are in by then). */
export async function checked(document: vscode.TextDocument): Promise<void> {
  const uri = document.uri.toString();
  const version = document.version;
  await waitFor(`the server to check ${document.uri.path} v${version}`, () => ((checkedVersions.get(uri) ?? -1) >= version ? true : undefined));
}

export function codesOf(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
