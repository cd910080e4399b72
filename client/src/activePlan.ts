import * as vscode from 'vscode';

export const LANGUAGE_ID = 'xproj';

export function isPlan(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}

/**
 * The plan the views, the status bar and the chart show: the last focused `xproj` editor. It stays
 * when focus moves to a tree, the Problems panel or the chart (no text editor is active then), and
 * moves to another visible plan, or to none, when its document closes.
 */
export class ActivePlan implements vscode.Disposable {
  private current: vscode.Uri | undefined;
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChange = this.emitter.event;

  constructor() {
    this.disposables.push(
      this.emitter,
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isPlan(editor.document)) {
          this.set(editor.document.uri);
        } else if (editor && editor.viewColumn !== undefined) {
          // Another file took the editor area: the views follow it and show no plan.
          this.set(this.visiblePlan());
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.current && document.uri.toString() === this.current.toString()) {
          this.set(this.visiblePlan());
        }
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        // A file whose language changes to xproj (or is opened in the active editor) counts at once.
        const active = vscode.window.activeTextEditor?.document;
        if (active === document && isPlan(document)) {
          this.set(document.uri);
        }
      }),
    );
    const editor = vscode.window.activeTextEditor;
    this.set(editor && isPlan(editor.document) ? editor.document.uri : this.visiblePlan());
  }

  get uri(): vscode.Uri | undefined {
    return this.current;
  }

  /** The open document of the active plan, if it is still open. */
  get document(): vscode.TextDocument | undefined {
    const uri = this.current?.toString();
    return uri === undefined ? undefined : vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  }

  private visiblePlan(): vscode.Uri | undefined {
    return vscode.window.visibleTextEditors.find((e) => isPlan(e.document))?.document.uri;
  }

  private set(uri: vscode.Uri | undefined): void {
    if (uri?.toString() === this.current?.toString()) {
      return;
    }
    this.current = uri;
    void vscode.commands.executeCommand('setContext', 'xproj.planActive', uri !== undefined);
    this.emitter.fire(uri);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
