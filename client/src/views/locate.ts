import type * as vscode from 'vscode';

/** How many items above the cursor to try before giving up (a cursor far below the last task). */
const MAX_CANDIDATES = 64;

/**
 * Finds which item's block holds a position, given only the ranges of the items' ids: the nearest
 * id at or above the cursor whose block (the lines indented at least as deep as its `id` key, as
 * YAML nests) reaches down to the cursor. Works for block and flow mappings without parsing the YAML again.
 */
export class ItemLocator<T> {
  private readonly sorted: readonly { readonly item: T; readonly start: vscode.Position }[];

  constructor(items: Iterable<T>, startOf: (item: T) => vscode.Position) {
    this.sorted = [...items].map((item) => ({ item, start: startOf(item) })).sort((a, b) => a.start.compareTo(b.start));
  }

  at(document: vscode.TextDocument, position: vscode.Position): T | undefined {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.start.isAfter(position)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    for (let i = lo - 1; i >= 0 && i >= lo - MAX_CANDIDATES; i--) {
      const candidate = this.sorted[i]!;
      if (blockReaches(document, candidate.start, position.line)) {
        return candidate.item;
      }
    }
    return undefined;
  }
}

function blockReaches(document: vscode.TextDocument, start: vscode.Position, line: number): boolean {
  if (start.line >= document.lineCount) {
    return false;
  }
  // The range is the id's value; the block is indented past its key (`id:`), which sits before it.
  const before = document.lineAt(start.line).text.slice(0, start.character);
  const key = /\bid\s*:\s*["']?$/.exec(before);
  const column = key ? key.index : start.character;
  for (let l = start.line + 1; l <= line && l < document.lineCount; l++) {
    const text = document.lineAt(l).text;
    const indent = text.search(/\S/);
    if (indent >= 0 && text[indent] !== '#' && indent < column) {
      return false;
    }
  }
  return true;
}

/**
 * Keeps a tree's selection on the item under the plan editor's cursor, while the tree is visible
 * (revealing into a hidden view would open it). Debounced: selections change on every key.
 * `locate` awaits the tree's current model, so a refresh in between never reveals a stale item;
 * after a refresh (`refreshed`) the selection is put back on the cursor's item.
 */
export function followCursor<T>(
  view: vscode.TreeView<T>,
  planUri: () => vscode.Uri | undefined,
  locate: (document: vscode.TextDocument, position: vscode.Position) => Promise<T | undefined>,
  window: Pick<typeof vscode.window, 'onDidChangeTextEditorSelection' | 'activeTextEditor'>,
  refreshed: vscode.Event<unknown>,
): vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  const sync = async (editor: vscode.TextEditor): Promise<void> => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const item = await locate(editor.document, editor.selection.active);
      if (item === undefined || view.selection.includes(item)) {
        return;
      }
      try {
        await view.reveal(item, { select: true, focus: false });
        return;
      } catch {
        // The tree refreshed between locating and revealing: locate again in the new model.
      }
    }
  };
  const schedule = (editor: vscode.TextEditor | undefined): void => {
    if (!editor || !view.visible || editor.document.uri.toString() !== planUri()?.toString()) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => void sync(editor), 200);
  };
  const listeners = [
    window.onDidChangeTextEditorSelection(({ textEditor }) => schedule(textEditor)),
    view.onDidChangeVisibility(({ visible }) => visible && schedule(window.activeTextEditor)),
    refreshed(() => schedule(window.activeTextEditor)),
  ];
  return { dispose: () => (clearTimeout(timer), listeners.forEach((l) => l.dispose())) };
}
