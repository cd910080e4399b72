import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Debounces validation per document: each change restarts the document's timer, so a burst of
 * keystrokes is checked once. The delay grows with the document's size, because a big plan costs
 * more to check and its author gains nothing from intermediate results.
 */
export class ValidationScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly validate: (document: TextDocument) => void,
    private readonly baseDelayMs = 50,
  ) {}

  delayFor(document: TextDocument): number {
    // About 50 ms for a small plan, 100 ms at 1 MB, never more than 300 ms.
    return Math.min(300, this.baseDelayMs + Math.floor(document.getText().length / 20_000));
  }

  schedule(document: TextDocument, delayMs = this.delayFor(document)): void {
    this.cancel(document.uri);
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        this.validate(document);
      }, delayMs),
    );
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.timers.delete(uri);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) {
      clearTimeout(timer);
    }
    this.timers.clear();
  }
}
