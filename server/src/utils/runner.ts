import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { CancellationToken } from 'vscode-languageserver';

/** Where handler failures are logged. */
export interface Logger {
  error(message: string): void;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * Runs a request handler so that an exception becomes a logged neutral answer and the server
 * keeps serving; a cancelled request answers with the LSP cancellation error.
 */
export function runSafe<T>(logger: Logger, what: string, token: CancellationToken | undefined, neutral: T, compute: () => T): T | ResponseError<void> {
  if (token?.isCancellationRequested) {
    return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
  }
  try {
    return compute();
  } catch (e) {
    logger.error(`Error while computing ${what}: ${describe(e)}`);
    return neutral;
  }
}

/** Like `runSafe` for notifications and other work with no answer. */
export function runSafeVoid(logger: Logger, what: string, work: () => void): void {
  try {
    work();
  } catch (e) {
    logger.error(`Error while ${what}: ${describe(e)}`);
  }
}
