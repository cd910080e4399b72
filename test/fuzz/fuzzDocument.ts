import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** One `didChange`: its content changes apply one after the other, as LSP says. */
export type Change = TextDocumentContentChangeEvent;

/** How many edits `undo` can take back; older ones are forgotten. */
const UNDO_DEPTH = 64;

/**
 * The fuzz's copy of the open document. It applies changes with the same `TextDocument` the server
 * uses, so both hold the same text, and records each edit's inverse for undo.
 */
export class FuzzDocument {
  private document: TextDocument;
  private readonly undoStack: Change[][] = [];

  constructor(
    readonly uri: string,
    text: string,
  ) {
    this.document = TextDocument.create(uri, 'xproj', 1, text);
  }

  get version(): number {
    return this.document.version;
  }

  get text(): string {
    return this.document.getText();
  }

  get lineCount(): number {
    return this.document.lineCount;
  }

  /** The line's text without its line break. */
  line(line: number): string {
    return this.document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  }

  offsetAt(position: { line: number; character: number }): number {
    return this.document.offsetAt(position);
  }

  positionAt(offset: number): { line: number; character: number } {
    return this.document.positionAt(offset);
  }

  /** Applies one `didChange` and returns its version; `undoable: false` for undo's own edits. */
  apply(changes: Change[], undoable = true): number {
    const inverse: Change[] = [];
    for (const change of changes) {
      if ('range' in change) {
        // A reversed range is taken as the same span, as TextDocument does.
        const [start, end] = [this.document.offsetAt(change.range.start), this.document.offsetAt(change.range.end)].sort((a, b) => a - b) as [number, number];
        const removed = this.document.getText().slice(start, end);
        this.document = TextDocument.update(this.document, [change], this.document.version);
        inverse.unshift({ range: { start: this.document.positionAt(start), end: this.document.positionAt(start + change.text.length) }, text: removed });
      } else {
        inverse.unshift({ text: this.document.getText() });
        this.document = TextDocument.update(this.document, [change], this.document.version);
      }
    }
    this.document = TextDocument.update(this.document, [], this.document.version + 1);
    if (undoable) {
      this.undoStack.push(inverse);
      if (this.undoStack.length > UNDO_DEPTH) {
        this.undoStack.shift();
      }
    }
    return this.document.version;
  }

  /** The changes that take back the last edit, if there is one to take back. */
  popUndo(): Change[] | undefined {
    return this.undoStack.pop();
  }

  forgetUndo(): void {
    this.undoStack.length = 0;
  }
}
