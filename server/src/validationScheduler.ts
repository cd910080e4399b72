import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The longest pause before a check, however slow the document's checks are. */
const MAX_DELAY_MS = 50;

/**
 * Debounces validation per document: each change restarts the document's timer, so a burst of
 * keystrokes is checked once. The pause is short, because an edit is checked incrementally and
 * the user waits for the pause as much as for the check. It grows with what the document's last
 * check cost: while a slow check runs, the changes typed meanwhile queue up and are checked
 * together once it ends, and a slightly longer pause makes fewer checks whose results would be
 * stale before they are shown.
 */
export class ValidationScheduler {
  private readonly timers = new Map<string, { readonly timer: ReturnType<typeof setTimeout>; readonly document: TextDocument }>();
  /** Milliseconds the last check of each document took. */
  private readonly costs = new Map<string, number>();

  constructor(
    private readonly validate: (document: TextDocument) => void,
    private readonly baseDelayMs = 15,
  ) {}

  delayFor(document: TextDocument): number {
    return Math.min(MAX_DELAY_MS, this.baseDelayMs + Math.round((this.costs.get(document.uri) ?? 0) / 16));
  }

  schedule(document: TextDocument, delayMs = this.delayFor(document)): void {
    this.cancel(document.uri);
    this.timers.set(document.uri, { timer: setTimeout(() => this.run(document), delayMs), document });
  }

  /**
   * Runs the document's waiting check now, if there is one. A request on the new version needs
   * its analysis anyway; publishing the diagnostics first keeps them from waiting behind the
   * request's answer (and the others VS Code sends with it).
   */
  flush(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) {
      clearTimeout(pending.timer);
      this.run(pending.document);
    }
  }

  private run(document: TextDocument): void {
    this.timers.delete(document.uri);
    const start = performance.now();
    this.validate(document);
    this.costs.set(document.uri, performance.now() - start);
  }

  cancel(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending !== undefined) {
      clearTimeout(pending.timer);
      this.timers.delete(uri);
    }
  }

  /** Cancels the document's check and forgets what its checks cost (closed). */
  forget(uri: string): void {
    this.cancel(uri);
    this.costs.delete(uri);
  }

  dispose(): void {
    for (const { timer } of this.timers.values()) {
      clearTimeout(timer);
    }
    this.timers.clear();
    this.costs.clear();
  }
}
